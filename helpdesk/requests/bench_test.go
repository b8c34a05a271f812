package requests_test

import (
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/redact"
	"github.com/gdprkit/gdprkit/helpdesk/requests"
)

// BenchmarkBundleExport1000 builds, serialises and zips the bundle of a
// person with 1,000 tickets, with its summary tree.
func BenchmarkBundleExport1000(b *testing.B) {
	tickets := manyTickets(1000)
	opts := requests.BundleOptions{Request: "R-1", Generated: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), Redactor: maskEmails}
	info := sampleInfo()
	b.ReportAllocs()
	for b.Loop() {
		bundle, err := requests.NewBundle("cust-1", slices.Values(tickets), opts)
		if err != nil {
			b.Fatal(err)
		}
		files, err := bundle.Files()
		if err != nil {
			b.Fatal(err)
		}
		_ = requests.Summary(bundle, info, "it")
		if err := requests.WriteZip(io.Discard, files, opts.Generated); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDue(b *testing.B) {
	cal := requests.Calendar{WorkingDays: true}
	at := time.Date(2026, 1, 31, 9, 0, 0, 0, time.UTC)
	for b.Loop() {
		cal.Due(at, 3)
	}
}

func BenchmarkArt15FromRegister(b *testing.B) {
	org, reg := art15Org(), art15Register()
	for b.Loop() {
		if _, err := requests.Art15FromRegister(org, reg, "support", nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOthersRedactor(b *testing.B) {
	tickets := sampleTickets()
	red := requests.OthersRedactor(redact.MustNew(redact.Options{}), "cust-42", slices.Values(tickets))
	text := strings.Repeat("Please send it to anna@example.it, cc my accountant luca@studio.example.com, call 347 123 4567. ", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		red(text)
	}
}

package requests_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/requests"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

var emailRE = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)

// maskEmails stands in for helpdesk/redact in these tests.
func maskEmails(s string) string { return emailRE.ReplaceAllString(s, "[email]") }

func sampleTickets() []ticket.Ticket {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	return []ticket.Ticket{
		{ID: "T-2", Subject: "cust-42", Channel: "email", Created: at.Add(48 * time.Hour), Title: "Invoice copy",
			Fields: []ticket.Field{{Name: "email", Category: "contact", Identifier: true, Value: "anna@example.it"}},
			Messages: []ticket.Message{
				{Author: "customer", At: at.Add(48 * time.Hour), Body: "Please send the invoice, cc my accountant luca@studio.example.com"},
				{Author: "operator", At: at.Add(50 * time.Hour), Body: "Sent to anna@example.it"},
			}},
		{ID: "T-1", Subject: "cust-42", Channel: "chat", Created: at, Closed: at.Add(3 * time.Hour), Title: "=HYPERLINK(\"x\")",
			Fields:      []ticket.Field{{Name: "licence", Category: "contract", Value: "LIC-9"}},
			Messages:    []ticket.Message{{Author: "cust-42", At: at, Body: "The app crashes"}, {Author: "bob-from-acme", At: at.Add(time.Hour), Body: "Same here, bob@acme.example"}},
			Notes:       []string{"Customer is polite; colleague marta@vendor.example checked"},
			Attachments: []ticket.Attachment{{Name: "log.txt", Text: "user=anna@example.it error=42"}}},
		{ID: "T-9", Subject: "someone-else", Created: at, Title: "not theirs"},
	}
}

func sampleBundle(t testing.TB, kind requests.Kind) requests.Bundle {
	t.Helper()
	b, err := requests.NewBundle("cust-42", slices.Values(sampleTickets()), requests.BundleOptions{
		Kind: kind, Request: "R-7", Generated: time.Date(2026, 4, 1, 10, 0, 0, 0, time.UTC), Redactor: maskEmails,
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestNewBundleNeedsRedactor(t *testing.T) {
	_, err := requests.NewBundle("cust-42", slices.Values(sampleTickets()), requests.BundleOptions{})
	if !errors.Is(err, requests.ErrNoRedactor) {
		t.Fatalf("err = %v", err)
	}
	_, err = requests.NewBundle("c", slices.Values(sampleTickets()), requests.BundleOptions{Kind: requests.KindErasure, Redactor: maskEmails})
	if err == nil {
		t.Fatal("erasure bundle accepted")
	}
}

func TestNewBundleAccess(t *testing.T) {
	b := sampleBundle(t, requests.KindAccess)
	if len(b.Tickets) != 2 || b.Tickets[0].ID != "T-1" || b.Tickets[1].ID != "T-2" {
		t.Fatalf("tickets = %+v", b.Tickets)
	}
	t1, t2 := b.Tickets[0], b.Tickets[1]
	if t2.Fields[0].Value != "anna@example.it" {
		t.Error("the person's own field was redacted")
	}
	if got := t2.Messages[0].Body; strings.Contains(got, "luca@") || !strings.Contains(got, "[email]") {
		t.Errorf("third party left in a message: %q", got)
	}
	if t1.Notes[0] != "Customer is polite; colleague [email] checked" {
		t.Errorf("note = %q", t1.Notes[0])
	}
	if t1.Attachments[0].Text != "user=[email] error=42" {
		t.Errorf("attachment = %q", t1.Attachments[0].Text)
	}
	roles := []string{t1.Messages[0].From, t1.Messages[1].From, t2.Messages[0].From, t2.Messages[1].From}
	if !slices.Equal(roles, []string{"customer", "other", "customer", "support"}) {
		t.Errorf("roles = %v", roles)
	}
}

func TestNewBundlePortabilityKeepsWhatThePersonProvided(t *testing.T) {
	b := sampleBundle(t, requests.KindPortability)
	for _, tk := range b.Tickets {
		if len(tk.Notes) != 0 {
			t.Errorf("%s: notes in a portability bundle", tk.ID)
		}
		for _, m := range tk.Messages {
			if m.From != requests.FromCustomer {
				t.Errorf("%s: %s message in a portability bundle", tk.ID, m.From)
			}
		}
		if len(tk.Fields) == 0 {
			t.Errorf("%s: fields dropped", tk.ID)
		}
	}
}

func TestBundleFiles(t *testing.T) {
	b := sampleBundle(t, requests.KindAccess)
	files, err := b.Files()
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, len(files))
	byName := map[string][]byte{}
	for i, f := range files {
		names[i] = f.Name
		byName[f.Name] = f.Data
	}
	if !slices.Equal(names, []string{"bundle.json", "bundle.schema.json", "tickets.csv", "items.csv"}) {
		t.Fatalf("files = %v", names)
	}
	var back requests.Bundle
	if err := json.Unmarshal(byName["bundle.json"], &back); err != nil || back.Format != requests.BundleFormat || len(back.Tickets) != 2 {
		t.Fatalf("bundle.json: %v %+v", err, back)
	}
	wantTickets := "ticket_id,channel,created,closed,title\r\n" +
		"T-1,chat,2026-03-02T09:00:00Z,2026-03-02T12:00:00Z,\"'=HYPERLINK(\"\"x\"\")\"\r\n" +
		"T-2,email,2026-03-04T09:00:00Z,,Invoice copy\r\n"
	if got := string(byName["tickets.csv"]); got != wantTickets {
		t.Errorf("tickets.csv\n got %q\nwant %q", got, wantTickets)
	}
	items := string(byName["items.csv"])
	for _, want := range []string{
		"ticket_id,item,name,category,from,at,value\r\n",
		"T-1,field,licence,contract,,,LIC-9\r\n",
		"T-1,message,,,customer,2026-03-02T09:00:00Z,The app crashes\r\n",
		"T-1,note,,,support,,Customer is polite; colleague [email] checked\r\n",
		"T-1,attachment,log.txt,,,,user=[email] error=42\r\n",
		"T-2,field,email,contact,,,anna@example.it\r\n",
	} {
		if !strings.Contains(items, want) {
			t.Errorf("items.csv lacks %q:\n%s", want, items)
		}
	}
}

func TestCSVCellEscaping(t *testing.T) {
	b := requests.Bundle{Tickets: []requests.BundleTicket{
		{ID: "a", Title: "-5"}, {ID: "b", Title: "-x"}, {ID: "c", Title: "@SUM(1)"}, {ID: "d", Title: "+1"}, {ID: "e", Title: "ok=1"},
	}}
	var buf bytes.Buffer
	b.WriteTicketsCSV(&buf)
	for _, want := range []string{"a,,,,-5\r\n", "b,,,,'-x\r\n", "c,,,,'@SUM(1)\r\n", "d,,,,+1\r\n", "e,,,,ok=1\r\n"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("missing %q in\n%s", want, buf.String())
		}
	}
}

func TestWriteZipDeterministic(t *testing.T) {
	b := sampleBundle(t, requests.KindAccess)
	files, _ := b.Files()
	var z1, z2 bytes.Buffer
	if err := requests.WriteZip(&z1, files, b.Generated); err != nil {
		t.Fatal(err)
	}
	requests.WriteZip(&z2, files, b.Generated)
	if !bytes.Equal(z1.Bytes(), z2.Bytes()) {
		t.Fatal("two zips of the same bundle differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(z1.Bytes()), int64(z1.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range zr.File {
		if f.Name != files[i].Name || !f.Modified.Equal(b.Generated) {
			t.Errorf("entry %d: %s %v", i, f.Name, f.Modified)
		}
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		if !bytes.Equal(data, files[i].Data) {
			t.Errorf("%s: content differs", f.Name)
		}
	}
	if err := requests.WriteZip(io.Discard, []requests.File{{Name: "../x"}}, b.Generated); err == nil {
		t.Error("a path escaping the archive was accepted")
	}
}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	files := []requests.File{{"a.json", []byte("{}\n")}, {"b.csv", []byte("x\r\n")}}
	if err := requests.WriteDir(dir, files); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("entries = %v (temporary files left?)", entries)
	}
	for _, f := range files {
		st, err := os.Stat(filepath.Join(dir, f.Name))
		if err != nil || st.Mode().Perm() != 0o644 {
			t.Errorf("%s: %v %v", f.Name, st.Mode(), err)
		}
	}
	if err := requests.WriteDir(dir, []requests.File{{Name: "sub/x"}}); err == nil {
		t.Error("a nested name was accepted")
	}
}

// manyTickets returns n tickets of one person.
func manyTickets(n int) []ticket.Ticket {
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]ticket.Ticket, n)
	for i := range out {
		out[i] = ticket.Ticket{
			ID: fmt.Sprintf("T-%05d", i), Subject: "cust-1", Channel: "email", Created: at.Add(time.Duration(i) * time.Hour),
			Title:  fmt.Sprintf("Problem %d with the export", i),
			Fields: []ticket.Field{{Name: "email", Category: "contact", Value: "anna@example.it"}, {Name: "plan", Value: "pro"}},
			Messages: []ticket.Message{
				{Author: "customer", At: at, Body: "Hello, the export fails again; my colleague mario.rossi@example.it saw it too."},
				{Author: "operator", At: at, Body: "Thank you, we are looking into it."},
			},
			Notes: []string{"Escalated to level 2"},
		}
	}
	return out
}

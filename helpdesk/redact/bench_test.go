package redact

import (
	"io"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/helpdesk/internal/corpus"
	ticketpkg "github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// benchText is 1 MiB of generated Italian support prose with an
// identifier about every 400 bytes.
var benchText = corpus.New(42).Text(1 << 20).Body

func BenchmarkFind(b *testing.B) {
	r := MustNew(Options{})
	var fs []Finding
	b.SetBytes(int64(len(benchText)))
	cpu := cpuTime()
	for b.Loop() {
		fs = r.AppendFind(fs[:0], benchText)
	}
	reportCPUThroughput(b, cpu, int64(len(benchText)))
}

func BenchmarkRedact(b *testing.B) {
	for _, mode := range []Mode{ModePlaceholder, ModeMask} {
		b.Run(mode.String(), func(b *testing.B) {
			r := MustNew(Options{Mode: mode})
			b.SetBytes(int64(len(benchText)))
			cpu := cpuTime()
			for b.Loop() {
				r.Redact(benchText)
			}
			reportCPUThroughput(b, cpu, int64(len(benchText)))
		})
	}
}

// BenchmarkRedactProse is text without identifiers: the scanner's floor.
func BenchmarkRedactProse(b *testing.B) {
	prose := strings.Repeat("Buongiorno, vi scrivo perché da ieri non riesco più ad accedere al portale. ", 1<<14)
	r := MustNew(Options{})
	b.SetBytes(int64(len(prose)))
	cpu := cpuTime()
	for b.Loop() {
		r.Redact(prose)
	}
	reportCPUThroughput(b, cpu, int64(len(prose)))
}

func BenchmarkStream(b *testing.B) {
	r := MustNew(Options{})
	b.SetBytes(int64(len(benchText)))
	cpu := cpuTime()
	for b.Loop() {
		if _, err := r.Stream(io.Discard, strings.NewReader(benchText)); err != nil {
			b.Fatal(err)
		}
	}
	reportCPUThroughput(b, cpu, int64(len(benchText)))
}

func BenchmarkRedactTicket(b *testing.B) {
	tickets := corpus.New(7).Tickets(1000)
	var size int64
	for i := range tickets {
		tickets[i].Texts(func(s *string) { size += int64(len(*s)) })
	}
	r := MustNew(Options{})
	b.SetBytes(size / int64(len(tickets)))
	i := 0
	cpu := cpuTime()
	for b.Loop() {
		t := tickets[i%len(tickets)]
		t.Messages = append([]ticketMessage(nil), t.Messages...)
		t.Notes = append([]string(nil), t.Notes...)
		t.Attachments = append([]ticketAttachment(nil), t.Attachments...)
		r.RedactTicket(&t)
		i++
	}
	reportCPUThroughput(b, cpu, size/int64(len(tickets)))
}

type (
	ticketMessage    = ticketpkg.Message
	ticketAttachment = ticketpkg.Attachment
)

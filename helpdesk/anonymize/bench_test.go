package anonymize

import (
	"testing"

	"github.com/gdprkit/gdprkit/helpdesk/internal/corpus"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

var benchTickets = corpus.New(9).Tickets(1000)

// benchmark runs stage on fresh clones of the corpus tickets and reports
// tickets per second (the clone is included; BenchmarkClone measures it
// alone).
func benchmark(b *testing.B, stage func(*ticket.Ticket) error) {
	i := 0
	for b.Loop() {
		t := benchTickets[i%len(benchTickets)].Clone()
		if err := stage(t); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tickets/s")
}

func BenchmarkAnonymize(b *testing.B) {
	benchmark(b, func(t *ticket.Ticket) error { return Anonymize(t, Options{}) })
}

func BenchmarkAnonymizeKeepText(b *testing.B) {
	benchmark(b, func(t *ticket.Ticket) error { return Anonymize(t, Options{KeepRedactedText: true}) })
}

func BenchmarkPseudonymize(b *testing.B) {
	p := newPseudonymizer(b)
	benchmark(b, func(t *ticket.Ticket) error { return Pseudonymize(t, p) })
}

func BenchmarkVerify(b *testing.B) {
	ts := make([]*ticket.Ticket, len(benchTickets))
	for i := range ts {
		ts[i] = benchTickets[i].Clone()
		Anonymize(ts[i], Options{KeepRedactedText: true})
	}
	i := 0
	for b.Loop() {
		Verify(ts[i%len(ts)], Options{KeepRedactedText: true})
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tickets/s")
}

func BenchmarkClone(b *testing.B) {
	benchmark(b, func(*ticket.Ticket) error { return nil })
}

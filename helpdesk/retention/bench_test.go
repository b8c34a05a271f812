package retention

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/internal/corpus"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// benchAt is the planning time of the benchmarks.
var benchAt = day(2026, 11, 22)

// benchCorpus returns n generated Italian support tickets spread over
// every status: contract ends from 2016 to 2027 (a third of the customers
// still under contract), stages already reached, and legal holds on one
// ticket in a hundred, a third of them expired.
var benchCorpus = sync.OnceValue(func() []*ticket.Ticket {
	const n = 10_000
	gen := corpus.New(7).Tickets(n)
	r := rand.New(rand.NewPCG(7, 11))
	out := make([]*ticket.Ticket, n)
	for i := range gen {
		t := &gen[i]
		if r.IntN(3) > 0 {
			t.ContractEnd = day(2016, 1, 1).Add(time.Duration(r.Int64N(int64(12 * 365 * 24 * time.Hour)))).Truncate(time.Hour)
			switch age := benchAt.Sub(t.ContractEnd); {
			case age > 7*365*24*time.Hour && r.IntN(2) == 0:
				t.Stage = ticket.StageAnonymised
			case age > 60*24*time.Hour && r.IntN(4) > 0:
				t.Stage = ticket.StagePseudonymised
			}
		}
		if r.IntN(100) == 0 {
			t.LegalHold = &ticket.LegalHold{Reason: "contenzioso"}
			if r.IntN(3) == 0 {
				t.LegalHold.Until = benchAt.AddDate(0, 0, -r.IntN(400))
			}
		}
		out[i] = t
	}
	return out
})

func TestBenchCorpusCoversEveryStatus(t *testing.T) {
	p := mustPlanner(t, nuvolaPolicy)
	plan, err := p.Plan(slices.Values(benchCorpus()), benchAt, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range Statuses {
		if n := plan.ByStatus(s); n == 0 && s != StatusInvalid {
			t.Errorf("the benchmark corpus has no %s ticket", s)
		}
	}
}

func BenchmarkDecide(b *testing.B) {
	for _, pol := range []struct {
		name string
		p    *Planner
	}{{"nuvola", mustPlanner(b, nuvolaPolicy)}, {"four_stages", mustPlanner(b, fullPolicy)}} {
		b.Run(pol.name, func(b *testing.B) {
			ts := benchCorpus()
			b.ReportAllocs()
			i := 0
			cpu := cpuTime()
			for b.Loop() {
				pol.p.Decide(ts[i%len(ts)], benchAt)
				i++
			}
			reportPerTicket(b, cpu, 1)
		})
	}
}

func BenchmarkKey(b *testing.B) {
	b.ReportAllocs()
	due := benchAt
	for b.Loop() {
		NewKey("T-000123", ActionAnonymise, "anonymised", due)
	}
}

// cycle yields the corpus over and over until n tickets have passed, as
// a vendor's cursor over n tickets would.
func cycle(ts []*ticket.Ticket, n int) iter.Seq[*ticket.Ticket] {
	return func(yield func(*ticket.Ticket) bool) {
		for i := range n {
			if !yield(ts[i%len(ts)]) {
				return
			}
		}
	}
}

// BenchmarkPlan plans a stream of generated tickets per operation with
// the default options (lists capped at 10,000) and reports the cost per
// ticket, in wall time and in process CPU time (steadier on a shared
// machine).
func BenchmarkPlan(b *testing.B) {
	ts := benchCorpus()
	for _, n := range []int{10_000, 1_000_000} {
		b.Run(fmt.Sprintf("tickets=%d", n), func(b *testing.B) {
			p := mustPlanner(b, nuvolaPolicy)
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				if _, err := p.Plan(cycle(ts, n), benchAt, PlanOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			reportPerTicket(b, cpu, n)
		})
	}
}

func reportPerTicket(b *testing.B, cpuBefore time.Duration, perOp int) {
	n := float64(b.N) * float64(perOp)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/ticket")
	b.ReportMetric(n/b.Elapsed().Seconds(), "tickets/s")
	if used := cpuTime() - cpuBefore; used > 0 {
		b.ReportMetric(n/used.Seconds(), "cpu-tickets/s")
	}
}

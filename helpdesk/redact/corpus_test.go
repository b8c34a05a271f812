package redact

import (
	"testing"

	"github.com/gdprkit/gdprkit/helpdesk/internal/corpus"
)

// TestCorpusRecallPrecision checks the redactor against the generated
// corpus: every planted identifier is found with exactly its span, kind
// and confidence, and nothing else is found — no date, time, price, order
// number or version among the look-alikes.
func TestCorpusRecallPrecision(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		text := corpus.New(seed).Text(200_000)
		fs := MustNew(Options{}).Find(text.Body)
		want := map[[2]int]corpus.Planted{}
		for _, p := range text.Planted {
			want[[2]int{p.Start, p.End}] = p
		}
		for _, f := range fs {
			p, ok := want[[2]int{f.Start, f.End}]
			if !ok {
				t.Errorf("seed %d: unexpected %s %s %q in %q", seed, f.Kind, f.Confidence, f.Text, context(text.Body, f.Start, f.End))
				continue
			}
			delete(want, [2]int{f.Start, f.End})
			if f.Kind.String() != p.Kind || f.Confidence.String() != p.Confidence {
				t.Errorf("seed %d: %q found as %s %s, want %s %s", seed, f.Text, f.Kind, f.Confidence, p.Kind, p.Confidence)
			}
		}
		for _, p := range want {
			t.Errorf("seed %d: missed %s %q in %q", seed, p.Kind, text.Body[p.Start:p.End], context(text.Body, p.Start, p.End))
		}
		if len(text.Planted) < 100 {
			t.Errorf("seed %d: only %d identifiers planted", seed, len(text.Planted))
		}
	}
}

func context(s string, start, end int) string {
	return s[max(0, start-30):min(len(s), end+30)]
}

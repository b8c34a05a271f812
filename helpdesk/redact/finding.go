package redact

import (
	"cmp"
	"encoding/json"
	"slices"
)

// Finding is one identifier found in a text.
//
// Its JSON form carries the kind, the byte span and the confidence, never
// the identifier itself: findings are meant for logs and reports, and
// Text would put the personal data there.
type Finding struct {
	// Kind is what the identifier is.
	Kind Kind `json:"kind"`
	// Start and End delimit the identifier as a byte span [Start, End) of
	// the text (of the whole stream, for [Redactor.StreamFindings]).
	Start int `json:"start"`
	End   int `json:"end"`
	// Confidence is how sure the recognizer is.
	Confidence Confidence `json:"confidence"`
	// Text is the identifier as written: text[Start:End].
	Text string `json:"-"`
}

// Len returns the length of the span in bytes.
func (f Finding) Len() int { return f.End - f.Start }

// better reports whether candidate a beats b when they overlap: higher
// confidence, then longer, then earlier, then lower kind.
func better(a, b *Finding) bool {
	if a.Confidence != b.Confidence {
		return a.Confidence > b.Confidence
	}
	if a.Len() != b.Len() {
		return a.Len() > b.Len()
	}
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.Kind < b.Kind
}

// resolve turns raw candidates into findings appended to dst. Candidates
// below min are dropped. Overlapping candidates are merged into one
// finding that spans their union and takes the kind and confidence of the
// best of them (see [better]), so that nothing that looked like an
// identifier survives redaction and findings never overlap. s is the text
// the spans index; Text is set from it. cands is reordered.
func resolve(dst, cands []Finding, min Confidence, s string) []Finding {
	kept := cands[:0]
	for _, c := range cands {
		if c.Confidence >= min {
			kept = append(kept, c)
		}
	}
	sortCandidates(kept)
	for i := 0; i < len(kept); {
		best := &kept[i]
		start, end := kept[i].Start, kept[i].End
		j := i + 1
		for ; j < len(kept) && kept[j].Start < end; j++ {
			end = max(end, kept[j].End)
			if better(&kept[j], best) {
				best = &kept[j]
			}
		}
		dst = append(dst, Finding{Kind: best.Kind, Start: start, End: end, Confidence: best.Confidence, Text: s[start:end]})
		i = j
	}
	return dst
}

// Stats counts what a redaction pass saw.
type Stats struct {
	// Bytes is the number of input bytes read.
	Bytes int64
	// Findings is the number of findings.
	Findings int
	byKind   [kindEnd]int
}

// Count returns the number of findings of kind k.
func (s *Stats) Count(k Kind) int {
	if !k.Valid() {
		return 0
	}
	return s.byKind[k]
}

// Add adds the counts of o to s.
func (s *Stats) Add(o Stats) {
	s.Bytes += o.Bytes
	s.Findings += o.Findings
	for k := range s.byKind {
		s.byKind[k] += o.byKind[k]
	}
}

func (s *Stats) count(f Finding) {
	s.Findings++
	s.byKind[f.Kind]++
}

// MarshalJSON writes {"bytes":…,"findings":…,"by_kind":{"email":…}} with
// only the kinds found, in name order.
func (s Stats) MarshalJSON() ([]byte, error) {
	byKind := map[string]int{}
	for k := Email; k < kindEnd; k++ {
		if s.byKind[k] > 0 {
			byKind[k.String()] = s.byKind[k]
		}
	}
	return json.Marshal(struct {
		Bytes    int64          `json:"bytes"`
		Findings int            `json:"findings"`
		ByKind   map[string]int `json:"by_kind"`
	}{s.Bytes, s.Findings, byKind})
}

// sortCandidates sorts by start, end and kind. The scanner emits
// candidates almost in order, so checking first saves the sort.
func sortCandidates(cs []Finding) {
	cmpFn := func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Kind, b.Kind))
	}
	if !slices.IsSortedFunc(cs, cmpFn) {
		slices.SortFunc(cs, cmpFn)
	}
}

package redact

import (
	"bytes"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/gdprkit/gdprkit/helpdesk/internal/corpus"
)

// FuzzRedact checks the invariants of the scanner on arbitrary text:
// no panic; findings sorted, inside the text, never overlapping, with
// Text equal to their span; redacted text holds no finding when scanned
// again; masking keeps the length; streaming gives what Redact gives.
func FuzzRedact(f *testing.F) {
	for _, v := range referenceVectors {
		f.Add(v.value)
		f.Add("dato: " + v.value + ", fine.")
	}
	for _, s := range strings.Split(streamText, "\n") {
		f.Add(s)
	}
	f.Add(corpus.New(11).Text(600).Body)
	f.Add("0212 3456 78@x.it [CF]-0212345678 v1.2.3.4 ::ffff:1.2.3.4 +393471234567")
	placeholder := MustNew(Options{})
	mask := MustNew(Options{Mode: ModeMask, KeepCardEnds: true})
	f.Fuzz(func(t *testing.T, text string) {
		fs := placeholder.Find(text)
		end := 0
		for _, fd := range fs {
			if fd.Start < end || fd.Start >= fd.End || fd.End > len(text) {
				t.Fatalf("bad span %d-%d after %d in %q: %+v", fd.Start, fd.End, end, text, fs)
			}
			if fd.Text != text[fd.Start:fd.End] || !fd.Kind.Valid() || fd.Confidence < ConfidenceLow || fd.Confidence > ConfidenceHigh {
				t.Fatalf("bad finding %+v in %q", fd, text)
			}
			end = fd.End
		}
		out := placeholder.Redact(text)
		if again := placeholder.Find(out); len(again) > 0 {
			t.Fatalf("redacted text %q of %q still holds %q", out, text, found(again))
		}
		if m := mask.Redact(text); len(m) != len(text) {
			t.Fatalf("mask changed length: %q → %q", text, m)
		}
		var buf bytes.Buffer
		if _, err := placeholder.stream(&buf, iotest.OneByteReader(strings.NewReader(text)), nil, 1); err != nil {
			t.Fatal(err)
		}
		if buf.String() != out {
			t.Fatalf("stream %q, Redact %q, input %q", buf.String(), out, text)
		}
	})
}

package notice

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzVagueIn checks the word matcher never panics and returns words of
// its input.
func FuzzVagueIn(f *testing.F) {
	for _, s := range []string{"We may share", "alcuni", "etc.", "İstanbul may", "maymay", "ecc.ecc.", "\xff may", ""} {
		f.Add("en", s)
		f.Add("it", s)
		f.Add("", s)
	}
	f.Fuzz(func(t *testing.T, lang, s string) {
		got := vagueIn(lang, s)
		if got != "" && !strings.Contains(s, got) && !strings.Contains(strings.ToLower(s), got) {
			t.Errorf("vagueIn(%q, %q) = %q, not in the input", lang, s, got)
		}
	})
}

// FuzzCite checks article references of any shape are cited without
// panicking and keep their article number.
func FuzzCite(f *testing.F) {
	for _, s := range []string{"Art. 6(1)(b)", "Art. 46(2)(b), 47", "Art. 49(1), second subparagraph", "Art. 4(7)", "Recital 58", "Art. ", ", , "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ref string) {
		for _, lang := range []string{"it", "en"} {
			got := cite(lang, ref)
			if ref != "" && !strings.HasSuffix(got, "GDPR") {
				t.Errorf("cite(%s, %q) = %q", lang, ref, got)
			}
			if utf8.ValidString(ref) && !utf8.ValidString(got) {
				t.Errorf("cite(%s, %q) = %q: invalid UTF-8", lang, ref, got)
			}
		}
	})
}

package notice

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gdprkit/gdprkit/gdpr"
)

// vagueTerms are the words the guidance rejects in a notice because they
// leave the reader unable to tell what happens (WP260 ¶12–13: "may",
// "might", "some", "often", "possible"; "as long as necessary" for
// retention), per language, lower case. "alcun/alcuno" are left out: in
// Italian they are the negative "no/none" ("nessun destinatario").
var vagueTerms = map[string][]string{
	"en": {"may", "might", "some", "certain", "often", "possibly", "for purposes such as", "including but not limited to", "etc.",
		"as long as necessary", "as long as is necessary", "as long as needed", "as long as required", "for as long as", "indefinitely", "forever"},
	"it": {"potrebbe", "potrebbero", "potranno", "alcuni", "alcune", "taluni", "talune", "ad esempio", "per esempio", "a titolo esemplificativo", "ecc.",
		"per il tempo necessario", "per il tempo strettamente necessario", "il tempo necessario", "fino a quando sarà necessario",
		"fino a quando è necessario", "a tempo indeterminato", "per sempre"},
}

// vagueIn returns the first vague term of s in lang (a text of unknown
// language, lang "", is checked against every language), as written in s,
// or "".
//
// It matches whole words with plain string search rather than regular
// expressions: every text a notice shows goes through it, and registers
// reach thousands of activities.
func vagueIn(lang, s string) string {
	if s == "" {
		return ""
	}
	low := strings.ToLower(s)
	langs := []string{lang}
	if lang == "" {
		langs = []string{"it", "en"}
	}
	best, bestAt := "", -1
	for _, l := range langs {
		for _, term := range vagueTerms[l] {
			if at := wordIndex(low, term); at >= 0 && (bestAt < 0 || at < bestAt) {
				best, bestAt = term, at
			}
		}
	}
	if bestAt < 0 {
		return ""
	}
	if len(low) == len(s) { // same byte offsets: show the words as written
		return s[bestAt : bestAt+len(best)]
	}
	return best
}

// wordIndex returns the index of the first occurrence of term in s that
// starts and ends at word boundaries, or -1.
func wordIndex(s, term string) int {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], term)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(term)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[end:])
		startOK := i == 0 || !isWordRune(before)
		endOK := end == len(s) || !isWordRune(after) || strings.HasSuffix(term, ".")
		if startOK && endOK {
			return i
		}
		from = i + 1
	}
	return -1
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// vagueText returns the language and term of the first vague wording in
// any language of t.
func vagueText(t gdpr.Text) (lang, term string) {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	slices.Sort(keys) // fixed order: "" first, then alphabetical
	for _, k := range keys {
		if m := vagueIn(k, t[k]); m != "" {
			return k, m
		}
	}
	return "", ""
}

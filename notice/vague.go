package notice

import (
	"regexp"
	"slices"
	"strings"

	"github.com/gdprkit/gdprkit/gdpr"
)

// vagueTerms are the words the guidance rejects in a notice because they
// leave the reader unable to tell what happens (WP260 ¶12–13: "may",
// "might", "some", "often", "possible"; "as long as necessary" for
// retention), per language. "alcun/alcuno" are left out: in Italian they
// are the negative "no/none" ("nessun destinatario").
var vagueTerms = map[string]*regexp.Regexp{
	"en": regexp.MustCompile(`(?i)\b(may|might|some|certain|often|possibly|for purposes such as|including but not limited to)\b|\betc\.`),
	"it": regexp.MustCompile(`(?i)\b(potrebbe|potrebbero|potranno|alcuni|alcune|taluni|talune|ad esempio|per esempio|a titolo esemplificativo|tra cui a titolo)\b|\becc\.`),
}

// vagueIn returns the first vague term of s in lang ("" for a text of
// unknown language, checked against every language), or "".
func vagueIn(lang, s string) string {
	if s == "" {
		return ""
	}
	if gdpr.IsVague(s) {
		return strings.TrimSpace(vagueRetentionPhrase(s))
	}
	langs := []string{lang}
	if lang == "" {
		langs = []string{"it", "en"}
	}
	for _, l := range langs {
		if re, ok := vagueTerms[l]; ok {
			if m := re.FindString(s); m != "" {
				return m
			}
		}
	}
	return ""
}

// vagueRetentionPhrase returns the phrase that made [gdpr.IsVague] match,
// for the message; gdpr keeps its pattern private, so look for the usual
// phrasings and fall back to a generic label.
func vagueRetentionPhrase(s string) string {
	low := strings.ToLower(s)
	for _, p := range []string{"as long as necessary", "for as long as", "as long as needed", "as long as required",
		"per il tempo strettamente necessario", "per il tempo necessario", "il tempo necessario", "fino a quando",
		"indefinitely", "a tempo indeterminato", "per sempre", "forever"} {
		if strings.Contains(low, p) {
			return p
		}
	}
	return "as long as necessary"
}

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

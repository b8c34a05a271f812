package i18n

import (
	"regexp"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// articlePart matches one article reference: 6, 6(1), 6(1)(b).
var articlePart = regexp.MustCompile(`^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$`)

// Cite writes a GDPR article reference, given in the English form the
// gdpr package uses ("Art. 6(1)(b)", "Art. 46(2)(b), 47", "Art. 49(1),
// second subparagraph"), the way lang cites it: as given in English,
// "art. 6, par. 1, lett. b)" in Italian. References it cannot parse are
// kept as written. It does not add "GDPR".
func Cite(lang, ref string) string {
	if lang != "it" || ref == "" {
		return ref
	}
	parts := strings.Split(strings.TrimPrefix(ref, "Art. "), ", ")
	var b strings.Builder
	for i, p := range parts {
		m := articlePart.FindStringSubmatch(p)
		switch {
		case m == nil && p == "second subparagraph":
			b.WriteString(", secondo comma")
			continue
		case m == nil:
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(p)
			continue
		case i > 0:
			b.WriteString(", e ")
		}
		b.WriteString("art. " + m[1])
		switch {
		case m[2] != "" && m[1] == "4": // Art. 4 numbers definitions: "punto"
			b.WriteString(", punto " + m[2])
		case m[2] != "":
			b.WriteString(", par. " + m[2])
		}
		if m[3] != "" {
			b.WriteString(", lett. " + m[3] + ")")
		}
	}
	return b.String()
}

// Paren puts s in parentheses. An Italian citation that already ends with
// the parenthesis of its letter shares it, as Italian legal writing does:
// "(art. 6, par. 1, lett. b)", not "(… lett. b))".
func Paren(s string) string {
	if strings.HasSuffix(s, ")") && strings.Contains(s, "lett. ") {
		return "(" + s
	}
	return "(" + s + ")"
}

// CountryName returns the name of an ISO 3166-1 alpha-2 country in lang
// (Italian or English), or the code itself when it names no country.
// "EL", the EU's code for Greece, is Greece.
func CountryName(lang, code string) string {
	if len(code) != 2 {
		return code
	}
	region := code
	if region == "EL" {
		region = "GR"
	}
	r, err := language.ParseRegion(region)
	if err != nil || !r.IsCountry() {
		return code
	}
	tag := language.English
	if lang == "it" {
		tag = language.Italian
	}
	if name := display.Regions(tag).Name(r); name != "" {
		return name
	}
	return code
}

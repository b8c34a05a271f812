package notice

import (
	"regexp"
	"strings"
)

// articlePart matches one article reference: 6, 6(1), 6(1)(b).
var articlePart = regexp.MustCompile(`^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$`)

// cite writes a GDPR article reference the way each language cites it:
// "Art. 6(1)(b) GDPR" in English, "art. 6, par. 1, lett. b) GDPR" in
// Italian. References it cannot parse are kept as written.
func cite(lang, ref string) string {
	if ref == "" {
		return ""
	}
	if lang != "it" {
		return ref + " GDPR"
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
		if m[2] != "" {
			b.WriteString(", par. " + m[2])
		}
		if m[3] != "" {
			b.WriteString(", lett. " + m[3] + ")")
		}
	}
	return b.String() + " GDPR"
}

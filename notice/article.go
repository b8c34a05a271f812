package notice

import (
	"regexp"
	"strings"
)

// articlePart matches one article reference: 6, 6(1), 6(1)(b).
var articlePart = regexp.MustCompile(`^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$`)

// cite writes a GDPR article reference the way each language cites it:
// "Art. 6(1)(b) GDPR" in English, "art. 6, par. 1, lett. b), GDPR" in
// Italian. References it cannot parse are kept as written.
func cite(lang, ref string) string {
	if ref == "" {
		return ""
	}
	c := citeBare(lang, ref)
	if lang == "it" && strings.Contains(c, ", ") {
		return c + ", GDPR"
	}
	return c + " GDPR"
}

// citeBare is cite without the closing "GDPR", for clauses that name the
// Regulation once for several references.
func citeBare(lang, ref string) string {
	if lang != "it" {
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

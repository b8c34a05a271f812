package notice

import (
	"strings"

	"github.com/gdprkit/gdprkit/internal/i18n"
)

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
func citeBare(lang, ref string) string { return i18n.Cite(lang, ref) }

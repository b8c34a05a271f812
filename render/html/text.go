package html

import (
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// cleanText is [doc.CleanText]: one rule for every writer.
func cleanText(s string) string { return doc.CleanText(s) }

// writeEscaped writes s as HTML character data or attribute value: cleaned,
// with & < > " ' escaped as character references that XML also knows, and
// each newline replaced by newline (for example "<br/>" or " ").
func writeEscaped(b *strings.Builder, s, newline string) {
	s = cleanText(s)
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			rep = "&#34;"
		case '\'':
			rep = "&#39;"
		case '\n':
			rep = newline
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(rep)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// escapeLine returns s escaped for one line of text or an attribute value:
// newlines become spaces and surrounding space is trimmed.
func escapeLine(s string) string {
	var b strings.Builder
	writeEscaped(&b, strings.TrimSpace(cleanText(s)), " ")
	return b.String()
}

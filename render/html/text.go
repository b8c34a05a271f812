package html

import (
	"strings"
	"unicode/utf8"
)

// allowedRune reports whether r may appear in the page. HTML and XML 1.0
// forbid control characters other than tab, newline and carriage return
// (the latter is normalised to newline before this check), and
// noncharacters such as U+FFFE and U+FFFF are parse errors in HTML.
func allowedRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return true
	case r < 0x20 || (r >= 0x7f && r < 0xa0):
		return false
	case r >= 0xfdd0 && r <= 0xfdef:
		return false
	case r&0xfffe == 0xfffe:
		return false
	}
	return true
}

// cleanText returns s with invalid UTF-8 and forbidden characters dropped
// and every line ending ("\r\n", "\r") made "\n". Clean text is returned
// unchanged, without allocating.
func cleanText(s string) string {
	clean := true
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				clean = false
				break
			}
		}
		if r == '\r' || !allowedRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			// invalid UTF-8: dropped
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case allowedRune(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

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

package xlsx

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cleanText makes user text safe to store in a cell: invalid UTF-8 and the
// characters XML 1.0 forbids are dropped (excelize would silently write
// U+FFFD for them), line breaks become "\n" and the result is in NFC, so
// text typed on macOS (decomposed accents) shows the same as any other.
func cleanText(s string) string {
	if isPlainASCII(s) {
		return s // the common case: no allocation
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			// invalid UTF-8: drop the byte
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue // "\r\n" → "\n", written when the "\n" comes
			}
			b.WriteByte('\n')
		case xmlAllowed(r):
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// isPlainASCII reports whether s holds only printable ASCII, tabs and
// newlines: text that is valid XML and already in NFC.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 || c > 0x7e) && c != '\n' && c != '\t' {
			return false
		}
	}
	return true
}

// xmlAllowed reports whether XML 1.0 allows r in character data (the Char
// production of the XML 1.0 specification, section 2.2).
func xmlAllowed(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r <= 0xD7FF:
		return true
	case r < 0xE000:
		return false // surrogates
	case r <= 0xFFFD:
		return true
	case r < 0x10000:
		return false // U+FFFE, U+FFFF
	default:
		return r <= 0x10FFFF
	}
}

// oneLine is cleanText for places that hold a single line, such as sheet
// names and document properties: runs of white space, line breaks
// included, become one space and the ends are trimmed.
func oneLine(s string) string {
	return strings.Join(strings.Fields(cleanText(s)), " ")
}

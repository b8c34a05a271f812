package xlsx

import (
	"strings"

	"github.com/gdprkit/gdprkit/doc"
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
	return norm.NFC.String(doc.CleanText(s))
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

// oneLine is cleanText for places that hold a single line, such as sheet
// names and document properties: runs of white space, line breaks
// included, become one space and the ends are trimmed.
func oneLine(s string) string {
	return strings.Join(strings.Fields(cleanText(s)), " ")
}

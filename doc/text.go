package doc

import (
	"strings"
	"unicode/utf8"
)

// AllowedRune reports whether r may appear in a document's text. Control
// characters other than tab and newline, and noncharacters such as U+FFFE
// and U+FFFF, are refused: XML 1.0 forbids most of them, HTML treats them
// as parse errors, and none prints. Writers of every format share this one
// rule so a string looks the same in each.
func AllowedRune(r rune) bool {
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

// CleanText returns s with invalid UTF-8 and refused characters (see
// [AllowedRune]) dropped and every line ending ("\r\n", "\r") made "\n".
// Clean text is returned unchanged, without allocating.
func CleanText(s string) string {
	clean := true
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				clean = false
				break
			}
		}
		if r == '\r' || !AllowedRune(r) {
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
		case AllowedRune(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

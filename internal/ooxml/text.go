package ooxml

import (
	"unicode/utf8"
)

// Allowed reports whether r may appear in an XML 1.0 document that Office
// applications open. Besides what XML 1.0 forbids (C0 controls other than
// tab, line feed and carriage return; surrogates; U+FFFE and U+FFFF) it
// rejects the C1 controls U+007F–U+009F, which XML 1.0 discourages and which
// mean nothing in a document.
func Allowed(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r >= 0x7F && r <= 0x9F:
		return false
	case r >= 0xD800 && r <= 0xDFFF:
		return false
	case r == 0xFFFE || r == 0xFFFF:
		return false
	case r > utf8.MaxRune:
		return false
	}
	return true
}

// Clean returns s without invalid UTF-8 and without the characters
// [Allowed] rejects. A U+FFFD present in s as a valid character is kept.
func Clean(s string) string {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || !Allowed(r) {
			return string(appendClean(make([]byte, 0, len(s)), s))
		}
		i += n
	}
	return s
}

func appendClean(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(r == utf8.RuneError && n == 1) && Allowed(r) {
			dst = append(dst, s[i:i+n]...)
		}
		i += n
	}
	return dst
}

// AppendText appends s to dst as XML character data: forbidden characters
// dropped, '&', '<' and '>' escaped. A carriage return is written as a
// character reference so that XML end-of-line handling keeps it.
func AppendText(dst []byte, s string) []byte { return appendEscaped(dst, s, false) }

// AppendAttr appends s to dst as the value of a double-quoted attribute:
// like [AppendText], and also '"', tab and newlines as character
// references, which attribute-value normalisation would otherwise turn into
// spaces.
func AppendAttr(dst []byte, s string) []byte { return appendEscaped(dst, s, true) }

func appendEscaped(dst []byte, s string, attr bool) []byte {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			var esc string
			switch {
			case c == '&':
				esc = "&amp;"
			case c == '<':
				esc = "&lt;"
			case c == '>':
				esc = "&gt;"
			case c == '"' && attr:
				esc = "&quot;"
			case c == '\r':
				esc = "&#13;"
			case c == '\n' && attr:
				esc = "&#10;"
			case c == '\t' && attr:
				esc = "&#9;"
			case c == '\n' || c == '\t':
				i++
				continue
			case c < 0x20 || c == 0x7F:
				esc = ""
			default:
				i++
				continue
			}
			dst = append(dst, s[last:i]...)
			dst = append(dst, esc...)
			i++
			last = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || !Allowed(r) {
			dst = append(dst, s[last:i]...)
			i += n
			last = i
			continue
		}
		i += n
	}
	return append(dst, s[last:]...)
}

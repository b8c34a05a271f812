package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Characters the sanitiser treats specially.
const (
	nbsp        = '\u00a0' // no-break space: a space that never breaks a line
	replacement = '?'      // stands in, visibly, for a character no face can draw
)

// sanitiser makes user text drawable: composed (NFC) so decomposed
// accents meet the precomposed glyphs the Go fonts have, without control
// and format characters (bidi marks, zero-width joiners, soft hyphens),
// with exotic spaces folded to plain ones, and with every character the
// fonts lack replaced by a visible '?', never silently dropped.
type sanitiser struct{ m *fontMetrics }

// text cleans s; newlines survive only when multiline is set, otherwise
// they become spaces.
func (z sanitiser) text(s string, multiline bool) string {
	if z.plain(s, multiline) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, string(replacement))
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue // CRLF: the LF that follows makes the break
			}
			b.WriteRune(z.newline(multiline))
		case r == '\n' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f':
			b.WriteRune(z.newline(multiline))
		case r == '\t':
			b.WriteByte(' ')
		case unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r):
			// dropped: controls and invisible format marks
		case r == nbsp || r == '\u202f' || r == '\u2007' || r == '\u2060':
			b.WriteRune(nbsp)
		case unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		case r < 0x10000 && z.m.covered[r] && r != utf8.RuneError:
			b.WriteRune(r)
		default:
			b.WriteRune(replacement)
		}
	}
	return b.String()
}

// line cleans s for a one-line context (titles, captions, header) and
// collapses runs of spaces.
func (z sanitiser) line(s string) string {
	return strings.Join(strings.Fields(z.text(s, false)), " ")
}

func (z sanitiser) newline(multiline bool) rune {
	if multiline {
		return '\n'
	}
	return ' '
}

// plain reports whether s is printable ASCII (and newlines, when they are
// kept), the common case that needs no work.
func (z sanitiser) plain(s string, multiline bool) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && !(c == '\n' && multiline)) || c >= 0x7f {
			return false
		}
	}
	return true
}

// metadata cleans s for the document information dictionary, where no
// glyph is needed but fpdf's UTF-16 encoder only handles the Basic
// Multilingual Plane.
func metadata(s string) string {
	s = norm.NFC.String(strings.ToValidUTF8(s, "?"))
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r):
		case r >= 0x10000 || r == utf8.RuneError:
			b.WriteByte('?')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

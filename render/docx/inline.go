package docx

import (
	"strings"
	"unicode/utf8"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/internal/ooxml"
)

// runFmt is the character formatting inherited by nested inlines.
type runFmt struct {
	bold, italic bool
	link         bool   // inside a hyperlink: no nested hyperlink, Hyperlink style
	color        string // direct colour, e.g. of a note title
}

// inlines writes inlines as runs: the renderer's single switch over the
// closed set of inline kinds.
func (r *renderer) inlines(in []doc.Inline, f runFmt) {
	for _, n := range in {
		switch n := n.(type) {
		case doc.Text:
			r.text(string(n), f)
		case doc.Strong:
			g := f
			g.bold = true
			r.inlines(n.Inlines, g)
		case doc.Emph:
			g := f
			g.italic = true
			r.inlines(n.Inlines, g)
		case doc.Link:
			r.link(n, f)
		case doc.LineBreak:
			r.body.Start("w:r")
			r.body.Empty("w:br")
			r.body.End()
		}
	}
}

// link writes a hyperlink to an external relationship. A link inside a
// link (which WordprocessingML cannot nest) and a link without a usable
// URL keep their text only.
func (r *renderer) link(l doc.Link, f runFmt) {
	in := l.Inlines
	if len(in) == 0 {
		in = []doc.Inline{doc.Text(l.URL)}
	}
	target := linkTarget(l.URL)
	if f.link || target == "" {
		r.inlines(in, f)
		return
	}
	id, ok := r.links[target]
	if !ok {
		id = r.rels.Add(ooxml.RelHyperlink, target, true)
		if r.links == nil {
			r.links = make(map[string]string)
		}
		r.links[target] = id
	}
	r.body.Start("w:hyperlink", "r:id", id, "w:history", "1")
	g := f
	g.link = true
	r.inlines(in, g)
	r.body.End()
}

// linkTarget makes url a valid URI reference for a relationship target:
// forbidden characters dropped, surrounding space trimmed, everything
// outside URI syntax (spaces, non-ASCII, a stray '%') percent-encoded.
// Word refuses a package whose hyperlink target is not a URI.
func linkTarget(url string) string {
	url = strings.TrimSpace(ooxml.Clean(url))
	var b strings.Builder
	for i := 0; i < len(url); i++ {
		c := url[i]
		switch {
		case c == '%' && i+2 < len(url) && isHex(url[i+1]) && isHex(url[i+2]):
			b.WriteByte(c)
		case c < utf8.RuneSelf && c > ' ' && c != 0x7F && strings.IndexByte(`"%<>\^`+"`{|}", c) < 0:
			b.WriteByte(c)
		default:
			const hex = "0123456789ABCDEF"
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// text writes s as one run: a newline (or CR, or CRLF) becomes w:br and a
// tab w:tab, since a raw newline or tab in w:t renders as a space.
func (r *renderer) text(s string, f runFmt) {
	if s == "" {
		return
	}
	b := &r.body
	b.Start("w:r")
	r.rPr(f)
	for len(s) > 0 {
		i := strings.IndexAny(s, "\n\r\t")
		if i < 0 {
			r.t(s)
			break
		}
		if i > 0 {
			r.t(s[:i])
		}
		switch s[i] {
		case '\t':
			b.Empty("w:tab")
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			b.Empty("w:br")
		case '\n':
			b.Empty("w:br")
		}
		s = s[i+1:]
	}
	b.End()
}

// t writes a w:t, preserving spaces at its ends, which Word would drop.
func (r *renderer) t(s string) {
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		r.body.Elem("w:t", s, "xml:space", "preserve")
	} else {
		r.body.Elem("w:t", s)
	}
}

// rPr writes the run properties in ECMA-376 order: rStyle, b, bCs, i,
// iCs, color.
func (r *renderer) rPr(f runFmt) {
	if !f.bold && !f.italic && !f.link && f.color == "" {
		return
	}
	b := &r.body
	b.Start("w:rPr")
	if f.link {
		b.Empty("w:rStyle", "w:val", r.style(sHyperlink))
	}
	if f.bold {
		b.Empty("w:b")
		b.Empty("w:bCs")
	}
	if f.italic {
		b.Empty("w:i")
		b.Empty("w:iCs")
	}
	if f.color != "" && !f.link {
		b.Empty("w:color", "w:val", f.color)
	}
	b.End()
}

package markdown

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gdprkit/gdprkit/doc"
)

// context is where inline text goes: it decides what a line break becomes.
type context int

const (
	inParagraph context = iota // a hard line break: "\" and a newline
	inHeading                  // a space: an ATX heading is one line
	inCell                     // "<br>": a table row is one line
)

// hardBreak is CommonMark's backslash hard line break.
const hardBreak = "\\\n"

// inlineWriter writes inline nodes as Markdown text. It tracks what the
// current line holds so far, because some characters are markup only at
// the start of a line.
type inlineWriter struct {
	b   strings.Builder
	ctx context
	// lineStart: nothing but dropped spaces on this line yet.
	lineStart bool
	// lineDigits: only digits on this line yet, so a "." or ")" now would
	// make an ordered-list marker.
	lineDigits bool
	// inLink: inside a link's text, where a nested link is text only.
	inLink bool
	// strong, emph: inside such a span, where the same span again adds
	// nothing and is written as its content ("****x****" is noise).
	strong, emph bool
}

func newInlineWriter(ctx context) *inlineWriter {
	return &inlineWriter{ctx: ctx, lineStart: true}
}

// inlineText renders inlines that start a line in ctx, trimmed of
// surrounding space and breaks.
func inlineText(in []doc.Inline, ctx context) string {
	w := newInlineWriter(ctx)
	w.inlines(in)
	_, core, _ := splitSpace(w.b.String())
	return core
}

// plainText renders a plain string that starts a line in ctx, trimmed.
func plainText(s string, ctx context) string {
	return inlineText([]doc.Inline{doc.Text(s)}, ctx)
}

// midLineText renders a plain string that follows other text on its line
// in a paragraph, trimmed.
func midLineText(s string) string {
	w := newInlineWriter(inParagraph)
	w.lineStart = false
	w.text(strings.TrimSpace(s))
	_, core, _ := splitSpace(w.b.String())
	return core
}

func (w *inlineWriter) inlines(in []doc.Inline) {
	for i, n := range in {
		switch n := n.(type) {
		case doc.Text:
			w.text(string(n))
		case doc.Strong:
			if w.strong {
				w.inlines(n.Inlines)
				continue
			}
			w.span("**", "strong", n.Inlines, in[i+1:])
		case doc.Emph:
			if w.emph {
				w.inlines(n.Inlines)
				continue
			}
			w.span("*", "em", n.Inlines, in[i+1:])
		case doc.Link:
			w.link(n)
		case doc.LineBreak:
			w.lineBreak()
		}
	}
}

func (w *inlineWriter) lineBreak() {
	switch w.ctx {
	case inParagraph:
		w.b.WriteString(hardBreak)
		w.lineStart, w.lineDigits = true, false
	case inCell:
		w.b.WriteString("<br>")
		w.lineStart, w.lineDigits = true, false
	default:
		if !w.lineStart {
			w.b.WriteByte(' ')
		}
	}
}

// alwaysEscaped are the characters that can start markup anywhere on a
// line: code spans and fences, emphasis, links, raw HTML and autolinks,
// block quotes, table cells, strikethrough and (on GitHub) math.
const alwaysEscaped = "\\`*_[]<>|~$"

// lineStartEscaped are markup only as the first character of a line of a
// paragraph: headings (#), list items (- +), setext underlines (= -) and a
// table's delimiter row (: -).
const lineStartEscaped = "#-+=:"

// needsEscape reports whether r, followed by next, must be escaped here.
func (w *inlineWriter) needsEscape(r, next rune) bool {
	if r >= utf8.RuneSelf {
		return false
	}
	c := byte(r)
	switch {
	case strings.IndexByte(alwaysEscaped, c) >= 0:
		return true
	case c == '&': // only where it could start an entity: &amp; &#38;
		return next == '#' || next < utf8.RuneSelf && isASCIIAlnum(byte(next))
	case c == '!': // only before an image's bracket (escaped anyway)
		return next == '['
	case c == '#' && w.ctx == inHeading: // a closing sequence would eat it
		return true
	}
	if w.ctx != inParagraph {
		// Headings and cells hold inline content only: no block starts.
		return false
	}
	return w.lineStart && strings.IndexByte(lineStartEscaped, c) >= 0 ||
		w.lineDigits && (c == '.' || c == ')')
}

// text writes escaped text.
func (w *inlineWriter) text(s string) {
	s = cleanText(s)
	for i, r := range s {
		switch {
		case r == '\n':
			w.lineBreak()
			continue
		case w.lineStart && (r == ' ' || r == '\t'):
			// Leading space is dropped: four spaces would make a code block.
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		if w.needsEscape(r, next) {
			w.b.WriteByte('\\')
		}
		w.lineDigits = (w.lineStart || w.lineDigits) && '0' <= r && r <= '9'
		w.lineStart = false
		w.b.WriteRune(r)
	}
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// markup writes the writer's own syntax, after which the line no longer
// starts with user text.
func (w *inlineWriter) markup(s string) {
	w.b.WriteString(s)
	w.lineStart, w.lineDigits = false, false
}

// span writes emphasis or strong emphasis around inlines. Space and line
// breaks at the edges go outside the delimiters, which would not count
// next to space. CommonMark also refuses a delimiter between a letter and
// punctuation ("a**(b)**"); there the HTML element (tag) is written
// instead. Empty content writes nothing: "****" would be a thematic break.
func (w *inlineWriter) span(delim, tag string, in, next []doc.Inline) {
	sub := &inlineWriter{ctx: w.ctx, inLink: w.inLink, strong: w.strong || tag == "strong", emph: w.emph || tag == "em"}
	sub.inlines(in)
	lead, core, trail := splitSpace(sub.b.String())
	if core == "" {
		// Only space or breaks: written as they are, without delimiters.
		w.edge(lead)
		return
	}
	w.edge(lead)
	open, closing := delim, delim
	before, _ := utf8.DecodeLastRuneInString(w.b.String())
	first, _ := utf8.DecodeRuneInString(core)
	last, _ := utf8.DecodeLastRuneInString(core)
	after := firstRune(next)
	if trail != "" {
		after = ' '
	}
	if (isPunct(first) && isWordRune(before)) || (isPunct(last) && isWordRune(after)) {
		open, closing = "<"+tag+">", "</"+tag+">"
	}
	w.markup(open)
	w.b.WriteString(core)
	w.markup(closing)
	w.edge(trail)
}

// edge writes space and breaks from the edge of a span; after a break the
// next text starts a line.
func (w *inlineWriter) edge(s string) {
	if w.lineStart {
		s = strings.TrimLeft(s, " \t")
	}
	w.b.WriteString(s)
	if strings.HasSuffix(s, "\n") || strings.HasSuffix(s, "<br>") {
		w.lineStart, w.lineDigits = true, false
	}
}

// link writes [text](destination), or only the text for a refused URL or
// a link inside a link's text.
func (w *inlineWriter) link(l doc.Link) {
	dest, ok := linkDestination(l.URL)
	if !ok || w.inLink {
		if len(l.Inlines) == 0 {
			w.text(l.URL)
			return
		}
		w.inlines(l.Inlines)
		return
	}
	sub := &inlineWriter{ctx: w.ctx, inLink: true, strong: w.strong, emph: w.emph}
	sub.inlines(l.Inlines)
	_, text, _ := splitSpace(sub.b.String())
	if text == "" {
		sub = &inlineWriter{ctx: w.ctx, inLink: true}
		sub.text(l.URL)
		text = sub.b.String()
	}
	w.markup("[")
	w.b.WriteString(text)
	w.markup("](" + dest + ")")
}

// splitSpace splits rendered inline text into leading space and breaks,
// the core, and trailing space and breaks.
func splitSpace(s string) (lead, core, trail string) {
	isSpace := func(s string) int { // length of the space or break s starts with
		switch {
		case s == "":
			return 0
		case s[0] == ' ' || s[0] == '\t' || s[0] == '\n':
			return 1
		case strings.HasPrefix(s, hardBreak):
			return len(hardBreak)
		case strings.HasPrefix(s, "<br>"):
			return len("<br>")
		}
		return 0
	}
	i := 0
	for n := isSpace(s[i:]); n > 0; n = isSpace(s[i:]) {
		i += n
	}
	j := len(s)
	for j > i {
		switch {
		case s[j-1] == ' ' || s[j-1] == '\t':
			j--
		// User text never yields a newline or "<br>" of its own: a
		// newline is always part of a hard break, "<" is always escaped.
		case strings.HasSuffix(s[i:j], hardBreak):
			j -= len(hardBreak)
		case strings.HasSuffix(s[i:j], "<br>"):
			j -= len("<br>")
		default:
			return s[:i], s[i:j], s[j:]
		}
	}
	return s[:i], "", s[j:]
}

// firstRune is the first character the inlines will show, or a space.
func firstRune(in []doc.Inline) rune {
	for _, n := range in {
		if s := doc.PlainText([]doc.Inline{n}); s != "" {
			r, _ := utf8.DecodeRuneInString(s)
			return r
		}
	}
	return ' '
}

// isPunct is CommonMark's punctuation: ASCII punctuation and Unicode P
// and S categories.
func isPunct(r rune) bool {
	if r < utf8.RuneSelf {
		return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", byte(r)) >= 0
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// isWordRune is a character that is neither space nor punctuation.
func isWordRune(r rune) bool {
	return r != utf8.RuneError && !unicode.IsSpace(r) && !isPunct(r)
}

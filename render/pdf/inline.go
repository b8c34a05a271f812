package pdf

import (
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// The inline layout engine: inlines become words made of styled
// fragments, words become lines no wider than a measure (linebreak.go),
// and lines become text operations, justified except the last of a
// paragraph, any line ended by a hard break and any line too short to
// stretch without gaping spaces.

// textStyle is how a run of text is set.
type textStyle struct {
	size    float64   // points
	base    fontStyle // added to the inline styles (bold for headings)
	color   color
	leading float64 // line height as a multiple of the size
}

// lineHeight is the height of one line in millimetres.
func (ts textStyle) lineHeight() float64 { return ts.size * ts.leading * ptToMM }

// frag is a piece of a word in one style.
type frag struct {
	text  string
	style fontStyle
	link  int // index into para.links; -1 for plain text
	w     float64
}

// word is an unbreakable run of fragments, or a hard line break.
type word struct {
	frags []frag
	w     float64
	gap   float64 // on a line: the space drawn before it
	space bool    // a space precedes it in the source
	brk   bool    // a hard line break
}

// textLine is one laid-out line.
type textLine struct {
	words   []word
	w       float64 // natural width, spaces included
	justify bool    // stretch the spaces to fill the measure (see maxStretch)
}

// para is text broken into lines, with the URLs its links point to.
type para struct {
	lines []textLine
	links []string
	ts    textStyle
}

// height is the height of all lines of p.
func (p para) height() float64 { return float64(len(p.lines)) * p.ts.lineHeight() }

// setText lays out inlines in ts on a measure of width millimetres.
func (l *layout) setText(in []doc.Inline, ts textStyle, width float64) para {
	b := wordBuilder{z: l.z, m: l.m, ts: ts, words: l.words[:0], frags: make([]frag, 0, fragEstimate(in))}
	b.inlines(in, ts.base, -1)
	b.endWord()
	l.words = b.words[:0] // breakLines copies the words: the slice is reused
	return para{lines: l.breakLines(b.words, ts, width), links: b.links, ts: ts}
}

// setString lays out a plain string.
func (l *layout) setString(s string, ts textStyle, width float64) para {
	return l.setText([]doc.Inline{doc.Text(s)}, ts, width)
}

// fragEstimate is about how many fragments in makes, one per word, so a
// paragraph's fragments are allocated at once.
func fragEstimate(in []doc.Inline) int {
	n := 0
	for _, x := range in {
		switch x := x.(type) {
		case doc.Text:
			n += 1 + strings.Count(string(x), " ")
		case doc.Strong:
			n += fragEstimate(x.Inlines)
		case doc.Emph:
			n += fragEstimate(x.Inlines)
		case doc.Link:
			n += 1 + fragEstimate(x.Inlines)
		}
	}
	return n
}

// wordBuilder splits inlines into words.
type wordBuilder struct {
	z     sanitiser
	m     *fontMetrics
	ts    textStyle
	words []word
	// frags holds the fragments of all words, each word a capped slice
	// of it: one growing array per paragraph rather than one per word.
	frags []frag
	links []string
	cur   word // the word being built; its fragments are frags[first:]
	first int
	// The fragment being built: its text is piece while it is a single
	// substring of the source, which is the usual case and costs no
	// copy; text joins pieces otherwise.
	piece  string
	pieces int
	text   strings.Builder
	style  fontStyle
	link   int
	open   bool // a fragment is being built
	space  bool // a space was seen since the last word
}

func (b *wordBuilder) inlines(in []doc.Inline, style fontStyle, link int) {
	for _, n := range in {
		switch n := n.(type) {
		case doc.Text:
			b.text0(b.z.text(string(n), true), style, link)
		case doc.Strong:
			b.inlines(n.Inlines, style|bold, link)
		case doc.Emph:
			b.inlines(n.Inlines, style|italic, link)
		case doc.Link:
			idx := len(b.links)
			b.links = append(b.links, n.URL)
			if len(n.Inlines) == 0 {
				b.text0(b.z.text(n.URL, false), style, idx)
			} else {
				b.inlines(n.Inlines, style, idx)
			}
		case doc.LineBreak:
			b.hardBreak()
		}
	}
}

// text0 adds sanitised text.
func (b *wordBuilder) text0(s string, style fontStyle, link int) {
	for s != "" {
		i := strings.IndexAny(s, " \n")
		if i < 0 {
			b.add(s, style, link)
			return
		}
		if i > 0 {
			b.add(s[:i], style, link)
		}
		if s[i] == '\n' {
			b.hardBreak()
		} else {
			b.endWord()
			b.space = true
		}
		s = s[i+1:]
	}
}

// add appends text without spaces to the current word.
func (b *wordBuilder) add(s string, style fontStyle, link int) {
	if b.open && (b.style != style || b.link != link) {
		b.endFrag()
	}
	if len(b.frags) == b.first && !b.open {
		b.cur.space = b.space && len(b.words) > 0 && !b.words[len(b.words)-1].brk
		b.space = false
	}
	b.open, b.style, b.link = true, style, link
	switch b.pieces {
	case 0:
		b.piece = s
	case 1:
		b.text.Reset()
		b.text.WriteString(b.piece)
		b.text.WriteString(s)
	default:
		b.text.WriteString(s)
	}
	b.pieces++
}

func (b *wordBuilder) endFrag() {
	if !b.open {
		return
	}
	t := b.piece
	if b.pieces > 1 {
		t = b.text.String()
	}
	f := frag{text: t, style: b.style, link: b.link, w: b.m.width(b.style, b.ts.size, t)}
	b.frags = append(b.frags, f)
	b.cur.w += f.w
	b.piece, b.pieces, b.open = "", 0, false
}

func (b *wordBuilder) endWord() {
	b.endFrag()
	if n := len(b.frags); n > b.first {
		b.cur.frags = b.frags[b.first:n:n]
		b.words = append(b.words, b.cur)
		b.first = n
	}
	b.cur = word{}
}

func (b *wordBuilder) hardBreak() {
	b.endWord()
	b.words = append(b.words, word{brk: true})
	b.space = false
}

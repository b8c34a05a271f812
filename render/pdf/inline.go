package pdf

import (
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// The inline layout engine: inlines become words made of styled
// fragments, words become lines no wider than a measure, and lines become
// text operations, justified except the last of a paragraph and any line
// ended by a hard break.

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
	space bool    // a space precedes it in the source
	gap   float64 // on a line: the space drawn before it
	brk   bool    // a hard line break
}

// textLine is one laid-out line.
type textLine struct {
	words   []word
	w       float64 // natural width, spaces included
	justify bool    // stretch to the measure
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
	b := wordBuilder{z: l.z, m: l.m, ts: ts}
	b.inlines(in, ts.base, -1)
	b.endWord()
	return para{lines: l.breakLines(b.words, ts, width), links: b.links, ts: ts}
}

// setString lays out a plain string.
func (l *layout) setString(s string, ts textStyle, width float64) para {
	return l.setText([]doc.Inline{doc.Text(s)}, ts, width)
}

// wordBuilder splits inlines into words.
type wordBuilder struct {
	z     sanitiser
	m     *fontMetrics
	ts    textStyle
	words []word
	links []string
	cur   word
	text  strings.Builder // text of the fragment being built
	style fontStyle       // and its style
	link  int
	open  bool // a fragment is being built
	space bool // a space was seen since the last word
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
	if len(b.cur.frags) == 0 && !b.open {
		b.cur.space = b.space && len(b.words) > 0 && !b.words[len(b.words)-1].brk
		b.space = false
	}
	b.open, b.style, b.link = true, style, link
	b.text.WriteString(s)
}

func (b *wordBuilder) endFrag() {
	if !b.open {
		return
	}
	t := b.text.String()
	f := frag{text: t, style: b.style, link: b.link, w: b.m.width(b.style, b.ts.size, t)}
	b.cur.frags = append(b.cur.frags, f)
	b.cur.w += f.w
	b.text.Reset()
	b.open = false
}

func (b *wordBuilder) endWord() {
	b.endFrag()
	if len(b.cur.frags) > 0 {
		b.words = append(b.words, b.cur)
	}
	b.cur = word{}
}

func (b *wordBuilder) hardBreak() {
	b.endWord()
	b.words = append(b.words, word{brk: true})
	b.space = false
}

// breakLines fills lines greedily. A word longer than the measure is cut
// between characters, so nothing ever runs past the margin.
func (l *layout) breakLines(words []word, ts textStyle, width float64) []textLine {
	const eps = 1e-6
	var lines []textLine
	var cur textLine
	flush := func(justify bool) {
		cur.justify = justify
		lines = append(lines, cur)
		cur = textLine{}
	}
	place := func(w word, gap float64) {
		w.gap = gap
		cur.words = append(cur.words, w)
		cur.w += gap + w.w
	}
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w.brk {
			flush(false)
			continue
		}
		gap := 0.0
		if len(cur.words) > 0 && w.space {
			gap = l.spaceWidth(cur.words[len(cur.words)-1], ts)
		}
		switch {
		case cur.w+gap+w.w <= width+eps:
			place(w, gap)
		case w.w <= width+eps:
			flush(true)
			place(w, 0)
		default:
			avail := width - cur.w - gap
			if len(cur.words) > 0 && avail < width/4 {
				flush(true)
				avail, gap = width, 0
			}
			head, rest := l.cutWord(w, avail, ts)
			place(head, gap)
			flush(true)
			if len(rest.frags) > 0 {
				rest.space = false
				words[i] = rest
				i-- // lay out the rest of the word again
			}
		}
	}
	if len(cur.words) > 0 {
		flush(false)
	}
	return lines
}

// spaceWidth is the width of the space after w, in the style of its end.
func (l *layout) spaceWidth(w word, ts textStyle) float64 {
	return l.m.runeWidth(w.frags[len(w.frags)-1].style, ts.size, ' ')
}

// cutWord splits w so the head fits in avail millimetres; the head has at
// least one character so layout always progresses.
func (l *layout) cutWord(w word, avail float64, ts textStyle) (head, rest word) {
	head.space = w.space
	for fi, f := range w.frags {
		used := 0.0 // width of f already in the head
		for bi, r := range f.text {
			rw := l.m.runeWidth(f.style, ts.size, r)
			if head.w+used+rw > avail && (len(head.frags) > 0 || bi > 0) {
				if bi > 0 {
					head.frags = append(head.frags, frag{text: f.text[:bi], style: f.style, link: f.link, w: used})
					head.w += used
				}
				rest.frags = append(rest.frags, frag{text: f.text[bi:], style: f.style, link: f.link, w: f.w - used})
				rest.frags = append(rest.frags, w.frags[fi+1:]...)
				rest.w = w.w - head.w
				return head, rest
			}
			used += rw
		}
		head.frags = append(head.frags, f)
		head.w += f.w
	}
	return head, rest
}

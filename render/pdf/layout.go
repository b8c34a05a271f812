package pdf

import (
	"github.com/gdprkit/gdprkit/doc"
)

// layout turns a document into pages of drawing operations.
type layout struct {
	geo   geometry
	m     *fontMetrics
	z     sanitiser
	meta  doc.Meta
	pages []*page
	pi    int     // index of the current page
	y     float64 // top of the next thing on the current page
	// left and right bound the current measure (absolute x).
	left, right float64
	// marker is a list bullet or number waiting for the first line of its
	// item, so it sits on that line's baseline whatever the item holds.
	marker *marker
	// outline is the outline level of the next bookmark: the number of
	// titled sections enclosing it.
	outline int
	// sectionDepth is the nesting depth of sections, which sizes headings.
	sectionDepth int
	listDepth    int
	// paraGap is the space after a paragraph in the current context.
	paraGap float64
	// held is the last heading, while nothing follows it on its page.
	held heldHeading
	// measured holds the paragraphs lead last laid out to measure them,
	// for paragraph to reuse.
	measured     [4]measuredPara
	nextMeasured int
	// segs and joined are drawLine's scratch buffers, and words is
	// setText's, kept to spare allocations.
	segs   []segment
	joined []byte
	words  []word
}

// segment is a run of text drawn with one operation, and its link. The
// text of a run of several fragments is joined[start:end] until the line
// is done; start is -1 for a single fragment.
type segment struct {
	op         op
	link       int
	start, end int
}

// marker is a pending list marker, right-aligned at x.
type marker struct {
	text string
	x    float64
}

// Text styles of the body.
var (
	bodyStyle    = textStyle{size: 10, color: colorText, leading: 1.42}
	cellStyle    = textStyle{size: 8.5, color: colorText, leading: 1.3}
	captionStyle = textStyle{size: 9, base: bold, color: colorHeading, leading: 1.3}
	noteStyle    = textStyle{size: 9.5, color: colorText, leading: 1.4}
)

// Spacing, in millimetres.
const (
	paraGap     = 2.6 // after a body paragraph
	itemGap     = 1.2 // after a paragraph inside a list item or note
	blockGap    = 3.0 // after a list, table, note
	minMeasure  = 40  // indentation stops before the measure gets narrower
	listIndent  = 6.5
	markerSpace = 1.8 // between a list marker and its text
)

func newLayout(d *doc.Document, opts Options, m *fontMetrics) *layout {
	g := pageGeometry(opts.PageSize)
	l := &layout{geo: g, m: m, z: sanitiser{m: m}, meta: d.Meta, paraGap: paraGap}
	l.left, l.right = g.left, g.width-g.right
	l.pages = []*page{{}}
	l.y = g.bodyTop()
	return l
}

// cur returns the current page.
func (l *layout) cur() *page { return l.pages[l.pi] }

// emit appends an operation to the current page.
func (l *layout) emit(o op) { p := l.cur(); p.ops = append(p.ops, o) }

// newPage moves to the top of the next page, creating it if needed (after
// laying out a definition, layout returns to an earlier page to place the
// term, and may then move on to pages that already exist). A heading left
// with nothing below it moves along.
func (l *layout) newPage() {
	held := l.held
	l.held = heldHeading{}
	l.pi++
	if l.pi == len(l.pages) {
		// Pages of one document hold similar numbers of operations: sizing
		// a new page like the last one spares growing it op by op.
		n := len(l.pages[len(l.pages)-1].ops) + decorationOps
		l.pages = append(l.pages, &page{ops: make([]op, 0, n)})
	}
	l.y = l.geo.bodyTop()
	l.carryHeading(held)
}

// atTop reports whether nothing has been placed on the page yet.
func (l *layout) atTop() bool { return l.y <= l.geo.bodyTop()+1e-6 }

// room is the height left on the page.
func (l *layout) room() float64 { return l.geo.bodyBottom() - l.y }

// bodyHeight is the height of a whole page's body.
func (l *layout) bodyHeight() float64 { return l.geo.bodyBottom() - l.geo.bodyTop() }

// ensure starts a new page unless h fits in the room left; at the top of a
// page it does nothing, as a new page would not give more room.
func (l *layout) ensure(h float64) {
	if h > l.room()+1e-6 && !l.atTop() {
		l.newPage()
	}
}

// space adds vertical space, except at the top of a page.
func (l *layout) space(h float64) {
	if !l.atTop() {
		l.y += h
	}
}

// measure is the current text width.
func (l *layout) measure() float64 { return l.right - l.left }

// indentBy returns how far to indent for a nested block: dx, or less when
// the measure would get narrower than minMeasure (deep nesting).
func (l *layout) indentBy(dx float64) float64 {
	if l.measure()-dx < minMeasure {
		return max(0, l.measure()-minMeasure)
	}
	return dx
}

// flow places the lines of p at x, one below the other, breaking pages
// between lines. With keep, a paragraph never leaves its first line alone
// at a page bottom nor its last line alone at a page top.
func (l *layout) flow(p para, x, width float64, justify, keep bool) {
	lh := p.ts.lineHeight()
	n := len(p.lines)
	for i, ln := range p.lines {
		need := lh
		switch {
		case !keep:
		case i == 0 && n <= 3:
			need = float64(n) * lh // too short to split without a lone line
		case i == 0:
			need = 2 * lh // no first line alone at a page bottom
		case i == n-2:
			need = 2 * lh // no last line alone at a page top
		}
		l.ensure(need)
		l.drawLine(p, ln, x, l.y, width, justify)
		l.y += lh
	}
}

// drawLine emits the text of one line whose box starts at (x, top).
func (l *layout) drawLine(p para, ln textLine, x, top, width float64, justify bool) {
	ts := p.ts
	sizeMM := ts.size * ptToMM
	baseline := top + 0.5*ts.lineHeight() + 0.3*sizeMM
	if l.marker != nil {
		mk := l.marker
		l.marker = nil
		mw := l.m.width(regular, bodyStyle.size, mk.text)
		l.emit(op{kind: opText, x: mk.x - mw, y: baseline, size: bodyStyle.size, color: ts.color, text: mk.text})
	}
	extra := 0.0
	if justify && ln.justify {
		gaps := 0
		for i, w := range ln.words {
			if i > 0 && w.gap > 0 {
				gaps++
			}
		}
		if gaps > 0 {
			extra = max(0, (width-ln.w)/float64(gaps))
		}
	}
	// Consecutive fragments of one style are drawn as one string; on a
	// justified line each word is placed on its own. A segment of one
	// fragment keeps the fragment's text; the text of a joined one is
	// built in l.joined, and all of them become one string at the end.
	segs, joined := l.segs[:0], l.joined[:0]
	cx := x
	for wi, w := range ln.words {
		gap := 0.0
		if wi > 0 && w.gap > 0 {
			gap = w.gap + extra
		}
		cx += gap
		for fi, f := range w.frags {
			if n := len(segs); n > 0 {
				last := &segs[n-1]
				joinable := last.op.style == f.style && last.link == f.link &&
					(fi > 0 || gap == 0 || extra == 0)
				if joinable {
					if last.start < 0 {
						last.start = len(joined)
						joined = append(joined, last.op.text...)
					}
					if fi == 0 && gap > 0 {
						joined = append(joined, ' ')
					}
					joined = append(joined, f.text...)
					last.end = len(joined)
					last.op.w = cx + f.w - last.op.x
					cx += f.w
					continue
				}
			}
			c := ts.color
			if f.link >= 0 {
				c = colorLink
			}
			segs = append(segs, segment{link: f.link, start: -1, op: op{kind: opText, style: f.style, size: ts.size,
				color: c, x: cx, y: baseline, w: f.w, text: f.text}})
			cx += f.w
		}
	}
	l.segs, l.joined = segs[:0], joined[:0]
	text := string(joined)
	for _, s := range segs {
		if s.start >= 0 {
			s.op.text = text[s.start:s.end]
		}
		l.emit(s.op)
	}
	// Links: one underline and one annotation per run of a link on a line.
	for i := 0; i < len(segs); {
		j := i + 1
		for j < len(segs) && segs[j].link == segs[i].link {
			j++
		}
		if k := segs[i].link; k >= 0 {
			x0, x1 := segs[i].op.x, segs[j-1].op.x+segs[j-1].op.w
			l.emit(op{kind: opLine, x: x0, y: baseline + 0.13*sizeMM, w: x1 - x0, size: 0.045 * sizeMM, color: colorLink})
			if u := linkTarget(p.links[k]); u != "" {
				l.emit(op{kind: opLink, x: x0, y: baseline - 0.8*sizeMM, w: x1 - x0, h: 1.05 * sizeMM, text: u})
			}
		}
		i = j
	}
}

// flushMarker places a marker whose item drew no text on a line of its own.
func (l *layout) flushMarker() {
	if l.marker == nil {
		return
	}
	lh := bodyStyle.lineHeight()
	l.ensure(lh)
	l.drawLine(para{ts: bodyStyle}, textLine{}, l.left, l.y, 0, false)
	l.y += lh
}

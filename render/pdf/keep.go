package pdf

import "github.com/gdprkit/gdprkit/doc"

// Keep-with-next. A block starting near the bottom of a page moves to the
// next page when too little of it would fit there; how much is enough is
// the block's keep: two or three lines of a paragraph, a table's caption,
// header and first row, a note's title and first lines. A heading must
// never end a page, so it asks for room for itself and the keep of what
// follows it (its lead) and moves on when that does not fit. Should the
// estimate still fall short and the block below a heading start a new
// page, the heading is carried over with it (see [layout.newPage]).

// keepLines is how many lines of a long paragraph must fit below a
// heading: at least two of them stay with it whatever widow control then
// does (see [layout.flow]).
const keepLines = 3

// lead is the height the start of bs needs on the page of the heading
// above it: the start of the first block, and when that is a single line
// (a lead-in sentence, a one-line definition) the start of the next block
// too, so that a heading always has two lines below it, or all of its
// section.
func (l *layout) lead(bs []doc.Block) float64 {
	h, rest := l.firstStart(bs)
	if h > 0 && h <= bodyStyle.lineHeight()+1e-6 {
		if next, _ := l.firstStart(rest); next > 0 {
			h += l.paraGap + next
		}
	}
	return h
}

// firstStart is the start height of the first block of bs that has any,
// and the blocks after that one; blocks that draw nothing are skipped.
func (l *layout) firstStart(bs []doc.Block) (float64, []doc.Block) {
	for i, b := range bs {
		if h := l.start(b); h > 0 {
			return h, bs[i+1:]
		}
	}
	return 0, nil
}

// start is the height of the start of b that must stay with a heading
// above it: what b itself needs at the top of a page, and for a long
// paragraph keepLines lines; 0 when b draws nothing.
func (l *layout) start(b doc.Block) float64 {
	lh := bodyStyle.lineHeight()
	switch b := b.(type) {
	case doc.Paragraph:
		return float64(min(len(l.measureBody(b.Inlines).lines), keepLines)) * lh
	case doc.Section:
		return l.sectionLead(b)
	case doc.List:
		if len(b.Items) > 0 {
			return keepLines * lh
		}
	case doc.DefinitionList:
		return l.definitionsLead(b)
	case doc.Table:
		h := l.tableLead(b)
		if len(b.Rows) > 0 {
			h = max(h, keepLines*lh)
		}
		return h
	case doc.Note:
		return l.noteKeep(b)
	}
	return 0
}

// measuredPara is body text laid out on a measure.
type measuredPara struct {
	in    []doc.Inline
	width float64
	p     para
}

// measureBody lays out body text on the current measure and keeps it, so
// the paragraph laid out next need not be set twice.
func (l *layout) measureBody(in []doc.Inline) para {
	if p, ok := l.measuredBody(in); ok {
		return p
	}
	p := l.setText(in, bodyStyle, l.measure())
	if len(in) > 0 {
		l.measured[l.nextMeasured] = measuredPara{in: in, width: l.measure(), p: p}
		l.nextMeasured = (l.nextMeasured + 1) % len(l.measured)
	}
	return p
}

// measuredBody returns body text measureBody laid out on the current
// measure: the same inlines, by identity, as the document is not changed
// while it is laid out.
func (l *layout) measuredBody(in []doc.Inline) (para, bool) {
	if len(in) == 0 {
		return para{}, false
	}
	for _, m := range l.measured {
		if len(m.in) == len(in) && &m.in[0] == &in[0] && m.width == l.measure() {
			return m.p, true
		}
	}
	return para{}, false
}

// bodyText lays out body text on the current measure, reusing what
// measureBody did.
func (l *layout) bodyText(in []doc.Inline) para {
	if p, ok := l.measuredBody(in); ok {
		return p
	}
	return l.setText(in, bodyStyle, l.measure())
}

// sectionLead is the lead of a section below another heading: its own
// heading and that heading's lead.
func (l *layout) sectionLead(s doc.Section) float64 {
	l.sectionDepth++
	defer func() { l.sectionDepth-- }()
	h := l.lead(s.Blocks)
	if l.z.line(s.Title) != "" {
		h += headingHeight(l.sectionDepth)
	}
	return h
}

// headingHeight estimates the height a one-line heading takes.
func headingHeight(level int) float64 {
	return headingSpace(level) + headingStyle(level).lineHeight() + headingAfter(level)
}

// definitionsLead is the keep of the first definition of dl, and of the
// second too when the first is one line.
func (l *layout) definitionsLead(dl doc.DefinitionList) float64 {
	g := l.definitionGeometry()
	h := 0.0
	for i, it := range dl.Items {
		term := l.setText(it.Term, g.termStyle, g.termW)
		k := l.definitionKeep(it, term, g)
		if i == 0 && k <= bodyStyle.lineHeight()+1e-6 && len(dl.Items) > 1 {
			h = k + l.paraGap
			continue
		}
		return h + k
	}
	return h
}

// definitionKeep is the height a definition needs at the top of a page:
// its term, and beside it (below it on a narrow measure) the lead of its
// description.
func (l *layout) definitionKeep(it doc.Definition, term para, g definitionGeometry) float64 {
	l.left += g.dx
	desc := l.lead(it.Description)
	l.left -= g.dx
	if g.stacked {
		return term.height() + min(desc, l.bodyHeight()/3)
	}
	return max(term.height(), min(desc, l.bodyHeight()/3))
}

// noteKeep is the height note n needs at the top of a page: its top
// padding, its title and the lead of its blocks in its measure (the box's
// bottom padding may be cut by the page end).
func (l *layout) noteKeep(n doc.Note) float64 {
	g := l.noteGeometry(n)
	if len(g.title.lines) == 0 && len(n.Blocks) == 0 {
		return 0
	}
	x0, x1, gap := l.left, l.right, l.paraGap
	l.left, l.right, l.paraGap = x0+g.inset, x1-g.right, itemGap
	h := notePad + min(l.lead(n.Blocks), l.bodyHeight()/3)
	l.left, l.right, l.paraGap = x0, x1, gap
	if len(g.title.lines) > 0 {
		h += g.title.height() + noteTitleGap
	}
	return h
}

// heldHeading is the heading last placed, while nothing has been placed
// after it on its page: newPage carries it over to the next page rather
// than leave it alone at the bottom.
type heldHeading struct {
	set      bool
	page     int     // its page
	from, to int     // its operations
	top      float64 // the top of its first line
	bottom   float64 // where what follows it starts
}

// hold records the heading just placed on the current page from
// operation from and y top.
func (l *layout) hold(from int, top float64) {
	l.held = heldHeading{set: true, page: l.pi, from: from, to: len(l.cur().ops), top: top, bottom: l.y}
}

// settle drops the held heading: what follows it is committed to its
// page, as a definition list's term and a note's box are placed once
// their content has been laid out.
func (l *layout) settle() { l.held = heldHeading{} }

// carryHeading moves the held heading from the previous page to the top
// of the new current page when nothing has been placed after it and it
// did not already start its page (moving it again would gain nothing).
func (l *layout) carryHeading(h heldHeading) {
	if !h.set || h.page != l.pi-1 || h.top <= l.geo.bodyTop()+1e-6 ||
		l.pi != len(l.pages)-1 || len(l.cur().ops) > 0 {
		return
	}
	prev := l.pages[h.page]
	if len(prev.ops) != h.to {
		return
	}
	dy := l.geo.bodyTop() - h.top
	for _, o := range prev.ops[h.from:h.to] {
		o.y += dy
		l.emit(o)
	}
	prev.ops = prev.ops[:h.from]
	l.y = h.bottom + dy
}

package pdf

import (
	"strconv"

	"github.com/gdprkit/gdprkit/doc"
)

// blocks lays out blocks in order.
func (l *layout) blocks(bs []doc.Block) {
	for _, b := range bs {
		l.block(b)
	}
}

// block lays out one block: the type switch over the closed set.
func (l *layout) block(b doc.Block) {
	switch b := b.(type) {
	case doc.Section:
		l.section(b)
	case doc.Paragraph:
		l.paragraph(b.Inlines)
	case doc.List:
		l.list(b)
	case doc.DefinitionList:
		l.definitions(b)
	case doc.Table:
		l.table(b, tableOptions{})
	case doc.Note:
		l.note(b)
	}
}

// paragraph lays out justified body text.
func (l *layout) paragraph(in []doc.Inline) {
	p := l.bodyText(in)
	if len(p.lines) == 0 {
		return
	}
	l.flow(p, l.left, l.measure(), true, true)
	l.y += l.paraGap
}

// headingStyle sizes a heading by its level (1 is the largest).
func headingStyle(level int) textStyle {
	sizes := [...]float64{15, 12.5, 11, 10}
	return textStyle{size: sizes[min(max(level, 1), len(sizes))-1], base: bold, color: colorHeading, leading: 1.3}
}

// headingSpace is the space before a heading of a level.
func headingSpace(level int) float64 {
	switch level {
	case 1:
		return 7
	case 2:
		return 5
	}
	return 4
}

// section lays out a heading, bookmarked in the outline, and its blocks.
func (l *layout) section(s doc.Section) {
	l.sectionDepth++
	defer func() { l.sectionDepth-- }()
	title := l.z.line(s.Title)
	if title == "" {
		l.blocks(s.Blocks)
		return
	}
	l.heading(title, l.sectionDepth, l.lead(s.Blocks))
	l.outline++
	l.blocks(s.Blocks)
	l.outline--
}

// heading places a heading with a bookmark, kept with lead millimetres of
// what follows, and holds it so that it follows that text to a new page.
func (l *layout) heading(title string, level int, lead float64) {
	ts := headingStyle(level)
	p := l.setString(title, ts, l.measure())
	before, after := headingSpace(level), headingAfter(level)
	if l.atTop() {
		before = 0
	}
	need := before + p.height() + after + min(lead, l.bodyHeight()/3)
	if need > l.room() && !l.atTop() {
		l.newPage() // which may carry a heading above this one along
		if l.atTop() {
			before = 0
		}
	}
	l.y += before
	page, from, top := l.pi, len(l.cur().ops), l.y
	l.emit(op{kind: opBookmark, level: l.outline, y: l.y, text: title})
	l.flow(p, l.left, l.measure(), false, false)
	if level == 1 {
		l.emit(op{kind: opLine, x: l.left, y: l.y + 0.6, w: l.measure(), size: 0.25, color: colorRule})
	}
	l.y += after
	if l.pi == page {
		l.hold(from, top)
	}
}

// headingAfter is the space between a heading and its text.
func headingAfter(level int) float64 {
	if level == 1 {
		return 3.2
	}
	return 1.8
}

// list lays out a bulleted or numbered list; items are indented per level
// and their markers hang in the indentation.
func (l *layout) list(li doc.List) {
	l.listDepth++
	defer func() { l.listDepth-- }()
	indent := l.indentBy(listIndent)
	savedGap := l.paraGap
	l.paraGap = itemGap
	for i, it := range li.Items {
		text := "•"
		if l.listDepth%2 == 0 {
			text = "–"
		}
		if li.Ordered {
			text = strconv.Itoa(i+1) + "."
		}
		l.left += indent
		l.marker = &marker{text: text, x: l.left - markerSpace}
		l.blocks(it.Blocks)
		l.flushMarker()
		l.left -= indent
	}
	l.paraGap = savedGap
	if l.listDepth == 1 {
		l.y += blockGap - itemGap
	}
}

// Definition list geometry.
const (
	termShare = 0.3 // of the measure, for the term column
	termMax   = 52  // mm
	termGap   = 4   // mm between term and description
	// stackBelow is the measure under which terms go above their
	// descriptions instead of beside them.
	stackBelow = 100
)

// definitionGeometry is how a definition list is set on the current
// measure.
type definitionGeometry struct {
	stacked   bool      // terms above their descriptions
	termStyle textStyle // bold body text
	termW     float64   // the measure of the terms
	dx        float64   // the indentation of the descriptions
}

func (l *layout) definitionGeometry() definitionGeometry {
	g := definitionGeometry{termStyle: bodyStyle, stacked: l.measure() < stackBelow}
	g.termStyle.base = bold
	if g.stacked {
		g.termW, g.dx = l.measure(), l.indentBy(listIndent)
	} else {
		g.termW = min(termShare*l.measure(), termMax)
		g.dx = g.termW + termGap
	}
	return g
}

// definitions lays out terms in bold in a left column and descriptions
// beside them; on a narrow measure, terms above indented descriptions.
func (l *layout) definitions(dl doc.DefinitionList) {
	g := l.definitionGeometry()
	for _, it := range dl.Items {
		term := l.setText(it.Term, g.termStyle, g.termW)
		l.ensure(l.definitionKeep(it, term, g))
		if g.stacked {
			l.flow(term, l.left, g.termW, false, true)
			l.left += g.dx
			l.blocks(it.Description)
			l.flushMarker()
			l.left -= g.dx
			if len(it.Description) == 0 {
				l.y += l.paraGap
			}
			continue
		}
		// The term is placed once its description is: a heading above
		// stays where it is.
		l.settle()
		startPage, startY := l.pi, l.y
		l.left += g.dx
		l.blocks(it.Description)
		l.left -= g.dx
		endPage, endY := l.pi, l.y
		// The term goes beside the start of its description; a heading
		// that ended the description stays where it is.
		l.settle()
		l.pi, l.y = startPage, startY
		l.flow(term, l.left, g.termW, false, false)
		l.flushMarker()
		if len(term.lines) > 0 {
			l.y += l.paraGap
		}
		if endPage > l.pi || (endPage == l.pi && endY > l.y) {
			l.pi, l.y = endPage, endY
		}
	}
	if l.listDepth == 0 {
		l.y += blockGap - l.paraGap
	}
}

// Note geometry, in millimetres.
const (
	notePad      = 2.6 // above and below the content
	noteInset    = 5.0 // from the box's left edge to the text
	noteRight    = 3.5 // from the text to the box's right edge
	noteBarW     = 1.3 // the accent bar
	noteTitleGap = 1.0 // between the title and the content
)

// notePalette is the background and accent colours of a note kind.
func notePalette(k doc.NoteKind) (bg, accent color) {
	switch k {
	case doc.NoteLegal:
		return color{0xf1, 0xef, 0xf8}, color{0x5b, 0x4a, 0x9e}
	case doc.NoteWarning:
		return color{0xfd, 0xf3, 0xe1}, color{0xd9, 0x82, 0x00}
	case doc.NoteMissing:
		return color{0xfd, 0xe7, 0xe4}, color{0xc6, 0x28, 0x28}
	}
	return color{0xea, 0xf1, 0xfa}, color{0x2f, 0x6d, 0xb5}
}

// noteGeometry is how a note is set on the current measure.
type noteGeometry struct {
	inset, right float64 // from the box's edges to the text
	title        para
	bg, accent   color
}

func (l *layout) noteGeometry(n doc.Note) noteGeometry {
	g := noteGeometry{inset: noteInset, right: noteRight}
	g.bg, g.accent = notePalette(n.Kind)
	if l.measure()-g.inset-g.right < minMeasure {
		g.inset, g.right = noteBarW+0.7, 0
	}
	titleStyle := noteStyle
	titleStyle.base, titleStyle.color = bold, g.accent
	g.title = l.setString(l.z.line(n.Title), titleStyle, l.measure()-g.inset-g.right)
	return g
}

// note lays out a shaded box with an accent bar on the left, a title in
// the accent colour and the note's blocks; the box follows its content
// across pages.
func (l *layout) note(n doc.Note) {
	g := l.noteGeometry(n)
	tp := g.title
	if len(tp.lines) == 0 && len(n.Blocks) == 0 {
		return
	}
	bg, accent := g.bg, g.accent
	x0, x1 := l.left, l.right
	l.ensure(l.noteKeep(n))
	// The box is placed once its content is: a heading above stays.
	l.settle()
	startPage, startOp, startY := l.pi, len(l.cur().ops), l.y
	savedGap := l.paraGap
	l.left, l.right, l.paraGap = x0+g.inset, x1-g.right, itemGap
	l.y += notePad
	if len(tp.lines) > 0 {
		l.flow(tp, l.left, l.measure(), false, false)
		l.y += noteTitleGap
	}
	l.blocks(n.Blocks)
	l.flushMarker()
	l.settle() // the box is inserted below: held indexes would be stale
	l.left, l.right, l.paraGap = x0, x1, savedGap
	if len(n.Blocks) > 0 {
		// The last paragraph's gap becomes part of the bottom padding.
		l.y = max(l.y-itemGap, l.geo.bodyTop())
	}
	l.y = min(l.y+notePad, l.geo.bodyBottom())
	// The box goes under the text already laid out: insert it before the
	// note's first operation on its first page, first on the others.
	for pi := startPage; pi <= l.pi; pi++ {
		top, bottom, at := l.geo.bodyTop(), l.geo.bodyBottom(), 0
		if pi == startPage {
			top, at = startY, startOp
		}
		if pi == l.pi {
			bottom = l.y
		}
		if bottom <= top {
			continue
		}
		box := []op{
			{kind: opRect, x: x0, y: top, w: x1 - x0, h: bottom - top, color: bg},
			{kind: opRect, x: x0, y: top, w: noteBarW, h: bottom - top, color: accent},
		}
		p := l.pages[pi]
		p.ops = append(p.ops[:at], append(box, p.ops[at:]...)...)
	}
	l.y += blockGap
}

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
	p := l.setText(in, bodyStyle, l.measure())
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

// keepLines is how many body lines must fit under a heading, so a heading
// never ends a page on its own.
const keepLines = 3

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
// what follows.
func (l *layout) heading(title string, level int, lead float64) {
	ts := headingStyle(level)
	p := l.setString(title, ts, l.measure())
	before, after := headingSpace(level), headingAfter(level)
	if l.atTop() {
		before = 0
	}
	need := before + p.height() + after + min(lead, l.bodyHeight()/3)
	if need > l.room() && !l.atTop() {
		l.newPage()
		before = 0
	}
	l.y += before
	l.emit(op{kind: opBookmark, level: l.outline, y: l.y, text: title})
	l.flow(p, l.left, l.measure(), false, false)
	if level == 1 {
		l.emit(op{kind: opLine, x: l.left, y: l.y + 0.6, w: l.measure(), size: 0.25, color: colorRule})
	}
	l.y += after
}

// headingAfter is the space between a heading and its text.
func headingAfter(level int) float64 {
	if level == 1 {
		return 3.2
	}
	return 1.8
}

// headingHeight estimates the height a one-line heading takes.
func headingHeight(level int) float64 {
	return headingSpace(level) + headingStyle(level).lineHeight() + headingAfter(level)
}

// lead is the height the start of blocks needs to stay with the heading
// above it.
func (l *layout) lead(bs []doc.Block) float64 {
	lines := keepLines * bodyStyle.lineHeight()
	if len(bs) == 0 {
		return 0
	}
	switch b := bs[0].(type) {
	case doc.Section:
		return headingHeight(l.sectionDepth+1) + l.lead(b.Blocks)
	case doc.Table:
		return max(lines, l.tableLead(b))
	case doc.Note:
		return 2*notePad + noteStyle.lineHeight()*3
	}
	return lines
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

// definitions lays out terms in bold in a left column and descriptions
// beside them; on a narrow measure, terms above indented descriptions.
func (l *layout) definitions(dl doc.DefinitionList) {
	termStyle := bodyStyle
	termStyle.base = bold
	stacked := l.measure() < stackBelow
	termW := min(termShare*l.measure(), termMax)
	if stacked {
		termW = l.measure()
	}
	for _, it := range dl.Items {
		term := l.setText(it.Term, termStyle, termW)
		if stacked {
			l.flow(term, l.left, termW, false, true)
			dx := l.indentBy(listIndent)
			l.left += dx
			l.blocks(it.Description)
			l.flushMarker()
			l.left -= dx
			if len(it.Description) == 0 {
				l.y += l.paraGap
			}
			continue
		}
		l.ensure(max(2*bodyStyle.lineHeight(), min(l.lead(it.Description), l.bodyHeight()/3), term.height()))
		startPage, startY := l.pi, l.y
		dx := termW + termGap
		l.left += dx
		l.blocks(it.Description)
		l.left -= dx
		endPage, endY := l.pi, l.y
		// The term goes beside the start of its description.
		l.pi, l.y = startPage, startY
		l.flow(term, l.left, termW, false, false)
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
	notePad    = 2.6 // above and below the content
	noteInset  = 5.0 // from the box's left edge to the text
	noteRight  = 3.5 // from the text to the box's right edge
	noteBarW   = 1.3 // the accent bar
	noteMinTop = 2   // lines of content kept with the title
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

// note lays out a shaded box with an accent bar on the left, a title in
// the accent colour and the note's blocks; the box follows its content
// across pages.
func (l *layout) note(n doc.Note) {
	title := l.z.line(n.Title)
	if title == "" && len(n.Blocks) == 0 {
		return
	}
	bg, accent := notePalette(n.Kind)
	x0, x1 := l.left, l.right
	inset, right := noteInset, noteRight
	if l.measure()-inset-right < minMeasure {
		inset, right = noteBarW+0.7, 0
	}
	titleStyle := noteStyle
	titleStyle.base, titleStyle.color = bold, accent
	tp := l.setString(title, titleStyle, l.measure()-inset-right)
	l.ensure(2*notePad + tp.height() + noteMinTop*noteStyle.lineHeight())
	startPage, startOp, startY := l.pi, len(l.cur().ops), l.y
	savedGap := l.paraGap
	l.left, l.right, l.paraGap = x0+inset, x1-right, itemGap
	l.y += notePad
	if len(tp.lines) > 0 {
		l.flow(tp, l.left, l.measure(), false, false)
		l.y += 1
	}
	l.blocks(n.Blocks)
	l.flushMarker()
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

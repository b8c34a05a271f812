package pdf

import (
	"math"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// Table geometry, in millimetres.
const (
	cellPadX   = 1.6
	cellPadY   = 1.2
	gridWidth  = 0.2
	minColumn  = 12  // narrowest column, unless the table is too narrow
	splitLines = 3   // a row is split only where at least this many lines fit
	captionGap = 1.2 // between a caption and its table
)

var colorZebra = color{0xf7, 0xf8, 0xfa}

// tableOptions change how a table looks.
type tableOptions struct {
	// noHeader drops the header row (key-value tables).
	noHeader bool
	// labelColumn sets the first column in bold on a shaded background.
	labelColumn bool
}

// tableLayout is a table being placed.
type tableLayout struct {
	l      *layout
	opt    tableOptions
	x      []float64 // left edge of each column, and the right edge last
	header []para
	// repeat is whether the header row is drawn again on each new page.
	repeat bool
	// freshY is where rows start on a page just begun by this table.
	freshY  float64
	freshPI int
}

// columnWidths turns the relative widths of n columns into millimetres
// summing to total. A zero (or invalid) width takes the average share of
// the others; no column gets narrower than minColumn when there is room.
func columnWidths(cols []doc.Column, n int, total float64, floors []float64) []float64 {
	ws := make([]float64, n)
	sum, set := 0.0, 0
	for i := 0; i < n && i < len(cols); i++ {
		if w := cols[i].Width; w > 0 && !math.IsInf(w, 0) && !math.IsNaN(w) {
			ws[i] = w
			sum += w
			set++
		}
	}
	share := 1.0
	if set > 0 {
		share = sum / float64(set)
	}
	sum = 0
	for i := range ws {
		if ws[i] == 0 {
			ws[i] = share
		}
		sum += ws[i]
	}
	for i := range ws {
		ws[i] = total * ws[i] / sum
	}
	// Each column is at least as wide as its floor (the longest word of
	// its title) when all floors fit, else at least minColumn.
	fl := make([]float64, n)
	sumFloors := 0.0
	for i := range fl {
		fl[i] = minColumn
		if i < len(floors) {
			fl[i] = max(fl[i], floors[i])
		}
		sumFloors += fl[i]
	}
	if sumFloors > total {
		for i := range fl {
			fl[i] = math.Min(minColumn, total/float64(n))
		}
	}
	narrow, rest := 0.0, 0.0
	for i, w := range ws {
		if w < fl[i] {
			narrow += fl[i] - w
		} else {
			rest += w - fl[i]
		}
	}
	if narrow > 0 && rest > 0 {
		// Take the missing width from the others, in proportion to what
		// they have above their floor.
		for i, w := range ws {
			if w < fl[i] {
				ws[i] = fl[i]
			} else {
				ws[i] = w - math.Min(narrow, rest)*(w-fl[i])/rest
			}
		}
	}
	return ws
}

// titleFloors are the widths of the longest word of each column title, so
// a header never breaks inside a word when the table has room.
func (l *layout) titleFloors(cols []doc.Column) []float64 {
	hs := cellStyle
	hs.base = bold
	fl := make([]float64, len(cols))
	for i, c := range cols {
		for _, w := range strings.Fields(l.z.line(c.Title)) {
			fl[i] = max(fl[i], l.m.width(hs.base, hs.size, w)+2*cellPadX+0.5)
		}
	}
	return fl
}

// columnCount is the number of columns: the titles, or the longest row.
func columnCount(t doc.Table) int {
	n := len(t.Columns)
	for _, r := range t.Rows {
		n = max(n, len(r))
	}
	return n
}

// newTableLayout measures the columns and the header of t.
func (l *layout) newTableLayout(t doc.Table, opt tableOptions) *tableLayout {
	n := columnCount(t)
	ws := columnWidths(t.Columns, n, l.measure(), l.titleFloors(t.Columns))
	tl := &tableLayout{l: l, opt: opt, x: make([]float64, n+1)}
	tl.x[0] = l.left
	for i, w := range ws {
		tl.x[i+1] = tl.x[i] + w
	}
	tl.x[n] = l.right // no rounding gap at the right edge
	titled := false
	for _, c := range t.Columns {
		titled = titled || strings.TrimSpace(c.Title) != ""
	}
	if !opt.noHeader && titled {
		hs := cellStyle
		hs.base, hs.color = bold, colorHeading
		tl.header = make([]para, n)
		for i := range tl.header {
			title := ""
			if i < len(t.Columns) {
				title = t.Columns[i].Title
			}
			tl.header[i] = l.setString(title, hs, tl.cellWidth(i))
		}
		tl.repeat = rowHeight(tl.header) <= l.bodyHeight()/4
	}
	return tl
}

// cellWidth is the text width of column i.
func (tl *tableLayout) cellWidth(i int) float64 {
	return max(tl.x[i+1]-tl.x[i]-2*cellPadX, 1)
}

// cells lays out the cells of a row.
func (tl *tableLayout) cells(r doc.Row) []para {
	ps := make([]para, len(tl.x)-1)
	for i := range ps {
		ts := cellStyle
		if tl.opt.labelColumn && i == 0 {
			ts.base = bold
		}
		var in []doc.Inline
		if i < len(r) {
			in = r[i]
		}
		ps[i] = tl.l.setText(in, ts, tl.cellWidth(i))
	}
	return ps
}

// rowHeight is the height of a row whose cells are ps.
func rowHeight(ps []para) float64 {
	if len(ps) == 0 {
		return 0
	}
	return float64(rowLines(ps))*cellStyle.lineHeight() + 2*cellPadY
}

// rowLines is the number of lines of the tallest cell, at least one.
func rowLines(ps []para) int {
	n := 1
	for _, p := range ps {
		n = max(n, len(p.lines))
	}
	return n
}

// keep is the height the table needs at the top of the page it starts
// on: caption, header and first row, or the first lines of a first row
// too tall for a page, which is then split.
func (tl *tableLayout) keep(caption para, first []para) float64 {
	l := tl.l
	h := caption.height() + rowHeight(tl.header)
	if len(caption.lines) > 0 {
		h += captionGap
	}
	if first != nil {
		if row := rowHeight(first); h+row <= l.bodyHeight() {
			h += row
		} else {
			h += float64(splitLines)*cellStyle.lineHeight() + 2*cellPadY
		}
	}
	return min(h, l.bodyHeight())
}

// tableLead is the height table t needs at the top of the page it starts
// on, as [layout.table] will ask for it.
func (l *layout) tableLead(t doc.Table) float64 {
	caption := l.setString(l.z.line(t.Caption), captionStyle, l.measure())
	if columnCount(t) == 0 {
		return min(caption.height(), l.bodyHeight())
	}
	tl := l.newTableLayout(t, tableOptions{})
	var first []para
	if len(t.Rows) > 0 {
		first = tl.cells(t.Rows[0])
	}
	return tl.keep(caption, first)
}

// table lays out a table: caption above, a shaded header row repeated on
// every page, rows that never cross the page bottom. A row taller than a
// page is split between lines.
func (l *layout) table(t doc.Table, opt tableOptions) {
	caption := l.setString(l.z.line(t.Caption), captionStyle, l.measure())
	if columnCount(t) == 0 {
		if len(caption.lines) > 0 {
			l.flow(caption, l.left, l.measure(), false, true)
			l.y += blockGap
		}
		return
	}
	tl := l.newTableLayout(t, opt)
	var first []para
	if len(t.Rows) > 0 {
		first = tl.cells(t.Rows[0])
	}
	// Keep caption, header and first row (or its first lines) together.
	l.ensure(tl.keep(caption, first))
	if len(caption.lines) > 0 {
		l.flow(caption, l.left, l.measure(), false, false)
		l.y += captionGap
	}
	tl.freshPI, tl.freshY = -1, 0
	if tl.header != nil {
		tl.row(tl.header, colorHeaderBg, true)
	}
	for i, r := range t.Rows {
		cells := first
		if i > 0 {
			cells = tl.cells(r)
		}
		var bg color
		if i%2 == 1 {
			bg = colorZebra
		}
		tl.row(cells, bg, false)
	}
	l.y += blockGap
}

// newPage continues the table on a new page, under a repeated header.
func (tl *tableLayout) newPage() {
	l := tl.l
	l.newPage()
	if tl.repeat {
		tl.row(tl.header, colorHeaderBg, true)
	}
	tl.freshPI, tl.freshY = l.pi, l.y
}

// fresh reports whether the table has just begun the current page, so a
// new page would give no more room.
func (tl *tableLayout) fresh() bool {
	l := tl.l
	return l.atTop() || (l.pi == tl.freshPI && l.y <= tl.freshY+1e-6)
}

// row places one row, splitting it between lines across pages when it is
// taller than a page can hold.
func (tl *tableLayout) row(cells []para, bg color, header bool) {
	l := tl.l
	lh := cellStyle.lineHeight()
	total := rowLines(cells)
	breakPage := func() {
		if header {
			l.newPage()
		} else {
			tl.newPage()
		}
	}
	if h := rowHeight(cells); h > l.room()+1e-6 && !tl.fresh() {
		// Move the row whole to the next page if it fits there;
		// otherwise split it here if a few lines fit.
		headerH := 0.0
		if tl.repeat && !header {
			headerH = rowHeight(tl.header)
		}
		if h <= l.bodyHeight()-headerH || int((l.room()-2*cellPadY)/lh) < splitLines {
			breakPage()
		}
	}
	for done := 0; done < total; {
		fit := int((l.room() - 2*cellPadY + 1e-6) / lh)
		if fit < total-done && fit < splitLines && !tl.fresh() {
			breakPage()
			continue
		}
		take := min(max(fit, 1), total-done)
		tl.drawRow(cells, bg, done, take)
		done += take
		if done < total {
			breakPage()
		}
	}
}

// drawRow draws lines [from, from+n) of each cell, with fills and grid.
func (tl *tableLayout) drawRow(cells []para, bg color, from, n int) {
	l := tl.l
	lh := cellStyle.lineHeight()
	h := float64(n)*lh + 2*cellPadY
	top := l.y
	for i := range cells {
		c := bg
		if tl.opt.labelColumn && i == 0 {
			c = colorLabelBg
		}
		if c != (color{}) {
			l.emit(op{kind: opRect, x: tl.x[i], y: top, w: tl.x[i+1] - tl.x[i], h: h, color: c})
		}
	}
	for i, p := range cells {
		for k := from; k < from+n && k < len(p.lines); k++ {
			l.drawLine(p, p.lines[k], tl.x[i]+cellPadX, top+cellPadY+float64(k-from)*lh, tl.cellWidth(i), false)
		}
	}
	x0, x1 := tl.x[0], tl.x[len(tl.x)-1]
	l.emit(op{kind: opLine, x: x0, y: top, w: x1 - x0, size: gridWidth, color: colorGrid})
	l.emit(op{kind: opLine, x: x0, y: top + h, w: x1 - x0, size: gridWidth, color: colorGrid})
	for _, x := range tl.x {
		l.emit(op{kind: opLine, x: x, y: top, h: h, size: gridWidth, color: colorGrid})
	}
	l.y += h
}

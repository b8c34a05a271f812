package docx

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/gdprkit/gdprkit/doc"
)

// tableSpec is a table and how the renderer draws it.
type tableSpec struct {
	doc.Table
	// labelColumn styles the first column as labels (a form such as the
	// document-control table) and implies no header row.
	labelColumn bool
}

// Cell geometry of the Data Table style.
const (
	cellMarginX = 100 // left and right cell margin
	minColumn   = 567 // 1 cm, unless the table is too narrow for it
)

// table writes the caption, the table and a small gap after it. The header
// row repeats on every page; a row that fits comfortably on a page may not
// break across pages, a long one may.
func (r *renderer) table(t tableSpec, c blockCtx) {
	cols := len(t.Columns)
	for _, row := range t.Rows {
		cols = max(cols, len(row))
	}
	if t.Caption != "" {
		r.body.Start("w:p")
		r.pPr(sCaption, pOpts{indent: c.indent})
		r.text(t.Caption, runFmt{})
		r.body.End()
	}
	if cols == 0 {
		return
	}
	widths := columnWidths(t.Columns, cols, c.width)
	b := &r.body
	b.Start("w:tbl")
	b.Start("w:tblPr")
	b.Empty("w:tblStyle", "w:val", r.style(sDataTable))
	b.Empty("w:tblW", "w:w", itoa(c.width), "w:type", "dxa")
	if c.indent != 0 {
		b.Empty("w:tblInd", "w:w", itoa(c.indent), "w:type", "dxa")
	}
	b.Empty("w:tblLayout", "w:type", "fixed")
	b.Empty("w:tblLook", "w:val", "0420", "w:firstRow", "1", "w:lastRow", "0", "w:firstColumn", "0", "w:lastColumn", "0", "w:noHBand", "1", "w:noVBand", "1")
	b.End()
	b.Start("w:tblGrid")
	for _, w := range widths {
		b.Empty("w:gridCol", "w:w", itoa(w))
	}
	b.End()

	header := false
	for _, col := range t.Columns {
		header = header || col.Title != ""
	}
	if header && !t.labelColumn {
		b.Start("w:tr")
		b.Start("w:trPr")
		b.Empty("w:cantSplit")
		b.Empty("w:tblHeader")
		b.End()
		for i, w := range widths {
			title := ""
			if i < len(t.Columns) {
				title = t.Columns[i].Title
			}
			r.cell(w, fillHeader, sTableHeading, []doc.Inline{doc.Text(title)})
		}
		b.End()
	}
	for _, row := range t.Rows {
		b.Start("w:tr")
		if rowFits(row, widths) {
			b.Start("w:trPr")
			b.Empty("w:cantSplit")
			b.End()
		}
		for i, w := range widths {
			var cell doc.Cell
			if i < len(row) {
				cell = row[i]
			}
			if i == 0 && t.labelColumn {
				r.cell(w, fillHeader, sTableHeading, cell)
			} else {
				r.cell(w, "", sTableText, cell)
			}
		}
		b.End()
	}
	b.End()
	r.gap(false)
}

// cell writes one table cell holding one paragraph.
func (r *renderer) cell(width int, fill, style string, in []doc.Inline) {
	b := &r.body
	b.Start("w:tc")
	b.Start("w:tcPr")
	b.Empty("w:tcW", "w:w", itoa(width), "w:type", "dxa")
	if fill != "" {
		b.Empty("w:shd", "w:val", "clear", "w:color", "auto", "w:fill", fill)
	}
	b.End()
	b.Start("w:p")
	r.pPr(style, pOpts{})
	r.inlines(in, runFmt{})
	b.End()
	b.End()
}

// gap writes the small paragraph that separates a table from what
// follows; it also gives a table cell the closing paragraph Word requires
// after a nested table. With pageBreak it ends the page.
func (r *renderer) gap(pageBreak bool) {
	b := &r.body
	b.Start("w:p")
	r.pPr(sTableSpacing, pOpts{})
	if pageBreak {
		b.Start("w:r")
		b.Empty("w:br", "w:type", "page")
		b.End()
	}
	b.End()
}

// columnWidths shares total twips among n columns in proportion to their
// widths. A zero, negative or non-finite width — and a column beyond
// those declared — counts as the average declared width, so "all zero"
// means equal columns. Every column gets at least minColumn when the
// table is wide enough; the widths add up to total exactly.
func columnWidths(cols []doc.Column, n, total int) []int {
	weights := make([]float64, n)
	sum, count := 0.0, 0
	for i := 0; i < n && i < len(cols); i++ {
		w := cols[i].Width
		if w > 0 && !math.IsInf(w, 0) && !math.IsNaN(w) {
			weights[i] = w
			sum += w
			count++
		}
	}
	mean := 1.0
	if count > 0 {
		mean = sum / float64(count)
	}
	// Scale to at most 1 so that huge widths cannot overflow the sum.
	top := 0.0
	for i, w := range weights {
		if w == 0 {
			weights[i] = mean
		}
		top = max(top, weights[i])
	}
	sum = 0
	for i := range weights {
		weights[i] /= top
		sum += weights[i]
	}
	floor := min(minColumn, total/n)
	spare := total - floor*n
	widths := make([]int, n)
	used := 0
	for i, w := range weights {
		widths[i] = floor + int(float64(spare)*w/sum)
		used += widths[i]
	}
	widths[n-1] += total - used
	return widths
}

// rowFits reports whether a row is short enough to keep on one page: its
// tallest cell, estimated from its text, needs at most 15 lines.
func rowFits(row doc.Row, widths []int) bool {
	const (
		charWidth = 95 // twips, an average character of 9.5 pt text
		maxLines  = 15
	)
	for i, cell := range row {
		if i >= len(widths) {
			break
		}
		perLine := max((widths[i]-2*cellMarginX)/charWidth, 1)
		lines := 0
		for line := range strings.SplitSeq(doc.PlainText(cell), "\n") {
			lines += max(1, (utf8.RuneCountInString(line)+perLine-1)/perLine)
			if lines > maxLines {
				return false
			}
		}
	}
	return true
}

package xlsx

import (
	"github.com/gdprkit/gdprkit/doc"
)

// sheetPlan is where everything of one sheet goes, decided before any of it
// is written: the stream writer allows no going back.
type sheetPlan struct {
	name  string
	sheet *doc.Sheet
	cols  int       // columns in use: the header's or the longest row's
	width []float64 // per column, in characters

	title, subtitle string // the cover's title block; "" for none
	headerRow       int    // row of the header, 0 for none
	firstRow        int    // row of the first data row
	lists           []*choiceList
}

// Row numbers are 1-based, as in Excel.
const (
	// coverTitleRows is the title block of a cover: title, subtitle and
	// an empty row before the form.
	coverTitleRows = 3
	// templateRows is how far below the header a drop-down list reaches
	// at least, so that rows a user adds to a short (or empty) register
	// get the drop-down too.
	templateRows = 100
)

// planSheet lays out one sheet. The cover gets a title block when the
// sheet is the first one and a form.
func planSheet(s *doc.Sheet, name string, cover bool, meta *doc.Meta) *sheetPlan {
	p := &sheetPlan{name: name, sheet: s, cols: len(s.Columns)}
	for _, r := range s.Rows {
		p.cols = max(p.cols, len(r))
	}
	row := 1
	if cover {
		p.title, p.subtitle = oneLine(meta.Title), oneLine(meta.Subtitle)
		if p.title != "" || p.subtitle != "" {
			row += coverTitleRows
		}
	}
	// A form shows a header only when its columns have titles; a table
	// always has one.
	if p.cols > 0 && (!s.Form || hasTitles(s.Columns)) {
		p.headerRow = row
		row++
	}
	p.firstRow = row
	p.width = columnWidths(s, p.cols)
	return p
}

// lastRow is the row of the last data row, or of the header when there is
// no data.
func (p *sheetPlan) lastRow() int {
	return p.firstRow + len(p.sheet.Rows) - 1
}

// hasTitles reports whether any column has a title.
func hasTitles(cols []doc.SheetColumn) bool {
	for _, c := range cols {
		if oneLine(c.Title) != "" {
			return true
		}
	}
	return false
}

// columnWidths chooses each column's width: the one the sheet asks for,
// or one that fits the content, within bounds that keep a sheet readable.
func columnWidths(s *doc.Sheet, cols int) []float64 {
	widths := make([]float64, cols)
	for i := range widths {
		lo, hi := float64(minColumnWidth), float64(maxColumnWidth)
		if s.Form && i == 0 {
			hi = maxLabelWidth
		} else if s.Form && i == 1 {
			hi = maxValueWidth
		}
		var title string
		if i < len(s.Columns) {
			if w := s.Columns[i].Width; w > 0 {
				widths[i] = min(w, maxExcelWidth)
				continue
			}
			title = s.Columns[i].Title
		}
		// A header wraps, but in at most about three lines.
		need := max(longestWord(title), (textWidth(title)+2)/3)
		for _, r := range s.Rows {
			if float64(need+columnPadding) >= hi {
				break // no need to measure further: the bound is reached
			}
			if i < len(r) {
				need = max(need, textWidth(r[i]))
			}
		}
		widths[i] = clampWidth(float64(need+columnPadding), lo, hi)
	}
	return widths
}

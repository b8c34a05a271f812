package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// sheetWriter writes the sheets of one workbook.
type sheetWriter struct {
	f         *excelize.File
	style     styles
	maxHeight float64
	lists     *listsSheet
	page      pageSetup
}

// write writes one planned sheet. Everything that is not a row — filter,
// drop-downs, page setup, dimension — goes in before the stream writer
// starts, since the stream writer copies those parts when it begins and
// ends; rows go through the stream writer, which keeps 10,000 rows fast.
func (w *sheetWriter) write(p *sheetPlan) error {
	if err := w.prepare(p); err != nil {
		return fmt.Errorf("xlsx: sheet %q: %w", p.name, err)
	}
	sw, err := w.f.NewStreamWriter(p.name)
	if err != nil {
		return fmt.Errorf("xlsx: sheet %q: %w", p.name, err)
	}
	if err := w.stream(sw, p); err != nil {
		return fmt.Errorf("xlsx: sheet %q: %w", p.name, err)
	}
	// Without Flush the sheet is corrupt, though saving succeeds.
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("xlsx: sheet %q: flush: %w", p.name, err)
	}
	return nil
}

// prepare sets what the stream writer copies from the worksheet.
func (w *sheetWriter) prepare(p *sheetPlan) error {
	if p.cols == 0 {
		return w.page.apply(w.f, p)
	}
	lastCol, err := excelize.ColumnNumberToName(p.cols)
	if err != nil {
		return err
	}
	top := 1
	if p.title == "" && p.subtitle == "" && p.headerRow > 0 {
		top = p.headerRow
	}
	bottom := max(p.lastRow(), p.headerRow, top)
	if err := w.f.SetSheetDimension(p.name, fmt.Sprintf("A%d:%s%d", top, lastCol, bottom)); err != nil {
		return err
	}
	if !p.sheet.Form && p.headerRow > 0 {
		ref := fmt.Sprintf("A%d:%s%d", p.headerRow, lastCol, max(p.lastRow(), p.headerRow))
		if err := addAutoFilter(w.f, p.name, ref); err != nil {
			return err
		}
	}
	if err := addValidations(w.f, p, w.lists); err != nil {
		return err
	}
	// After the filter: excelize's AutoFilter replaces the sheet properties.
	return w.page.apply(w.f, p)
}

// addAutoFilter puts a filter on the header of ref. excelize quotes the
// sheet name in the filter's defined name without doubling apostrophes, so
// for a name with one the defined name is written again, correctly.
func addAutoFilter(f *excelize.File, sheet, ref string) error {
	if err := f.AutoFilter(sheet, ref, nil); err != nil {
		return fmt.Errorf("autofilter: %w", err)
	}
	if quoteSheetName(sheet) == "'"+sheet+"'" {
		return nil
	}
	const filterName = "_xlnm._FilterDatabase"
	if err := f.DeleteDefinedName(&excelize.DefinedName{Name: filterName, Scope: sheet}); err != nil {
		return fmt.Errorf("autofilter: %w", err)
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name: filterName, Scope: sheet,
		RefersTo: quoteSheetName(sheet) + "!" + absoluteRef(ref),
	})
}

// stream writes columns, panes and rows.
func (w *sheetWriter) stream(sw *excelize.StreamWriter, p *sheetPlan) error {
	for i, width := range p.width {
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	if p.cols > 0 {
		if err := sw.SetColStyle(1, p.cols, w.style.column); err != nil {
			return err
		}
	}
	if !p.sheet.Form && p.headerRow > 0 {
		below, _ := excelize.CoordinatesToCellName(1, p.headerRow+1)
		if err := sw.SetPanes(&excelize.Panes{
			Freeze: true, YSplit: p.headerRow, TopLeftCell: below, ActivePane: "bottomLeft",
			Selection: []excelize.Selection{{SQRef: below, ActiveCell: below, Pane: "bottomLeft"}},
		}); err != nil {
			return err
		}
	}
	if err := w.titleBlock(sw, p); err != nil {
		return err
	}
	// One set of cells, reused row after row: pointers, so that putting
	// a cell into the row allocates nothing.
	vals := make([]excelize.Cell, p.cols)
	cells := make([]any, p.cols)
	for i := range cells {
		cells[i] = &vals[i]
	}
	text := make([]string, p.cols)
	if p.headerRow > 0 {
		for i := range text {
			text[i] = ""
			if i < len(p.sheet.Columns) {
				text[i] = cleanText(p.sheet.Columns[i].Title)
			}
		}
		if err := w.row(sw, p, p.headerRow, text, vals, cells, func(int) int { return w.style.header }); err != nil {
			return err
		}
	}
	cellStyle := func(int) int { return w.style.cell }
	if p.sheet.Form {
		cellStyle = func(col int) int {
			if col == 0 {
				return w.style.label
			}
			return w.style.cell
		}
	}
	for n, r := range p.sheet.Rows {
		for i := range text {
			text[i] = ""
			if i < len(r) {
				text[i] = cleanText(r[i])
			}
		}
		if err := w.row(sw, p, p.firstRow+n, text, vals, cells, cellStyle); err != nil {
			return err
		}
	}
	return nil
}

// row writes one row of text cells, with a height that shows the wrapped
// text: neither excelize nor LibreOffice sizes streamed rows by itself.
// Values are plain strings, stored as inline text: never a formula, even
// when they start with "=".
func (w *sheetWriter) row(sw *excelize.StreamWriter, p *sheetPlan, n int, text []string, vals []excelize.Cell, cells []any, style func(int) int) error {
	for i, t := range text {
		vals[i] = excelize.Cell{StyleID: style(i)} // empty: styled, no value
		if t != "" {
			vals[i].Value = t
		}
	}
	ref, err := excelize.CoordinatesToCellName(1, n)
	if err != nil {
		return err
	}
	return sw.SetRow(ref, cells, excelize.RowOpts{Height: rowHeight(text, p.width, w.maxHeight)})
}

// titleBlock writes the cover's document title and subtitle.
func (w *sheetWriter) titleBlock(sw *excelize.StreamWriter, p *sheetPlan) error {
	if p.title == "" && p.subtitle == "" {
		return nil
	}
	if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: w.style.title, Value: p.title}},
		excelize.RowOpts{Height: 32}); err != nil {
		return err
	}
	if p.subtitle == "" {
		return nil
	}
	return sw.SetRow("A2", []any{excelize.Cell{StyleID: w.style.subtitle, Value: p.subtitle}},
		excelize.RowOpts{Height: 20})
}

// writeLists writes the hidden sheet holding the long drop-down lists.
// addSheets has hidden it already.
func (w *sheetWriter) writeLists() error {
	l := w.lists
	sw, err := w.f.NewStreamWriter(l.name)
	if err != nil {
		return fmt.Errorf("xlsx: lists: %w", err)
	}
	rows := 0
	for _, c := range l.columns {
		rows = max(rows, len(c))
	}
	cells := make([]any, len(l.columns))
	for r := range rows {
		for i, c := range l.columns {
			cells[i] = nil
			if r < len(c) {
				cells[i] = c[r]
			}
		}
		ref, _ := excelize.CoordinatesToCellName(1, r+1)
		if err := sw.SetRow(ref, cells); err != nil {
			return fmt.Errorf("xlsx: lists: %w", err)
		}
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("xlsx: lists: flush: %w", err)
	}
	return nil
}

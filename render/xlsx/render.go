package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/xuri/excelize/v2"
)

// Options tune [Render]. The zero value is the default.
type Options struct {
	// MaxRowHeight caps the height, in points, that a row of wrapped text
	// is given; 0 means 300 (20 lines). Longer text is still all in the
	// cell, behind a scroll or a taller row. Excel allows at most 409.
	MaxRowHeight float64
	// Application names the producing program in the file's app
	// properties; "" means "gdprkit".
	Application string
	// Company goes into the app properties, e.g. the controller's name.
	Company string
}

// ErrNilWorkbook is returned by [Render] when given no workbook.
var ErrNilWorkbook = errors.New("xlsx: nil workbook")

// listsSheetName is the name of the hidden sheet that holds drop-down
// lists too long to write inline; it is made unique like any other.
const listsSheetName = "lists"

// Render writes wb to w as an XLSX workbook. The output is the same bytes
// for the same input. A workbook without sheets still gets one, named
// after the title.
func Render(w io.Writer, wb *doc.Workbook, opts Options) error {
	if wb == nil {
		return ErrNilWorkbook
	}
	maxHeight := opts.MaxRowHeight
	if maxHeight <= 0 {
		maxHeight = defaultMaxRowHt
	}
	maxHeight = min(maxHeight, excelize.MaxRowHeight)
	meta := &wb.Meta
	sheets := wb.Sheets
	if len(sheets) == 0 {
		sheets = []doc.Sheet{{Name: meta.Title, Form: true}}
	}

	plans, lists := planWorkbook(sheets, meta)

	f := excelize.NewFile()
	defer f.Close() // removes the stream writers' temporary files
	if err := addSheets(f, plans, lists); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	sw := &sheetWriter{f: f, style: st, maxHeight: maxHeight, lists: lists, page: newPageSetup(meta)}
	for _, p := range plans {
		if err := sw.write(p); err != nil {
			return err
		}
	}
	if lists.name != "" {
		if err := sw.writeLists(); err != nil {
			return err
		}
	}
	if err := setProperties(f, meta, opts); err != nil {
		return err
	}
	var pkg bytes.Buffer
	if _, err := f.WriteTo(&pkg); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return writeZip(w, pkg.Bytes(), docTime(meta))
}

// planWorkbook names and lays out every sheet, and gathers the drop-down
// lists that need the hidden lists sheet.
func planWorkbook(sheets []doc.Sheet, meta *doc.Meta) ([]*sheetPlan, *listsSheet) {
	namer := newSheetNamer()
	plans := make([]*sheetPlan, len(sheets))
	lists := &listsSheet{}
	for i := range sheets {
		s := &sheets[i]
		name := namer.name(s.Name, "Sheet"+strconv.Itoa(i+1))
		p := planSheet(s, name, i == 0 && s.Form, meta)
		for col, c := range s.Columns {
			cl := newChoiceList(col, c.Choices)
			if cl == nil {
				continue
			}
			if !cl.fitsInline() {
				cl.listCol = lists.add(cl.items)
			}
			p.lists = append(p.lists, cl)
		}
		plans[i] = p
	}
	if len(lists.columns) > 0 {
		lists.name = namer.name(listsSheetName, listsSheetName)
	}
	return plans, lists
}

// addSheets creates the sheets in order: the first replaces excelize's
// default "Sheet1", the hidden lists sheet comes last.
func addSheets(f *excelize.File, plans []*sheetPlan, lists *listsSheet) error {
	names := make([]string, 0, len(plans)+1)
	for _, p := range plans {
		names = append(names, p.name)
	}
	if lists.name != "" {
		names = append(names, lists.name)
	}
	const defaultSheet = "Sheet1"
	if names[0] != defaultSheet {
		if err := f.SetSheetName(defaultSheet, names[0]); err != nil {
			return fmt.Errorf("xlsx: sheet %q: %w", names[0], err)
		}
	}
	for _, name := range names[1:] {
		if _, err := f.NewSheet(name); err != nil {
			return fmt.Errorf("xlsx: sheet %q: %w", name, err)
		}
	}
	if lists.name == "" {
		return nil
	}
	// Hidden now, while every sheet is empty: excelize reads all sheets
	// back to hide one, which after streaming means decoding every row.
	if err := f.SetSheetVisible(lists.name, false); err != nil {
		return fmt.Errorf("xlsx: sheet %q: %w", lists.name, err)
	}
	return nil
}

package xlsx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"sort"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/xlsx"
	"github.com/xuri/excelize/v2"
)

// render renders wb with default options and fails the test on error.
func render(t testing.TB, wb *doc.Workbook) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := xlsx.Render(&buf, wb, xlsx.Options{}); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return buf.Bytes()
}

// open reads a rendered workbook back with excelize.
func open(t testing.TB, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("OpenReader: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// parts unzips a rendered workbook: part name → content.
func parts(t testing.TB, b []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("zip: %v", err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out[f.Name] = string(data)
	}
	return out
}

// sheetParts are the worksheet parts, in name order.
func sheetParts(p map[string]string) []string {
	var names []string
	for name := range p {
		if strings.HasPrefix(name, "xl/worksheets/") && strings.HasSuffix(name, ".xml") {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// cell reads one cell's value and fails the test on error.
func cell(t testing.TB, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref)
	if err != nil {
		t.Fatalf("GetCellValue(%s!%s): %v", sheet, ref, err)
	}
	return v
}

// table is a one-sheet workbook of the given columns and rows.
func table(name string, cols []string, rows ...[]string) *doc.Workbook {
	s := doc.Sheet{Name: name, Rows: rows}
	for _, c := range cols {
		s.Columns = append(s.Columns, doc.SheetColumn{Title: c})
	}
	return &doc.Workbook{Meta: doc.Meta{Title: "Test"}, Sheets: []doc.Sheet{s}}
}

// mustZip opens a rendered workbook as a zip archive.
func mustZip(t testing.TB, b []byte) *zip.Reader {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("zip: %v", err)
	}
	return zr
}

// wellFormed fails the test when a part of the package is not well-formed
// XML.
func wellFormed(t testing.TB, b []byte) {
	t.Helper()
	for name, content := range parts(t, b) {
		d := xml.NewDecoder(strings.NewReader(content))
		for {
			_, err := d.RawToken()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Errorf("%s: %v", name, err)
				break
			}
		}
	}
}

package xlsx

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/xuri/excelize/v2"
)

// FuzzRender renders hostile sheet names, cell text and choices, and reads
// the file back: it must open, with valid unique sheet names, the cleaned
// text in its cell and never a formula. The seeds run in plain go test.
func FuzzRender(f *testing.F) {
	f.Add("Activities", "Assistenza tecnica", "contract")
	f.Add("", "", "")
	f.Add(strings.Repeat("x", 40), "=1+1", "=A1")
	f.Add(`[]:*?/\`, "ctrl\x00\x01\x1f\uFFFE", `a,"b"`)
	f.Add("'quoted'", "line\r\nbreak", strings.Repeat("long choice ", 30))
	f.Add("History", "_x0041_ e\u0300", "e\u0300")
	f.Add("\xff\xfe", "\xff bad utf-8", "\xc3")
	f.Add("Lists", "  spaces  ", " , ")
	f.Fuzz(func(t *testing.T, name, text, choice string) {
		if len(text) > 20000 {
			t.Skip("beyond what a cell holds")
		}
		wb := &doc.Workbook{Meta: doc.Meta{Title: name}}
		for range 2 {
			wb.Sheets = append(wb.Sheets, doc.Sheet{
				Name:    name,
				Columns: []doc.SheetColumn{{Title: text, Choices: []string{choice, "x"}}},
				Rows:    [][]string{{text}},
			})
		}
		wb.Sheets[0].Form = true
		var buf bytes.Buffer
		if err := Render(&buf, wb, Options{}); err != nil {
			t.Fatalf("Render: %v", err)
		}
		out := buf.Bytes()
		if bytes.Contains(out, []byte("<f>")) {
			t.Error("output holds a formula") // entries may be stored, not deflated
		}
		file, err := excelize.OpenReader(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("OpenReader: %v", err)
		}
		defer file.Close()
		names := file.GetSheetList()
		seen := map[string]bool{}
		for _, n := range names {
			if n == "" || len(utf16.Encode([]rune(n))) > maxSheetName || strings.ContainsAny(n, `[]:*?/\`) ||
				strings.HasPrefix(n, "'") || strings.HasSuffix(n, "'") {
				t.Errorf("invalid sheet name %q", n)
			}
			key := strings.ToLower(n)
			if seen[key] {
				t.Errorf("duplicate sheet name %q in %q", n, names)
			}
			seen[key] = true
		}
		if title := oneLine(name); title != "" {
			if got, _ := file.GetCellValue(names[0], "A1"); got != title {
				t.Errorf("cover title = %q, want %q", got, title)
			}
		}
		want := cleanText(text)
		got, err := file.GetCellValue(names[1], "A2")
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("A2 = %q, want %q", got, want)
		}
		if formula, _ := file.GetCellFormula(names[1], "A2"); formula != "" {
			t.Errorf("A2 has formula %q", formula)
		}
	})
}

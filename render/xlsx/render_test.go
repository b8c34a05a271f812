package xlsx_test

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/xlsx"
	"github.com/xuri/excelize/v2"
)

func TestRenderReadBack(t *testing.T) {
	wb := registerWorkbook(5)
	f := open(t, render(t, wb))

	if got, want := f.GetSheetList(), []string{"Cover", "Processing activities", "Processors", "lists"}; !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Errorf("active sheet = %d, want the cover", f.GetActiveSheetIndex())
	}

	t.Run("values", func(t *testing.T) {
		const sheet = "Processing activities"
		for i, col := range activityColumns {
			ref, _ := excelize.CoordinatesToCellName(i+1, 1)
			if got := cell(t, f, sheet, ref); got != col.Title {
				t.Errorf("header %s = %q, want %q", ref, got, col.Title)
			}
		}
		for r, row := range wb.Sheets[1].Rows {
			for c, want := range row {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+2)
				if got := cell(t, f, sheet, ref); got != want {
					t.Errorf("%s = %q, want %q", ref, got, want)
				}
			}
		}
	})

	t.Run("cover", func(t *testing.T) {
		for ref, want := range map[string]string{
			"A1": "Register of processing activities",
			"A2": "Esempio S.r.l. — controller",
			"A3": "",
			"A4": "Controller",
			"B8": "2026-11-22",
		} {
			if got := cell(t, f, "Cover", ref); got != want {
				t.Errorf("Cover!%s = %q, want %q", ref, got, want)
			}
		}
		if s := style(t, f, "Cover", "A1"); s.Font == nil || !s.Font.Bold || s.Font.Size < 16 {
			t.Errorf("title style = %+v, want bold and large", s.Font)
		}
		if s := style(t, f, "Cover", "A4"); s.Font == nil || !s.Font.Bold {
			t.Errorf("label style = %+v, want bold", s.Font)
		}
		if s := style(t, f, "Cover", "B4"); s.Font != nil && s.Font.Bold {
			t.Errorf("value style is bold")
		}
		if p, _ := f.GetPanes("Cover"); p.Freeze {
			t.Errorf("cover has frozen panes: %+v", p)
		}
	})

	t.Run("header style", func(t *testing.T) {
		s := style(t, f, "Processing activities", "A1")
		if s.Font == nil || !s.Font.Bold || !strings.EqualFold(s.Font.Color, "FFFFFF") {
			t.Errorf("header font = %+v, want bold white", s.Font)
		}
		if len(s.Fill.Color) == 0 || !strings.EqualFold(s.Fill.Color[0], "1F3864") {
			t.Errorf("header fill = %+v, want dark blue", s.Fill)
		}
		for _, st := range []*excelize.Style{s, style(t, f, "Processing activities", "B2")} {
			if len(st.Border) != 4 {
				t.Errorf("borders = %+v, want four", st.Border)
			}
			for _, b := range st.Border {
				if b.Color == "" {
					t.Errorf("border %s without colour", b.Type)
				}
			}
			if st.Alignment == nil || !st.Alignment.WrapText || st.Alignment.Vertical != "top" {
				t.Errorf("alignment = %+v, want wrapped, top", st.Alignment)
			}
		}
	})

	t.Run("freeze panes", func(t *testing.T) {
		p, err := f.GetPanes("Processing activities")
		if err != nil {
			t.Fatal(err)
		}
		if !p.Freeze || p.YSplit != 1 || p.TopLeftCell != "A2" {
			t.Errorf("panes = %+v, want header row frozen", p)
		}
	})

	t.Run("autofilter", func(t *testing.T) {
		want := map[string]string{
			"Processing activities": "'Processing activities'!$A$1:$O$6",
			"Processors":            "'Processors'!$A$1:$D$3",
		}
		got := map[string]string{}
		for _, dn := range f.GetDefinedName() {
			if dn.Name == "_xlnm._FilterDatabase" {
				got[dn.Scope] = dn.RefersTo
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("filters = %v, want %v (none on the cover)", got, want)
		}
	})

	t.Run("validations", func(t *testing.T) {
		dvs, err := f.GetDataValidations("Processing activities")
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, dv := range dvs {
			got[dv.Sqref] = dv.Formula1
		}
		want := map[string]string{
			"D2:D101": `"` + strings.Join(legalBases, ",") + `"`,
			"G2:G101": `"yes,no"`,
			"I2:I101": `'lists'!$A$1:$A$6`,
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("validations = %v\nwant %v", got, want)
		}
		if visible, _ := f.GetSheetVisible("lists"); visible {
			t.Error("lists sheet is visible")
		}
		for i, want := range transferMechanisms {
			if got := cell(t, f, "lists", fmt.Sprintf("A%d", i+1)); got != want {
				t.Errorf("lists!A%d = %q, want %q", i+1, got, want)
			}
		}
	})

	t.Run("layout", func(t *testing.T) {
		if w, _ := f.GetColWidth("Processing activities", "A"); w != 12 {
			t.Errorf("width of A = %v, want the column's 12", w)
		}
		if w, _ := f.GetColWidth("Processing activities", "K"); w != 60 {
			t.Errorf("width of K (long text) = %v, want 60", w)
		}
		if h, _ := f.GetRowHeight("Processing activities", 2); h < 45 {
			t.Errorf("height of a row of long text = %v, want several lines", h)
		}
		pl, _ := f.GetPageLayout("Processing activities")
		if pl.Orientation == nil || *pl.Orientation != "landscape" {
			t.Errorf("orientation = %v, want landscape", pl.Orientation)
		}
		hf, _ := f.GetHeaderFooter("Processing activities")
		if hf == nil || !strings.Contains(hf.OddFooter, "&P of &N") || !strings.Contains(hf.OddHeader, "Register of processing activities") {
			t.Errorf("header/footer = %+v", hf)
		}
	})

	t.Run("properties", func(t *testing.T) {
		p, err := f.GetDocProps()
		if err != nil {
			t.Fatal(err)
		}
		want := excelize.DocProperties{
			Title: "Register of processing activities", Subject: "Art. 30 GDPR",
			Creator: "Data Protection Officer; Legal & Compliance", LastModifiedBy: "Data Protection Officer; Legal & Compliance",
			Keywords: "GDPR, Art. 30, register", Language: "en", Identifier: "REG-2026-01", Version: "3.1",
			Category: "Internal", Description: "Esempio S.r.l. — controller",
			Created: "2026-11-22T00:00:00Z", Modified: "2026-11-22T00:00:00Z",
		}
		if *p != want {
			t.Errorf("doc props = %+v\nwant %+v", *p, want)
		}
		app, _ := f.GetAppProps()
		if app.Application != "gdprkit" {
			t.Errorf("application = %q", app.Application)
		}
	})
}

func TestDocPropsDefaults(t *testing.T) {
	b := render(t, &doc.Workbook{})
	p, err := open(t, b).GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if p.Creator != "gdprkit" || p.LastModifiedBy != "gdprkit" {
		t.Errorf("creator = %q, last modified by = %q, want gdprkit", p.Creator, p.LastModifiedBy)
	}
	if p.Created != "1980-01-01T00:00:00Z" || p.Modified != p.Created {
		t.Errorf("created %q, modified %q, want the zip epoch without a document date", p.Created, p.Modified)
	}
	for name, content := range parts(t, b) {
		if strings.Contains(content, "xuri") || strings.Contains(content, "Excelize") {
			t.Errorf("%s names excelize's author or program", name)
		}
	}
}

func TestOptions(t *testing.T) {
	var buf bytes.Buffer
	wb := table("T", []string{"a"}, []string{strings.Repeat("line\n", 50)})
	if err := xlsx.Render(&buf, wb, xlsx.Options{MaxRowHeight: 60, Application: "Acme GRC", Company: "Esempio S.r.l."}); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	if h, _ := f.GetRowHeight("T", 2); h != 60 {
		t.Errorf("row height = %v, want the 60 cap", h)
	}
	app, _ := f.GetAppProps()
	if app.Application != "Acme GRC" || app.Company != "Esempio S.r.l." {
		t.Errorf("app props = %+v", app)
	}
	if h, _ := open(t, render(t, wb)).GetRowHeight("T", 2); h != 300 {
		t.Errorf("default cap = %v, want 300", h)
	}
}

func TestDeterministic(t *testing.T) {
	wb := registerWorkbook(50)
	// More sheets make excelize's map order show, if it leaks.
	for i := range 8 {
		wb.Sheets = append(wb.Sheets, doc.Sheet{
			Name:    fmt.Sprintf("Extra %d", i),
			Columns: []doc.SheetColumn{{Title: "x", Choices: transferMechanisms}},
			Rows:    [][]string{{fmt.Sprint(i)}},
		})
	}
	first := render(t, wb)
	for range 5 {
		if again := render(t, wb); !bytes.Equal(first, again) {
			t.Fatal("two renders of the same workbook differ")
		}
	}
	// Entry order and times are fixed.
	zr := parts(t, first)
	if len(zr) == 0 {
		t.Fatal("empty package")
	}
	if !bytes.HasPrefix(first, []byte("PK\x03\x04")) || !bytes.Contains(first[:100], []byte("[Content_Types].xml")) {
		t.Error("[Content_Types].xml is not the first entry")
	}
}

func TestZipEntryTimes(t *testing.T) {
	b := render(t, registerWorkbook(1))
	zr := mustZip(t, b)
	want := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if !f.Modified.Equal(want) {
			t.Errorf("%s: modified %v, want %v", f.Name, f.Modified, want)
		}
	}
	if !slices.IsSorted(names[1:]) || names[0] != "[Content_Types].xml" {
		t.Errorf("entry order = %q", names)
	}
}

func TestFormulaInjection(t *testing.T) {
	hostile := []string{
		"=1+1",
		"=HYPERLINK(\"http://evil.example\",\"click\")",
		"+SUM(A1:A2)",
		"-2+3",
		"@SUM(A1)",
		"=cmd|' /C calc'!A0",
		"\t=1+1",
		"=",
	}
	var rows [][]string
	for _, h := range hostile {
		rows = append(rows, []string{h})
	}
	wb := table("Injection", []string{"=TITLE()"}, rows...)
	wb.Sheets[0].Columns[0].Choices = []string{"=A1", "+x"}
	b := render(t, wb)

	for _, name := range sheetParts(parts(t, b)) {
		if strings.Contains(parts(t, b)[name], "<f>") || strings.Contains(parts(t, b)[name], "<f ") {
			t.Errorf("%s holds a formula element", name)
		}
	}
	f := open(t, b)
	for i, want := range append([]string{"=TITLE()"}, hostile...) {
		ref := fmt.Sprintf("A%d", i+1)
		if got := cell(t, f, "Injection", ref); got != want {
			t.Errorf("%s = %q, want %q", ref, got, want)
		}
		if formula, _ := f.GetCellFormula("Injection", ref); formula != "" {
			t.Errorf("%s has formula %q", ref, formula)
		}
		if typ, _ := f.GetCellType("Injection", ref); typ != excelize.CellTypeInlineString {
			t.Errorf("%s has type %v, want an inline string", ref, typ)
		}
		if st := style(t, f, "Injection", ref); st.NumFmt != 49 {
			t.Errorf("%s number format = %d, want 49 (Text), so that editing keeps it text", ref, st.NumFmt)
		}
	}
	// A choice starting with "=" stays a literal in the list, not a reference.
	dvs, _ := f.GetDataValidations("Injection")
	if len(dvs) != 1 || dvs[0].Formula1 != `"=A1,+x"` {
		t.Errorf("validation = %+v", dvs)
	}
}

func TestHostileText(t *testing.T) {
	names := []string{
		strings.Repeat("Categorie di dati personali ", 2), // 56 characters
		"Categorie di dati personali Categorie speciali",  // the same first 31
		`Recipients [EU]: a/b\c*d?`,
		"",
		"data",
		"DATA",
		"'quoted'",
		"Categorie d'interessati",
		"Lists",
	}
	wb := &doc.Workbook{Meta: doc.Meta{Title: "Hostile\x00 title\x1b"}}
	for _, n := range names {
		wb.Sheets = append(wb.Sheets, doc.Sheet{
			Name:    n,
			Columns: []doc.SheetColumn{{Title: "Col\x07umn", Choices: transferMechanisms}},
			Rows: [][]string{
				{"ctrl\x00\x01\x02\x1f chars"},
				{"nonchar \uFFFE\uFFFF end"},
				{"bad utf-8 \xff\xfe end"},
				{"Citta\u0300 di Forli\u0300"},
				{"_x0041_ stays literal"},
				{"  spaces kept  "},
			},
		})
	}
	b := render(t, wb)
	f := open(t, b)
	want := []string{
		"Categorie di dati personali Cat",
		"Categorie di dati personali (2)",
		"Recipients (EU)- a-b-c_d_",
		"Sheet4",
		"data",
		"DATA (2)",
		"quoted",
		"Categorie d'interessati",
		"Lists",
		"lists (2)",
	}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets = %q\nwant %q", got, want)
	}
	wantCells := []string{"Column", "ctrl chars", "nonchar  end", "bad utf-8  end", "Città di Forlì", "_x0041_ stays literal", "  spaces kept  "}
	for _, sheet := range want[:len(names)] {
		for i, w := range wantCells {
			if got := cell(t, f, sheet, fmt.Sprintf("A%d", i+1)); got != w {
				t.Errorf("%s!A%d = %q, want %q", sheet, i+1, got, w)
			}
		}
	}
	for name, content := range parts(t, b) {
		if strings.ContainsRune(content, '\uFFFD') {
			t.Errorf("%s holds U+FFFD", name)
		}
	}
	// The filter of a sheet with an apostrophe quotes it properly.
	for _, dn := range f.GetDefinedName() {
		if dn.Scope == "Categorie d'interessati" && dn.Name == "_xlnm._FilterDatabase" {
			if dn.RefersTo != "'Categorie d''interessati'!$A$1:$A$7" {
				t.Errorf("filter = %q", dn.RefersTo)
			}
		}
	}
	// The drop-down of every sheet points at the hidden lists sheet.
	dvs, _ := f.GetDataValidations("Lists")
	if len(dvs) != 1 || dvs[0].Formula1 != "'lists (2)'!$A$1:$A$6" {
		t.Errorf("validation = %+v", dvs)
	}
}

func TestEmpty(t *testing.T) {
	tests := []struct {
		name   string
		wb     *doc.Workbook
		sheets []string
		check  func(t *testing.T, f *excelize.File)
	}{
		{
			name:   "no sheets, no title",
			wb:     &doc.Workbook{},
			sheets: []string{"Sheet1"},
		},
		{
			name:   "no sheets, a title",
			wb:     &doc.Workbook{Meta: doc.Meta{Title: "Breach register: 2026/27"}},
			sheets: []string{"Breach register- 2026-27"},
			check: func(t *testing.T, f *excelize.File) {
				if got := cell(t, f, "Breach register- 2026-27", "A1"); got != "Breach register: 2026/27" {
					t.Errorf("A1 = %q, want the title", got)
				}
			},
		},
		{
			name:   "empty sheet",
			wb:     &doc.Workbook{Sheets: []doc.Sheet{{Name: "Empty"}}},
			sheets: []string{"Empty"},
			check: func(t *testing.T, f *excelize.File) {
				rows, _ := f.GetRows("Empty")
				if len(rows) != 0 {
					t.Errorf("rows = %q", rows)
				}
			},
		},
		{
			name: "header only",
			wb: &doc.Workbook{Sheets: []doc.Sheet{{Name: "Incidents", Columns: []doc.SheetColumn{
				{Title: "ID"}, {Title: "Severity", Choices: []string{"low", "medium", "high"}},
			}}}},
			sheets: []string{"Incidents"},
			check: func(t *testing.T, f *excelize.File) {
				dvs, _ := f.GetDataValidations("Incidents")
				if len(dvs) != 1 || dvs[0].Sqref != "B2:B101" {
					t.Errorf("validations = %+v, want rows ready for entry", dvs)
				}
				if got := cell(t, f, "Incidents", "B1"); got != "Severity" {
					t.Errorf("B1 = %q", got)
				}
			},
		},
		{
			name: "ragged rows",
			wb: &doc.Workbook{Sheets: []doc.Sheet{{Name: "R", Columns: []doc.SheetColumn{{Title: "a"}},
				Rows: [][]string{{"1", "2", "3"}, {}, {"x"}}}}},
			sheets: []string{"R"},
			check: func(t *testing.T, f *excelize.File) {
				if got := cell(t, f, "R", "C2"); got != "3" {
					t.Errorf("C2 = %q", got)
				}
				if got := cell(t, f, "R", "A4"); got != "x" {
					t.Errorf("A4 = %q", got)
				}
			},
		},
		{
			name: "empty choices",
			wb: &doc.Workbook{Sheets: []doc.Sheet{{Name: "C", Columns: []doc.SheetColumn{{Title: "a", Choices: []string{"", " ", "\x00"}}},
				Rows: [][]string{{"1"}}}}},
			sheets: []string{"C"},
			check: func(t *testing.T, f *excelize.File) {
				if dvs, _ := f.GetDataValidations("C"); len(dvs) != 0 {
					t.Errorf("validations = %+v, want none", dvs)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := render(t, tt.wb)
			f := open(t, b)
			if got := f.GetSheetList(); !slices.Equal(got, tt.sheets) {
				t.Errorf("sheets = %q, want %q", got, tt.sheets)
			}
			if tt.check != nil {
				tt.check(t, f)
			}
			wellFormed(t, b)
		})
	}
}

func TestNilWorkbook(t *testing.T) {
	if err := xlsx.Render(&bytes.Buffer{}, nil, xlsx.Options{}); !errors.Is(err, xlsx.ErrNilWorkbook) {
		t.Errorf("err = %v, want ErrNilWorkbook", err)
	}
}

func TestWriteError(t *testing.T) {
	err := xlsx.Render(failingWriter{}, registerWorkbook(1), xlsx.Options{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("err = %v, want the writer's error", err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// noColourBorder matches a border colour excelize writes when none is
// given, which openpyxl rejects.
var noColourBorder = regexp.MustCompile(`rgb="FF"`)

func TestBordersHaveColours(t *testing.T) {
	styles := parts(t, render(t, registerWorkbook(1)))["xl/styles.xml"]
	if noColourBorder.MatchString(styles) {
		t.Error(`styles.xml holds rgb="FF"`)
	}
}

// style returns the style of a cell.
func style(t testing.TB, f *excelize.File, sheet, ref string) *excelize.Style {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSheetNameCollisions(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{[]string{"SHEET1", "Sheet1"}, []string{"SHEET1", "Sheet1 (2)"}},
		{[]string{"Sheet1", "sheet1"}, []string{"Sheet1", "sheet1 (2)"}},
		{[]string{"x", "Sheet1"}, []string{"x", "Sheet1"}},
		{[]string{"", "Sheet1"}, []string{"Sheet1", "Sheet1 (2)"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.in, ","), func(t *testing.T) {
			wb := &doc.Workbook{}
			for _, n := range tt.in {
				wb.Sheets = append(wb.Sheets, doc.Sheet{Name: n, Columns: []doc.SheetColumn{{Title: "a"}}, Rows: [][]string{{n}}})
			}
			f := open(t, render(t, wb))
			if got := f.GetSheetList(); !slices.Equal(got, tt.want) {
				t.Errorf("sheets = %q, want %q", got, tt.want)
			}
			for i, name := range tt.want {
				if got := cell(t, f, name, "A2"); got != tt.in[i] {
					t.Errorf("%s!A2 = %q, want %q", name, got, tt.in[i])
				}
			}
		})
	}
}

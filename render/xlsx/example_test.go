package xlsx_test

import (
	"bytes"
	"fmt"
	"log"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/xlsx"
	"github.com/xuri/excelize/v2"
)

// A register with a cover and one table, rendered and read back.
func ExampleRender() {
	wb := &doc.Workbook{
		Meta: doc.Meta{
			Title:    "Registro dei trattamenti",
			Subtitle: "Esempio S.r.l.",
			Language: "it",
			Date:     time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC),
			Authors:  []string{"DPO"},
		},
		Sheets: []doc.Sheet{
			{Name: "Copertina", Form: true, Rows: [][]string{{"Titolare", "Esempio S.r.l."}}},
			{
				Name: "Attività",
				Columns: []doc.SheetColumn{
					{Title: "Attività"},
					{Title: "Base giuridica", Choices: []string{"contratto", "consenso", "obbligo legale"}},
				},
				Rows: [][]string{{"Assistenza tecnica", "contratto"}},
			},
		},
	}
	var buf bytes.Buffer
	if err := xlsx.Render(&buf, wb, xlsx.Options{}); err != nil {
		log.Fatal(err)
	}

	f, err := excelize.OpenReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	fmt.Println(f.GetSheetList())
	title, _ := f.GetCellValue("Copertina", "A1")
	fmt.Println(title)
	activity, _ := f.GetCellValue("Attività", "A2")
	fmt.Println(activity)
	dvs, _ := f.GetDataValidations("Attività")
	fmt.Println(dvs[0].Sqref, dvs[0].Formula1)
	props, _ := f.GetDocProps()
	fmt.Println(props.Creator, props.Created)
	// Output:
	// [Copertina Attività]
	// Registro dei trattamenti
	// Assistenza tecnica
	// B2:B101 "contratto,consenso,obbligo legale"
	// DPO 2026-11-22T00:00:00Z
}

// Sheet names are made valid for Excel: forbidden characters replaced,
// cut to 31 characters, unique regardless of case.
func ExampleRender_sheetNames() {
	wb := &doc.Workbook{Sheets: []doc.Sheet{
		{Name: "Recipients / transfers [Art. 44]"},
		{Name: "Categories of personal data processed"},
		{Name: "categories of personal data processed"},
		{Name: ""},
	}}
	var buf bytes.Buffer
	if err := xlsx.Render(&buf, wb, xlsx.Options{}); err != nil {
		log.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	for _, name := range f.GetSheetList() {
		fmt.Println(name)
	}
	// Output:
	// Recipients - transfers (Art. 44
	// Categories of personal data pro
	// categories of personal data (2)
	// Sheet4
}

// A cell that starts with "=" is text, not a formula.
func ExampleRender_formulaInjection() {
	wb := &doc.Workbook{Sheets: []doc.Sheet{{
		Name:    "Notes",
		Columns: []doc.SheetColumn{{Title: "Note"}},
		Rows:    [][]string{{`=HYPERLINK("http://evil.example","click")`}},
	}}}
	var buf bytes.Buffer
	if err := xlsx.Render(&buf, wb, xlsx.Options{}); err != nil {
		log.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	value, _ := f.GetCellValue("Notes", "A2")
	formula, _ := f.GetCellFormula("Notes", "A2")
	fmt.Printf("value %s, formula %q\n", value, formula)
	// Output:
	// value =HYPERLINK("http://evil.example","click"), formula ""
}

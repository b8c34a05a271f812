package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Colours of the workbook, RGB hex.
const (
	headerFill  = "1F3864" // dark blue
	headerFont  = "FFFFFF"
	headerLine  = "8EA9DB" // borders inside the header: light blue on dark blue
	cellLine    = "BFBFBF" // light grey grid around data cells
	labelFill   = "DDEBF7" // pale blue behind form labels
	titleText   = "1F3864"
	subtitleTxt = "595959"
)

// The font of every style: the workbook's default font. A style whose
// font names no family leaves the choice to the reader, and LibreOffice
// then picks a serif face.
const (
	fontFamily = "Calibri"
	fontSize   = 11
)

// textFormat is the built-in number format "@" (Text): a cell in it keeps
// what is typed as text, so editing a cell that shows "=1+1" does not turn
// it into a formula.
const textFormat = 49

// styles are the style ids of one workbook.
type styles struct {
	header, cell, label, column, title, subtitle int
}

// newStyles registers the workbook's cell styles. Every border has an
// explicit colour: without one excelize writes rgb="FF", which openpyxl
// rejects.
func newStyles(f *excelize.File) (styles, error) {
	borders := func(colour string) []excelize.Border {
		var b []excelize.Border
		for _, side := range []string{"left", "top", "right", "bottom"} {
			b = append(b, excelize.Border{Type: side, Color: colour, Style: 1})
		}
		return b
	}
	wrapTop := &excelize.Alignment{WrapText: true, Vertical: "top"}
	var s styles
	defs := []struct {
		id    *int
		style excelize.Style
	}{
		{&s.header, excelize.Style{
			Font:      &excelize.Font{Bold: true, Color: headerFont, Family: fontFamily, Size: fontSize},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{headerFill}},
			Border:    borders(headerLine),
			Alignment: wrapTop,
			NumFmt:    textFormat,
		}},
		{&s.cell, excelize.Style{Border: borders(cellLine), Alignment: wrapTop, NumFmt: textFormat}},
		{&s.label, excelize.Style{
			Font:      &excelize.Font{Bold: true, Family: fontFamily, Size: fontSize},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{labelFill}},
			Border:    borders(cellLine),
			Alignment: wrapTop,
			NumFmt:    textFormat,
		}},
		// The column default: rows a user adds later wrap and stay text too.
		{&s.column, excelize.Style{Alignment: wrapTop, NumFmt: textFormat}},
		{&s.title, excelize.Style{
			Font:      &excelize.Font{Bold: true, Size: 18, Color: titleText, Family: fontFamily},
			Alignment: &excelize.Alignment{Vertical: "center"},
			NumFmt:    textFormat,
		}},
		{&s.subtitle, excelize.Style{
			Font:      &excelize.Font{Size: 13, Color: subtitleTxt, Family: fontFamily},
			Alignment: &excelize.Alignment{Vertical: "center"},
			NumFmt:    textFormat,
		}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return s, fmt.Errorf("xlsx: style: %w", err)
		}
		*d.id = id
	}
	return s, nil
}

package xlsx

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/xuri/excelize/v2"
)

const (
	paperA4 = 9 // excelize's paper size index for A4
	// pageWidthChars is the total column width, in characters, printed
	// on one page: a sheet is scaled to as many pages wide as it needs at
	// this density, so a wide register prints readable (about 60 %)
	// instead of shrinking to one page or spreading over dozens.
	pageWidthChars = 250
	// maxHeaderTitle bounds the title in the page header: Excel allows
	// 255 characters for a whole header, codes included.
	maxHeaderTitle = 120
)

// pageSetup is the printed page of every sheet: A4, a header with the
// document title, a footer with the classification and "Page X of Y".
type pageSetup struct {
	header, footer string
}

func newPageSetup(meta *doc.Meta) pageSetup {
	l := meta.Label()
	var p pageSetup
	if t := truncateUTF16(oneLine(meta.Title), maxHeaderTitle); t != "" {
		p.header = "&L" + headerText(t)
	}
	if id := oneLine(strings.TrimSpace(meta.Identifier + " " + meta.Version)); id != "" {
		p.header += "&R" + headerText(id)
	}
	if c := truncateUTF16(oneLine(meta.Classification), 60); c != "" {
		p.footer = "&L" + headerText(c)
	}
	p.footer += "&R" + headerText(oneLine(l.Page)) + " &P " + headerText(oneLine(l.Of)) + " &N"
	return p
}

// headerText escapes text for a page header or footer, where "&" starts a
// code.
func headerText(s string) string {
	return strings.ReplaceAll(s, "&", "&&")
}

// apply sets up the printed page of one sheet: landscape for tables,
// portrait for forms; scaled to a whole number of pages wide; the header
// row repeated on every page.
func (ps pageSetup) apply(f *excelize.File, p *sheetPlan) error {
	orientation, size := "landscape", paperA4
	if p.sheet.Form {
		orientation = "portrait"
	}
	total := 0.0
	for _, w := range p.width {
		total += w
	}
	// Pages across, then down: the pages of one set of rows come together.
	wide, tall, order := max(1, int(math.Ceil(total/pageWidthChars))), 0, "overThenDown"
	layout := &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orientation,
		FitToWidth: &wide, FitToHeight: &tall, PageOrder: &order,
	}
	fit := true
	if err := f.SetPageLayout(p.name, layout); err != nil {
		return fmt.Errorf("page layout: %w", err)
	}
	if err := f.SetSheetProps(p.name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return fmt.Errorf("sheet properties: %w", err)
	}
	if err := f.SetHeaderFooter(p.name, &excelize.HeaderFooterOptions{OddHeader: ps.header, OddFooter: ps.footer}); err != nil {
		return fmt.Errorf("header and footer: %w", err)
	}
	if !p.sheet.Form && p.headerRow > 0 {
		rows := fmt.Sprintf("%s!$%d:$%d", quoteSheetName(p.name), p.headerRow, p.headerRow)
		if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: rows, Scope: p.name}); err != nil {
			return fmt.Errorf("print titles: %w", err)
		}
	}
	return nil
}

var cellRefPart = regexp.MustCompile(`([A-Z]+)([0-9]+)`)

// absoluteRef turns "A1:C4" into "$A$1:$C$4".
func absoluteRef(ref string) string {
	return cellRefPart.ReplaceAllString(ref, "$$$1$$$2")
}

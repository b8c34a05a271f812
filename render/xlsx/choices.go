package xlsx

import (
	"fmt"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
)

// maxInlineList is Excel's limit on a drop-down list typed into the
// validation itself: 255 characters, separators included.
const maxInlineList = 255

// choiceList is the drop-down list of one column.
type choiceList struct {
	col   int      // 0-based column of the sheet
	items []string // clean, non-empty, each once
	// listCol is the column of the hidden lists sheet that holds the
	// items, 0-based, or -1 when the list fits inline.
	listCol int
}

// newChoiceList cleans a column's choices; it returns nil when none is
// left.
func newChoiceList(col int, choices []string) *choiceList {
	seen := map[string]bool{}
	var items []string
	for _, c := range choices {
		c = oneLine(c)
		if c == "" || seen[c] {
			continue
		}
		seen[c] = true
		items = append(items, c)
	}
	if len(items) == 0 {
		return nil
	}
	return &choiceList{col: col, items: items, listCol: -1}
}

// fitsInline reports whether the items can be typed into the validation
// as "a,b,c": short enough, and no item holds the separator or a quote.
func (c *choiceList) fitsInline() bool {
	joined := strings.Join(c.items, ",")
	if len(utf16.Encode([]rune(joined))) > maxInlineList {
		return false
	}
	for _, it := range c.items {
		if strings.ContainsAny(it, `,"`) {
			return false
		}
	}
	return true
}

// listsSheet gathers the drop-down lists too long to write inline, one per
// column; identical lists share a column.
type listsSheet struct {
	name    string
	columns [][]string
	byKey   map[string]int
}

// add places the items in a column and returns its 0-based index.
func (l *listsSheet) add(items []string) int {
	key := strings.Join(items, "\x00")
	if i, ok := l.byKey[key]; ok {
		return i
	}
	if l.byKey == nil {
		l.byKey = map[string]int{}
	}
	l.columns = append(l.columns, items)
	l.byKey[key] = len(l.columns) - 1
	return len(l.columns) - 1
}

// formula is the list source of c: inline, or a range of the lists sheet.
func (c *choiceList) formula(lists *listsSheet) (string, error) {
	if c.listCol < 0 {
		return `"` + strings.Join(c.items, ",") + `"`, nil
	}
	col, err := excelize.ColumnNumberToName(c.listCol + 1)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s!$%s$1:$%s$%d", quoteSheetName(lists.name), col, col, len(c.items)), nil
}

// formulaXML escapes a formula for the XML element excelize copies it
// into verbatim.
var formulaXML = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// addValidations adds the drop-down lists of a sheet. They must be in
// place before the sheet's stream writer starts.
func addValidations(f *excelize.File, p *sheetPlan, lists *listsSheet) error {
	last := p.lastRow()
	if !p.sheet.Form && p.headerRow > 0 {
		last = max(last, p.headerRow+templateRows)
	}
	if last < p.firstRow {
		return nil
	}
	for _, c := range p.lists {
		formula, err := c.formula(lists)
		if err != nil {
			return err
		}
		from, err := excelize.CoordinatesToCellName(c.col+1, p.firstRow)
		if err != nil {
			return err
		}
		to, err := excelize.CoordinatesToCellName(c.col+1, last)
		if err != nil {
			return err
		}
		dv := excelize.NewDataValidation(true)
		dv.Sqref = from + ":" + to
		dv.SetSqrefDropList(formulaXML.Replace(formula))
		if err := f.AddDataValidation(p.name, dv); err != nil {
			return fmt.Errorf("xlsx: sheet %q: drop-down list: %w", p.name, err)
		}
	}
	return nil
}

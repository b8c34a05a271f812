package xlsx

import (
	"strconv"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/cases"
)

// maxSheetName is Excel's limit on a sheet name, counted in UTF-16 units.
const maxSheetName = 31

// sheetNameReplacer replaces the characters Excel forbids in a sheet name
// with look-alikes that keep the name readable.
var sheetNameReplacer = strings.NewReplacer(
	"[", "(", "]", ")",
	":", "-", "/", "-", `\`, "-",
	"*", "_", "?", "_",
)

// sheetNamer hands out sheet names that Excel accepts: at most 31 UTF-16
// units, none of the characters []:*?/\, no apostrophe at either end, never
// empty and unique regardless of case.
type sheetNamer struct {
	taken map[string]bool // case-folded names in use
	fold  cases.Caser
}

func newSheetNamer() *sheetNamer {
	// "History" is reserved by Excel for its change-tracking sheet.
	n := &sheetNamer{taken: map[string]bool{}, fold: cases.Fold()}
	n.taken[n.fold.String("History")] = true
	return n
}

// name returns a valid, unused name made from want, or from fallback when
// nothing of want survives; the name is then taken.
func (n *sheetNamer) name(want, fallback string) string {
	base := sanitizeSheetName(want)
	if base == "" {
		base = sanitizeSheetName(fallback)
	}
	name := base
	for i := 2; n.taken[n.fold.String(name)]; i++ {
		suffix := " (" + strconv.Itoa(i) + ")"
		name = trimSheetName(truncateUTF16(base, maxSheetName-len(suffix))) + suffix
	}
	n.taken[n.fold.String(name)] = true
	return name
}

// sanitizeSheetName makes s a valid sheet name, or "" when nothing is left.
func sanitizeSheetName(s string) string {
	s = sheetNameReplacer.Replace(oneLine(s))
	return trimSheetName(truncateUTF16(trimSheetName(s), maxSheetName))
}

// trimSheetName removes what a sheet name may not start or end with: an
// apostrophe (Excel refuses it) and spaces (invisible on the tab).
func trimSheetName(s string) string {
	return strings.Trim(s, "' ")
}

// truncateUTF16 cuts s to at most n UTF-16 units, on a character boundary.
func truncateUTF16(s string, n int) string {
	units := 0
	for i, r := range s {
		units += utf16.RuneLen(r)
		if units > n {
			return s[:i]
		}
	}
	return s
}

// quoteSheetName returns name as a formula prefix, quoted so that spaces
// and apostrophes in it are safe: "Data 'A'" → "'Data ”A”'".
func quoteSheetName(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

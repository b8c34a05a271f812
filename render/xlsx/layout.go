package xlsx

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Column widths are in Excel's unit, the width of one "0" of the default
// font (11-point Calibri); row heights are in points.
const (
	minColumnWidth  = 10  // narrowest computed column
	maxColumnWidth  = 60  // widest computed data column: wider is hard to read
	maxLabelWidth   = 40  // widest computed label column of a form
	maxValueWidth   = 90  // widest computed value column of a form
	maxExcelWidth   = 255 // Excel's own limit on a column width
	columnPadding   = 2   // room for the cell margins and the filter button
	lineHeight      = 15  // points per line of 11-point text, Excel's default row
	defaultMaxRowHt = 300 // points: 20 lines; Excel's own limit is 409
)

// textWidth is the display width of the longest line of s, in characters:
// East Asian wide characters count two, combining marks and controls none.
func textWidth(s string) int {
	longest, cur := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // fast path for ASCII
			i++
			switch {
			case c == '\n':
				longest, cur = max(longest, cur), 0
			case c >= 0x20:
				cur++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		cur += runeWidth(r)
	}
	return max(longest, cur)
}

// runeWidth is the display width of a non-ASCII rune.
func runeWidth(r rune) int {
	switch {
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.IsControl(r):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// longestWord is the display width of the longest space-separated word of
// s: a wrapped header cell needs at least that much room.
func longestWord(s string) int {
	longest := 0
	for _, w := range strings.Fields(s) {
		longest = max(longest, textWidth(w))
	}
	return longest
}

// clampWidth bounds a computed column width.
func clampWidth(w, lo, hi float64) float64 {
	return math.Min(math.Max(w, lo), hi)
}

// charsPerLine estimates how many characters of text fit on one line of a
// wrapped cell of the given column width. Proportional text is narrower
// than the "0" the width is measured in, but wrapping at word boundaries
// wastes part of each line; the two roughly cancel, less the cell margins.
func charsPerLine(colWidth float64) float64 {
	return math.Max(1, colWidth*1.2-2)
}

// lineCount estimates how many lines s takes in a wrapped cell of the given
// column width: each explicit line wraps on its own.
func lineCount(s string, colWidth float64) int {
	if s == "" {
		return 1
	}
	per := charsPerLine(colWidth)
	lines := 0
	for line := range strings.SplitSeq(s, "\n") {
		lines += max(1, int(math.Ceil(float64(textWidth(line))/per)))
	}
	return lines
}

// rowHeight estimates the height, in points, a row of wrapped cells needs
// to show all its text, capped at maxHeight; 0 means the default height of
// one line, which needs no explicit height.
func rowHeight(cells []string, widths []float64, maxHeight float64) float64 {
	lines := 1
	for i, c := range cells {
		if i >= len(widths) || len(c) == 0 {
			continue
		}
		// A cheap bound first: a cell shorter than a line, without line
		// breaks, needs no estimate.
		if float64(len(c)) <= charsPerLine(widths[i]) && strings.IndexByte(c, '\n') < 0 {
			continue
		}
		lines = max(lines, lineCount(c, widths[i]))
	}
	if lines == 1 {
		return 0
	}
	return math.Min(float64(lines*lineHeight), maxHeight)
}

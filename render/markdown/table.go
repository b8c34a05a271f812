package markdown

import (
	"math"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// widthDashes is the number of dashes of the widest possible column: a
// column's share of the table's width sets its dashes, which pandoc reads
// as relative widths.
const widthDashes = 60

// table writes a GFM table, its caption as a bold paragraph above it.
// Rows shorter than the header are padded, and a row longer than the
// header widens the table with untitled columns, so no cell is lost. A
// table without columns or rows writes only its caption.
func table(t doc.Table) string {
	var parts []string
	if c := plainText(t.Caption, inParagraph); c != "" {
		parts = append(parts, strong(c))
	}
	cols := len(t.Columns)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return strings.Join(parts, "\n\n")
	}
	var b strings.Builder
	head := make([]string, cols)
	for i := range cols {
		if i < len(t.Columns) {
			head[i] = plainText(t.Columns[i].Title, inCell)
		}
	}
	writeRow(&b, head)
	b.WriteByte('\n')
	for i, n := range dashes(t.Columns, cols) {
		if i == 0 {
			b.WriteByte('|')
		}
		b.WriteString(" " + strings.Repeat("-", n) + " |")
	}
	for _, r := range t.Rows {
		cells := make([]string, cols)
		for i := range cols {
			if i < len(r) {
				cells[i] = inlineText(r[i], inCell)
			}
		}
		b.WriteByte('\n')
		writeRow(&b, cells)
	}
	return strings.Join(append(parts, b.String()), "\n\n")
}

// writeRow writes one table row; the cells are rendered already, with
// pipes escaped and line breaks as <br>.
func writeRow(b *strings.Builder, cells []string) {
	b.WriteByte('|')
	for _, c := range cells {
		if c == "" {
			b.WriteString("  |")
			continue
		}
		b.WriteString(" " + c + " |")
	}
}

// dashes returns the number of dashes of each column's delimiter: three
// when no column has a width, else proportional to the widths, a column
// without one taking the average of the others.
func dashes(columns []doc.Column, cols int) []int {
	n := make([]int, cols)
	var sum float64
	var given int
	for _, c := range columns {
		if c.Width > 0 {
			sum += c.Width
			given++
		}
	}
	avg := sum / max(float64(given), 1)
	total := sum + avg*float64(cols-given)
	for i := range n {
		n[i] = 3
		if given == 0 {
			continue
		}
		w := avg
		if i < len(columns) && columns[i].Width > 0 {
			w = columns[i].Width
		}
		n[i] = max(3, int(math.Round(widthDashes*w/total)))
	}
	return n
}

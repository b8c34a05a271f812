package html

import (
	"strconv"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// table writes a table inside a scrolling wrapper, so a wide table scrolls
// sideways on a narrow screen instead of widening the page. With a caption
// the wrapper is a labelled, focusable region, so keyboard users can scroll
// it too.
func (r *renderer) table(t doc.Table) {
	cols := len(t.Columns)
	for _, row := range t.Rows {
		cols = max(cols, len(row)) // a cell beyond the columns is still shown
	}
	caption := strings.TrimSpace(cleanText(t.Caption))
	if cols == 0 && caption == "" {
		return
	}
	if caption != "" {
		r.tables++
		id := r.ids.unique("table-" + strconv.Itoa(r.tables))
		r.b.WriteString("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"" + id + "\" tabindex=\"0\">\n<table>\n<caption id=\"" + id + "\">")
		r.text(caption)
		r.b.WriteString("</caption>\n")
	} else {
		r.b.WriteString("<div class=\"table-wrap\">\n<table>\n")
	}
	r.colgroup(t.Columns, cols)
	if len(t.Columns) > 0 {
		r.b.WriteString("<thead>\n<tr>")
		for i := range cols {
			r.b.WriteString("<th scope=\"col\">")
			if i < len(t.Columns) {
				writeEscaped(&r.b, strings.TrimSpace(t.Columns[i].Title), "<br/>")
			}
			r.b.WriteString("</th>")
		}
		r.b.WriteString("</tr>\n</thead>\n")
	}
	if len(t.Rows) > 0 {
		r.b.WriteString("<tbody>\n")
		for _, row := range t.Rows {
			r.b.WriteString("<tr>")
			for i := range cols {
				r.b.WriteString("<td>")
				if i < len(row) {
					r.inlines(row[i], false)
				}
				r.b.WriteString("</td>")
			}
			r.b.WriteString("</tr>\n")
		}
		r.b.WriteString("</tbody>\n")
	}
	r.b.WriteString("</table>\n</div>\n")
}

// colgroup writes the relative column widths as percentages. Widths are
// proportions; a column without one gets the average of the others. A
// table without any width is left to the browser.
func (r *renderer) colgroup(columns []doc.Column, cols int) {
	var sum float64
	var given int
	for _, c := range columns {
		if c.Width > 0 {
			sum += c.Width
			given++
		}
	}
	if given == 0 {
		return
	}
	avg := sum / float64(given)
	total := sum + avg*float64(cols-given)
	r.b.WriteString("<colgroup>")
	for i := range cols {
		w := avg
		if i < len(columns) && columns[i].Width > 0 {
			w = columns[i].Width
		}
		r.b.WriteString("<col style=\"width:" + strconv.FormatFloat(100*w/total, 'f', 1, 64) + "%\"/>")
	}
	r.b.WriteString("</colgroup>\n")
}

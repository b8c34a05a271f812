package html

import (
	"bufio"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/doc"
)

// writeControl writes the document-control block: identifier, version,
// date, authors and classification as a description list, then the
// approvals and the revision history as tables.
func writeControl(w *bufio.Writer, m *doc.Meta, l doc.Labels) {
	w.WriteString("<section class=\"document-control\" aria-labelledby=\"" + idControl + "\">\n")
	w.WriteString("<h2 id=\"" + idControl + "\">" + escapeLine(l.DocumentControl) + "</h2>\n")

	fields := []struct{ label, value string }{ // values escaped
		{l.Identifier, escapeLine(m.Identifier)},
		{l.Version, escapeLine(m.Version)},
		{l.Date, dateCell(m.Date)},
		{l.Authors, escapeLine(strings.Join(m.Authors, ", "))},
		{l.Classification, escapeLine(m.Classification)},
	}
	open := false
	for _, f := range fields {
		value := f.value
		if value == "" {
			continue
		}
		if !open {
			w.WriteString("<dl class=\"control-fields\">\n")
			open = true
		}
		w.WriteString("<dt>" + escapeLine(f.label) + "</dt><dd>" + value + "</dd>\n")
	}
	if open {
		w.WriteString("</dl>\n")
	}

	if len(m.Approvals) > 0 {
		rows := make([][]string, len(m.Approvals))
		for i, a := range m.Approvals {
			rows[i] = []string{escapeLine(a.By), escapeLine(a.Role), dateCell(a.Date)}
		}
		writeControlTable(w, idApprovals, l.Approvals, []string{l.ApprovedBy, l.Role, l.Date}, rows)
	}
	if len(m.Revisions) > 0 {
		rows := make([][]string, len(m.Revisions))
		for i, v := range m.Revisions {
			rows[i] = []string{escapeLine(v.Version), dateCell(v.Date), escapeLine(v.Author), escapeLine(v.Description)}
		}
		writeControlTable(w, idRevisions, l.Revisions, []string{l.Version, l.Date, l.Authors, l.Description}, rows)
	}
	w.WriteString("</section>\n")
}

// dateCell is a date as a time element, or nothing for the zero date.
func dateCell(t time.Time) string {
	s := doc.FormatDate(t)
	if s == "" {
		return ""
	}
	return "<time datetime=\"" + s + "\">" + s + "</time>"
}

// writeControlTable writes a small table of the control block; cells are
// already escaped. Like a body table, it scrolls in a labelled region.
func writeControlTable(w *bufio.Writer, id, caption string, heads []string, rows [][]string) {
	w.WriteString("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"" + id + "\" tabindex=\"0\">\n")
	w.WriteString("<table class=\"control-table\">\n<caption id=\"" + id + "\">" + escapeLine(caption) + "</caption>\n<thead>\n<tr>")
	for _, h := range heads {
		w.WriteString("<th scope=\"col\">" + escapeLine(h) + "</th>")
	}
	w.WriteString("</tr>\n</thead>\n<tbody>\n")
	for _, row := range rows {
		w.WriteString("<tr>")
		for _, c := range row {
			w.WriteString("<td>" + c + "</td>")
		}
		w.WriteString("</tr>\n")
	}
	w.WriteString("</tbody>\n</table>\n</div>\n")
}

package pdf

import (
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// Title block styles.
var (
	titleStyle    = textStyle{size: 22, base: bold, color: colorHeading, leading: 1.2}
	subtitleStyle = textStyle{size: 13, color: colorMuted, leading: 1.3}
)

// titleOffset is how far below the top margin the title starts.
const titleOffset = 14

// frontMatter lays out the title block and, when the metadata has any, the
// document-control block on the first page; the body then starts on a new
// page.
func (l *layout) frontMatter(hasBody bool) {
	m := l.meta
	title, subtitle := l.z.line(m.Title), l.z.line(m.Subtitle)
	if title != "" || subtitle != "" {
		l.y += titleOffset
		if title != "" {
			l.flow(l.setString(title, titleStyle, l.measure()), l.left, l.measure(), false, false)
		}
		if subtitle != "" {
			l.y += 1.5
			l.flow(l.setString(subtitle, subtitleStyle, l.measure()), l.left, l.measure(), false, false)
		}
		l.y += 3
		l.emit(op{kind: opLine, x: l.left, y: l.y, w: l.measure(), size: 0.6, color: colorTitleRule})
		l.y += 10
	}
	if !m.HasControl() {
		return
	}
	l.documentControl()
	if hasBody {
		l.newPage()
	}
}

// documentControl lays out the identification table, the approvals and
// the revision history, captioned with the document's own labels.
func (l *layout) documentControl() {
	m, lb := l.meta, l.meta.Label()
	l.heading(l.z.line(lb.DocumentControl), 2, 4*bodyStyle.lineHeight())
	var rows []doc.Row
	add := func(label, value string) {
		if strings.TrimSpace(value) != "" {
			rows = append(rows, doc.TextRow(label, value))
		}
	}
	add(lb.Identifier, m.Identifier)
	add(lb.Version, m.Version)
	add(lb.Date, doc.FormatDate(m.Date))
	add(lb.Classification, m.Classification)
	add(lb.Authors, strings.Join(m.Authors, "\n"))
	if len(rows) > 0 {
		l.table(doc.Table{Columns: []doc.Column{{Width: 1}, {Width: 2.6}}, Rows: rows},
			tableOptions{noHeader: true, labelColumn: true})
	}
	if len(m.Approvals) > 0 {
		t := doc.Table{Caption: lb.Approvals, Columns: []doc.Column{
			{Title: lb.ApprovedBy, Width: 2}, {Title: lb.Role, Width: 2}, {Title: lb.Date, Width: 1}}}
		for _, a := range m.Approvals {
			t.Rows = append(t.Rows, doc.TextRow(a.By, a.Role, doc.FormatDate(a.Date)))
		}
		l.table(t, tableOptions{})
	}
	if len(m.Revisions) > 0 {
		t := doc.Table{Caption: lb.Revisions, Columns: []doc.Column{
			{Title: lb.Version, Width: 0.8}, {Title: lb.Date, Width: 1.1},
			{Title: lb.Authors, Width: 1.6}, {Title: lb.Description, Width: 3.5}}}
		for _, r := range m.Revisions {
			t.Rows = append(t.Rows, doc.TextRow(r.Version, doc.FormatDate(r.Date), r.Author, r.Description))
		}
		l.table(t, tableOptions{})
	}
}

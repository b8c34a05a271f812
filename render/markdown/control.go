package markdown

import (
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// control writes the document-control block: a level-2 heading, the
// fields as a list of "**Label:** value" items, then the approvals and the
// revision history as tables. It reports the list marker it ends with,
// for the blocks that follow.
func control(m *doc.Meta, l doc.Labels) chunk {
	parts := []string{"## " + plainText(l.DocumentControl, inHeading)}
	fields := []struct{ label, value string }{
		{l.Identifier, m.Identifier},
		{l.Version, m.Version},
		{l.Date, doc.FormatDate(m.Date)},
		{l.Authors, strings.Join(m.Authors, ", ")},
		{l.Classification, m.Classification},
	}
	var items []string
	for _, f := range fields {
		if v := midLineText(f.value); v != "" {
			items = append(items, "- "+strong(plainText(f.label, inParagraph)+":")+" "+indentRest(v, "  "))
		}
	}
	var last byte
	if len(items) > 0 {
		parts = append(parts, strings.Join(items, "\n"))
		last = '-'
	}
	if len(m.Approvals) > 0 {
		t := doc.Table{Caption: l.Approvals, Columns: doc.Cols(l.ApprovedBy, l.Role, l.Date)}
		for _, a := range m.Approvals {
			t.Rows = append(t.Rows, doc.TextRow(a.By, a.Role, doc.FormatDate(a.Date)))
		}
		parts = append(parts, table(t))
		last = 0
	}
	if len(m.Revisions) > 0 {
		t := doc.Table{Caption: l.Revisions, Columns: doc.Cols(l.Version, l.Date, l.Authors, l.Description)}
		for _, r := range m.Revisions {
			t.Rows = append(t.Rows, doc.TextRow(r.Version, doc.FormatDate(r.Date), r.Author, r.Description))
		}
		parts = append(parts, table(t))
		last = 0
	}
	return chunk{text: strings.Join(parts, "\n\n"), list: last}
}

// indentRest indents every line of s but the first: the continuation
// lines of a list item.
func indentRest(s, prefix string) string {
	return strings.ReplaceAll(s, "\n", "\n"+prefix)
}

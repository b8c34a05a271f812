package docx

import (
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// front returns the front matter: title, subtitle, the document-control
// block and the table of contents. The control block and the contents
// each end their page when something follows.
func (r *renderer) front(hasBody bool) []byte {
	return r.capture(func() {
		if r.meta.Title != "" {
			r.styled(sTitle, r.meta.Title)
		}
		if r.meta.Subtitle != "" {
			r.styled(sSubtitle, r.meta.Subtitle)
		}
		if r.meta.HasControl() {
			r.control(blockCtx{width: r.page.textWidth(), level: -1})
			if hasBody || r.opts.TOC {
				r.gap(true)
			}
		}
		if r.opts.TOC {
			r.contents()
			if hasBody {
				r.gap(true)
			}
		}
	})
}

// styled writes a paragraph of plain text in a style.
func (r *renderer) styled(style, text string) {
	r.body.Start("w:p")
	r.pPr(style, pOpts{})
	r.text(text, runFmt{})
	r.body.End()
}

// control writes the document-control block: identification, approvals,
// revision history, each only when there is something to show.
func (r *renderer) control(c blockCtx) {
	m, l := r.meta, r.labels
	r.styled(sControlHeading, l.DocumentControl)
	var rows []doc.Row
	add := func(label, value string) {
		if value != "" {
			rows = append(rows, doc.TextRow(label, value))
		}
	}
	add(l.Identifier, m.Identifier)
	add(l.Version, m.Version)
	add(l.Date, doc.FormatDate(m.Date))
	add(l.Classification, m.Classification)
	add(l.Authors, strings.Join(m.Authors, "\n"))
	if len(rows) > 0 {
		r.table(tableSpec{Table: doc.Table{Columns: []doc.Column{{Width: 3}, {Width: 7}}, Rows: rows}, labelColumn: true}, c)
	}
	if len(m.Approvals) > 0 {
		r.styled(sControlHeading, l.Approvals)
		t := doc.Table{Columns: []doc.Column{{Title: l.ApprovedBy, Width: 4}, {Title: l.Role, Width: 4}, {Title: l.Date, Width: 2}}}
		for _, a := range m.Approvals {
			t.Rows = append(t.Rows, doc.TextRow(a.By, a.Role, doc.FormatDate(a.Date)))
		}
		r.table(tableSpec{Table: t}, c)
	}
	if len(m.Revisions) > 0 {
		r.styled(sControlHeading, l.Revisions)
		t := doc.Table{Columns: []doc.Column{{Title: l.Version, Width: 1.3}, {Title: l.Date, Width: 1.9}, {Title: l.Authors, Width: 2.6}, {Title: l.Description, Width: 5}}}
		for _, v := range m.Revisions {
			t.Rows = append(t.Rows, doc.TextRow(v.Version, doc.FormatDate(v.Date), v.Author, v.Description))
		}
		r.table(tableSpec{Table: t}, c)
	}
}

// contents writes the table of contents: a TOC field that Word rebuilds,
// page numbers included, on opening (settings.xml asks it to). Its cached
// result lists the headings, linked to their bookmarks, without page
// numbers: readers that show the cached result (LibreOffice does, until
// Tools › Update) show a correct outline rather than wrong numbers.
func (r *renderer) contents() {
	b := &r.body
	r.styled(sTOCHeading, r.labels.Contents)
	fld := func(typ string) {
		b.Start("w:r")
		b.Empty("w:fldChar", "w:fldCharType", typ)
		b.End()
	}
	instr := func(s string) {
		b.Start("w:r")
		b.Elem("w:instrText", s, "xml:space", "preserve")
		b.End()
	}
	begin := func() {
		fld("begin")
		instr(` TOC \o "1-3" \h \z \u `)
		fld("separate")
	}
	if len(r.headings) == 0 {
		b.Start("w:p")
		r.pPr(sTOC1, pOpts{})
		begin()
		fld("end")
		b.End()
		return
	}
	for i, h := range r.headings {
		b.Start("w:p")
		r.pPr([]string{sTOC1, sTOC2, sTOC3}[h.level-1], pOpts{})
		if i == 0 {
			begin()
		}
		b.Start("w:hyperlink", "w:anchor", h.bookmark, "w:history", "1")
		r.text(strings.Join(strings.Fields(h.text), " "), runFmt{})
		b.End()
		if i == len(r.headings)-1 {
			fld("end")
		}
		b.End()
	}
}

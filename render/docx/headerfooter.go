package docx

import (
	"github.com/gdprkit/gdprkit/internal/ooxml"
)

// capture runs fn with r.body swapped for an empty builder and returns
// what fn wrote, so the paragraph helpers also serve headers and footers.
func (r *renderer) capture(fn func()) []byte {
	saved := r.body
	r.body = ooxml.Builder{}
	fn()
	out := r.body.Bytes()
	r.body = saved
	return out
}

// headerXML is the page header: the title on the left, the version on
// the right. Nil when there is neither.
func (r *renderer) headerXML() []byte {
	title, version := r.meta.Title, r.meta.Version
	if title == "" && version == "" {
		return nil
	}
	return r.capture(func() {
		b := &r.body
		b.Raw(ooxml.Declaration)
		b.Start("w:hdr", "xmlns:w", ooxml.NSMain, "xmlns:r", ooxml.NSOfficeRel)
		b.Start("w:p")
		r.pPr(sHeader, pOpts{})
		r.text(title, runFmt{})
		if version != "" {
			r.tab()
			r.text(r.labels.Version+" "+version, runFmt{})
		}
		b.End()
		b.End()
	})
}

// footerXML is the page footer: the classification on the left, "Page X
// of Y" on the right, X and Y being PAGE and NUMPAGES fields.
func (r *renderer) footerXML() []byte {
	return r.capture(func() {
		b := &r.body
		b.Raw(ooxml.Declaration)
		b.Start("w:ftr", "xmlns:w", ooxml.NSMain, "xmlns:r", ooxml.NSOfficeRel)
		b.Start("w:p")
		r.pPr(sFooter, pOpts{})
		r.text(r.meta.Classification, runFmt{})
		r.tab()
		r.text(r.labels.Page+" ", runFmt{})
		r.field("PAGE", "1")
		r.text(" "+r.labels.Of+" ", runFmt{})
		r.field("NUMPAGES", "1")
		b.End()
		b.End()
	})
}

func (r *renderer) tab() {
	r.body.Start("w:r")
	r.body.Empty("w:tab")
	r.body.End()
}

// field writes a complex field with instruction instr and a cached
// result shown until the reader updates it.
func (r *renderer) field(instr, result string) {
	b := &r.body
	b.Start("w:r")
	b.Empty("w:fldChar", "w:fldCharType", "begin")
	b.End()
	b.Start("w:r")
	b.Elem("w:instrText", " "+instr+" ", "xml:space", "preserve")
	b.End()
	b.Start("w:r")
	b.Empty("w:fldChar", "w:fldCharType", "separate")
	b.End()
	b.Start("w:r")
	b.Elem("w:t", result)
	b.End()
	b.Start("w:r")
	b.Empty("w:fldChar", "w:fldCharType", "end")
	b.End()
}

package docx

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/internal/ooxml"
)

// Render writes d to w as a .docx file. It fails only on a nil document,
// an unreadable [Options.Reference] or an error writing to w; the same
// document and options always give the same bytes.
func Render(w io.Writer, d *doc.Document, opts Options) error {
	if d == nil {
		return errors.New("docx: nil document")
	}
	r := &renderer{
		meta:   d.Meta,
		labels: d.Meta.Label(),
		opts:   opts,
		page:   pageFor(opts.PageSize),
		lang:   languageTag(d.Meta.Language),
	}
	if len(opts.Reference) > 0 {
		ref, err := readReference(opts.Reference, r.page)
		if err != nil {
			return err
		}
		r.ref = ref
		r.page = ref.page
		r.ids = ref.styleIDs(styleDefs(0, 0, 0))
		r.num.absBase, r.num.numBase = ref.nextAbstractNum, ref.nextNum
	}
	if r.num.numBase == 0 {
		r.num.numBase = 1 // numId 0 means "no numbering"
	}
	parts, err := r.render(d.Blocks)
	if err != nil {
		return err
	}
	return ooxml.WriteZip(w, parts)
}

// renderer holds the state of one rendering.
type renderer struct {
	meta   doc.Meta
	labels doc.Labels
	opts   Options
	page   page
	lang   string
	ref    *reference        // nil without Options.Reference
	ids    map[string]string // gdprkit style id → the document's; nil = same

	num      numbering
	rels     ooxml.Relationships // of word/document.xml
	links    map[string]string   // URL → relationship id
	body     ooxml.Builder       // the body, written before the front matter needs it
	headings []heading           // for the table of contents
}

// heading is a heading the table of contents lists.
type heading struct {
	level    int
	text     string
	bookmark string
}

// style returns the id the document uses for gdprkit's style id.
func (r *renderer) style(id string) string {
	if v, ok := r.ids[id]; ok {
		return v
	}
	return id
}

const (
	docPart      = "word/document.xml"
	stylesPart   = "word/styles.xml"
	numberPart   = "word/numbering.xml"
	settingsPart = "word/settings.xml"
	fontsPart    = "word/fontTable.xml"
	headerPart   = "word/header1.xml"
	footerPart   = "word/footer1.xml"
	corePart     = "docProps/core.xml"
	appPart      = "docProps/app.xml"
)

// render returns the parts of the package, in the order they are zipped.
func (r *renderer) render(blocks []doc.Block) ([]ooxml.Part, error) {
	r.rels.Add(ooxml.RelStyles, "styles.xml", false)
	r.rels.Add(ooxml.RelNumbering, "numbering.xml", false)
	r.rels.Add(ooxml.RelSettings, "settings.xml", false)
	r.rels.Add(ooxml.RelFontTable, "fontTable.xml", false)

	var ct ooxml.ContentTypes
	ct.Default("rels", ooxml.CTRelationships)
	ct.Default("xml", ooxml.CTXML)
	ct.Override(docPart, ooxml.CTDocument)
	ct.Override(stylesPart, ooxml.CTStyles)
	ct.Override(numberPart, ooxml.CTNumbering)
	ct.Override(settingsPart, ooxml.CTSettings)
	ct.Override(fontsPart, ooxml.CTFontTable)
	ct.Override(corePart, ooxml.CTCoreProps)
	ct.Override(appPart, ooxml.CTExtendedProps)

	// Headers and footers: the reference's, or gdprkit's own.
	var hfParts []ooxml.Part
	var hfRefs []hfRef
	if r.ref != nil && len(r.ref.headerFooters) > 0 {
		hfRefs, hfParts = r.ref.copyHeaderFooters(&r.rels, &ct)
	} else {
		hdr, ftr := r.headerXML(), r.footerXML()
		if hdr != nil {
			id := r.rels.Add(ooxml.RelHeader, "header1.xml", false)
			hfRefs = append(hfRefs, hfRef{elem: "w:headerReference", typ: "default", id: id})
			hfParts = append(hfParts, ooxml.Part{Name: headerPart, Data: hdr})
			ct.Override(headerPart, ooxml.CTHeader)
		}
		id := r.rels.Add(ooxml.RelFooter, "footer1.xml", false)
		hfRefs = append(hfRefs, hfRef{elem: "w:footerReference", typ: "default", id: id})
		hfParts = append(hfParts, ooxml.Part{Name: footerPart, Data: ftr})
		ct.Override(footerPart, ooxml.CTFooter)
	}

	top := blockCtx{width: r.page.textWidth(), level: -1}
	r.blocks(blocks, top)
	document := r.documentXML(len(blocks) > 0, hfRefs)

	styles, numbering := r.stylesXML(), r.numberingXML()

	var root ooxml.Relationships
	root.Add(ooxml.RelOfficeDocument, docPart, false)
	root.Add(ooxml.RelCoreProps, corePart, false)
	root.Add(ooxml.RelExtendedProps, appPart, false)

	parts := []ooxml.Part{
		{Name: "[Content_Types].xml", Data: ct.Bytes()},
		{Name: "_rels/.rels", Data: root.Bytes()},
		{Name: corePart, Data: r.coreXML()},
		{Name: appPart, Data: ooxml.AppProperties{Application: "gdprkit"}.Bytes()},
		{Name: docPart, Data: document},
		{Name: ooxml.RelsName(docPart), Data: r.rels.Bytes()},
		{Name: stylesPart, Data: styles},
		{Name: numberPart, Data: numbering},
		{Name: settingsPart, Data: r.settingsXML()},
		{Name: fontsPart, Data: fontTableXML()},
	}
	return append(parts, hfParts...), nil
}

// hfRef is a w:headerReference or w:footerReference of the section.
type hfRef struct {
	elem, typ, id string
}

// documentXML assembles word/document.xml: front matter, body, section
// properties.
func (r *renderer) documentXML(hasBody bool, hfRefs []hfRef) []byte {
	var b ooxml.Builder
	b.Grow(r.body.Len() + 16384)
	b.Raw(ooxml.Declaration)
	b.Start("w:document", "xmlns:w", ooxml.NSMain, "xmlns:r", ooxml.NSOfficeRel)
	b.Start("w:body")
	front := r.front(hasBody)
	b.RawBytes(front)
	b.RawBytes(r.body.Bytes())
	if len(front) == 0 && r.body.Len() == 0 {
		// A body needs a paragraph for Word to place the cursor in.
		b.Empty("w:p")
	}
	b.Start("w:sectPr")
	for _, h := range hfRefs {
		b.Empty(h.elem, "w:type", h.typ, "r:id", h.id)
	}
	if r.ref != nil {
		r.ref.writeSection(&b, r.page)
	} else {
		r.page.writeSetup(&b)
		b.Empty("w:cols", "w:space", "708")
		b.Empty("w:docGrid", "w:linePitch", "360")
	}
	b.End()
	b.End()
	b.End()
	return b.Bytes()
}

func (r *renderer) coreXML() []byte {
	return ooxml.CoreProperties{
		Title:    ooxml.Clean(r.meta.Title),
		Subject:  ooxml.Clean(r.meta.Subject),
		Creator:  ooxml.Clean(strings.Join(r.meta.Authors, "; ")),
		Keywords: r.meta.Keywords,
		Language: r.lang,
		Version:  ooxml.Clean(r.meta.Version),
		Created:  r.meta.Date,
		Modified: r.meta.Date,
	}.Bytes()
}

// errorf formats an error of this package.
func errorf(format string, args ...any) error {
	return fmt.Errorf("docx: "+format, args...)
}

// stylesXML is word/styles.xml: gdprkit's, or the reference's completed
// with gdprkit's.
func (r *renderer) stylesXML() []byte {
	defs := styleDefs(r.num.bulletNum(), r.num.defaultNumberNum(), r.page.textWidth())
	if r.ref == nil || r.ref.styles == nil {
		return stylesXML(defs, r.lang)
	}
	return r.ref.mergeStyles(defs, r.ids, r.lang)
}

// numberingXML is word/numbering.xml: gdprkit's lists, after the
// reference's definitions if it has any.
func (r *renderer) numberingXML() []byte {
	if r.ref == nil || r.ref.numbering == nil {
		return r.num.xml()
	}
	return r.ref.mergeNumbering(&r.num)
}

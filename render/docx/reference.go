package docx

import (
	"math"
	"path"
	"strconv"
	"strings"

	"github.com/gdprkit/gdprkit/internal/ooxml"
)

// maxReference bounds what a reference document may unpack to.
const maxReference = 64 << 20

// reference is what Render takes from Options.Reference.
type reference struct {
	parts map[string][]byte
	order []string // part names in archive order
	types ooxml.ParsedContentTypes

	styles    *xnode            // styles.xml root; nil when absent
	byName    map[string]string // style type + ":" + lower-case name → style id
	byID      map[string]string // style id → style type
	numbering *xnode            // numbering.xml root; nil when absent

	nextAbstractNum, nextNum int // first ids free for gdprkit's lists

	// sect are the children of the body's section properties less the
	// header and footer references and the page size and margins, which
	// are in page: the base page overlaid with the reference's values.
	sect []*xnode
	page page

	headerFooters []refHeaderFooter
}

// refHeaderFooter is a header or footer the reference's section uses.
type refHeaderFooter struct {
	elem, typ string // "w:headerReference", "default"
	part      string
}

// readReference unpacks and reads a reference .docx; base is the page
// setup the reference's section properties adjust.
func readReference(data []byte, base page) (*reference, error) {
	parts, err := ooxml.ReadZip(data, maxReference)
	if err != nil {
		return nil, errorf("reference: %w", err)
	}
	ref := &reference{parts: make(map[string][]byte, len(parts)), byName: map[string]string{}, byID: map[string]string{}, page: base}
	for _, p := range parts {
		ref.parts[p.Name] = p.Data
		ref.order = append(ref.order, p.Name)
	}
	ctData, ok := ref.parts["[Content_Types].xml"]
	if !ok {
		return nil, errorf("reference: not a .docx: no [Content_Types].xml")
	}
	if ref.types, err = ooxml.ParseContentTypes(ctData); err != nil {
		return nil, errorf("reference: %w", err)
	}
	docName := docPart
	if rels, err := ref.rels(""); err == nil {
		for _, rel := range rels {
			if rel.Type == ooxml.RelOfficeDocument && !rel.External {
				docName = ooxml.ResolveTarget("", rel.Target)
			}
		}
	}
	docData, ok := ref.parts[docName]
	if !ok {
		return nil, errorf("reference: not a .docx: no %s", docName)
	}
	docRels, err := ref.rels(docName)
	if err != nil {
		return nil, errorf("reference: %w", err)
	}
	relByID := map[string]ooxml.Relationship{}
	for _, rel := range docRels {
		relByID[rel.ID] = rel
		if rel.External {
			continue
		}
		target := ooxml.ResolveTarget(docName, rel.Target)
		var err error
		switch rel.Type {
		case ooxml.RelStyles:
			if d, ok := ref.parts[target]; ok {
				ref.styles, err = parseMain(d)
			}
		case ooxml.RelNumbering:
			if d, ok := ref.parts[target]; ok {
				ref.numbering, err = parseMain(d)
			}
		}
		if err != nil {
			return nil, errorf("reference: %s: %w", target, err)
		}
	}
	ref.readStyles()
	ref.readNumbering()
	root, err := parseMain(docData)
	if err != nil {
		return nil, errorf("reference: %s: %w", docName, err)
	}
	ref.readSection(root, docName, relByID)
	return ref, nil
}

// rels reads the relationships of part ("" for the package's own).
func (ref *reference) rels(part string) ([]ooxml.Relationship, error) {
	name := "_rels/.rels"
	if part != "" {
		name = ooxml.RelsName(part)
	}
	data, ok := ref.parts[name]
	if !ok {
		return nil, nil
	}
	return ooxml.ParseRelationships(data)
}

func (ref *reference) readStyles() {
	if ref.styles == nil {
		return
	}
	for _, s := range ref.styles.kids {
		if s.name != "style" {
			continue
		}
		id, typ := s.attr("w:styleId"), s.attr("w:type")
		if typ == "" {
			typ = "paragraph" // the schema's default
		}
		ref.byID[id] = typ
		if n := s.child("name"); n != nil {
			key := typ + ":" + strings.ToLower(n.attr("w:val"))
			if _, dup := ref.byName[key]; !dup {
				ref.byName[key] = id
			}
		}
	}
}

func (ref *reference) readNumbering() {
	if ref.numbering == nil {
		return
	}
	for _, n := range ref.numbering.kids {
		switch n.name {
		case "abstractNum":
			if id, err := strconv.Atoi(n.attr("w:abstractNumId")); err == nil && id >= ref.nextAbstractNum {
				ref.nextAbstractNum = id + 1
			}
		case "num":
			if id, err := strconv.Atoi(n.attr("w:numId")); err == nil && id >= ref.nextNum {
				ref.nextNum = id + 1
			}
		}
	}
	ref.nextNum = max(ref.nextNum, 1)
}

// readSection takes the page setup and the headers and footers of the
// body's (last) section.
func (ref *reference) readSection(root *xnode, docName string, relByID map[string]ooxml.Relationship) {
	body := root.child("body")
	if body == nil {
		return
	}
	var sect *xnode
	for _, k := range body.kids {
		if k.name == "sectPr" {
			sect = k
		}
	}
	if sect == nil {
		return
	}
	for _, k := range sect.kids {
		switch k.name {
		case "headerReference", "footerReference":
			rel, ok := relByID[k.attr("r:id")]
			if !ok || rel.External {
				continue
			}
			part := ooxml.ResolveTarget(docName, rel.Target)
			if _, ok := ref.parts[part]; ok {
				ref.headerFooters = append(ref.headerFooters, refHeaderFooter{elem: "w:" + k.name, typ: k.attr("w:type"), part: part})
			}
		case "pgSz":
			twips(&ref.page.width, k.attr("w:w"))
			twips(&ref.page.height, k.attr("w:h"))
			if o := k.attr("w:orient"); o == "landscape" || o == "portrait" {
				ref.page.orient = o
			}
		case "pgMar":
			twips(&ref.page.top, k.attr("w:top"))
			twips(&ref.page.bottom, k.attr("w:bottom"))
			twips(&ref.page.left, k.attr("w:left"))
			twips(&ref.page.right, k.attr("w:right"))
			twips(&ref.page.header, k.attr("w:header"))
			twips(&ref.page.footer, k.attr("w:footer"))
			twips(&ref.page.gutter, k.attr("w:gutter"))
		default:
			ref.sect = append(ref.sect, k)
		}
	}
}

// writeSection writes the section properties after the header and footer
// references: the reference's, with the page setup in its schema place
// (after footnotePr, endnotePr and type).
func (ref *reference) writeSection(b *ooxml.Builder, p page) {
	wrote := false
	for _, k := range ref.sect {
		if !wrote && k.name != "footnotePr" && k.name != "endnotePr" && k.name != "type" {
			p.writeSetup(b)
			wrote = true
		}
		k.write(b)
	}
	if !wrote {
		p.writeSetup(b)
	}
}

// twips sets *dst from a twips attribute, keeping it when the value is
// missing or not a sane length. Top and bottom margins may be negative
// ("do not move for the header"): the size counts.
func twips(dst *int, v string) {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || math.Abs(f) > 31680 { // 22 in, the largest Word page
		return
	}
	*dst = int(math.Abs(f))
}

// styleIDs maps each of gdprkit's style ids to the reference's style of
// the same type and name (so a localised Word's "Titolo1" serves as
// heading 1), or else of the same type and id. Styles the reference lacks
// keep gdprkit's id — prefixed with "gdprkit" if the reference uses it for
// a style of another type — and mergeStyles adds them.
func (ref *reference) styleIDs(defs []styleDef) map[string]string {
	ids := make(map[string]string, len(defs))
	for _, d := range defs {
		typ, taken := ref.byID[d.id]
		switch id, ok := ref.byName[d.typ+":"+strings.ToLower(d.name)]; {
		case ok:
			ids[d.id] = id
		case taken && typ != d.typ:
			ids[d.id] = "gdprkit" + d.id
		default:
			ids[d.id] = d.id
		}
	}
	return ids
}

// mergeStyles returns the reference's styles.xml with the document's
// language in its defaults and gdprkit's styles it lacks added.
func (ref *reference) mergeStyles(defs []styleDef, ids map[string]string, lang string) []byte {
	root := ref.styles
	if lang != "" {
		rPr := root.ensure("docDefaults").ensure("rPrDefault").ensure("rPr")
		setLang(rPr, lang)
	}
	var b ooxml.Builder
	b.Raw(ooxml.Declaration)
	b.Start("w:styles", "xmlns:w", ooxml.NSMain, "xmlns:r", ooxml.NSOfficeRel)
	for _, k := range root.kids {
		k.write(&b)
	}
	id := func(s string) string { return ids[s] }
	for _, d := range defs {
		if _, ok := ref.byID[ids[d.id]]; !ok {
			writeStyle(&b, d, id)
		}
	}
	b.End()
	return b.Bytes()
}

// setLang replaces the w:lang of run properties, keeping ECMA-376 order
// (lang comes before eastAsianLayout, specVanish and oMath).
func setLang(rPr *xnode, lang string) {
	kids := rPr.kids[:0]
	for _, k := range rPr.kids {
		if k.name != "lang" {
			kids = append(kids, k)
		}
	}
	at := len(kids)
	for i, k := range kids {
		if k.name == "eastAsianLayout" || k.name == "specVanish" || k.name == "oMath" {
			at = i
			break
		}
	}
	l := &xnode{name: "lang", attrs: []xattr{{"w:val", lang}, {"w:eastAsia", lang}, {"w:bidi", lang}}}
	rPr.kids = append(kids[:at], append([]*xnode{l}, kids[at:]...)...)
}

// mergeNumbering returns the reference's abstract definitions and
// instances followed by gdprkit's, whose ids start past the reference's.
// Picture bullets are dropped (their VML is not carried over); their
// levels fall back to the level text.
func (ref *reference) mergeNumbering(n *numbering) []byte {
	var b ooxml.Builder
	b.Raw(ooxml.Declaration)
	b.Start("w:numbering", "xmlns:w", ooxml.NSMain, "xmlns:r", ooxml.NSOfficeRel)
	for _, k := range ref.numbering.kids {
		if k.name == "abstractNum" {
			dropPictureBullets(k)
			k.write(&b)
		}
	}
	n.abstractNums(&b)
	for _, k := range ref.numbering.kids {
		if k.name == "num" {
			k.write(&b)
		}
	}
	n.nums(&b)
	b.End()
	return b.Bytes()
}

func dropPictureBullets(n *xnode) {
	kids := n.kids[:0]
	for _, k := range n.kids {
		if k.name != "lvlPicBulletId" {
			dropPictureBullets(k)
			kids = append(kids, k)
		}
	}
	n.kids = kids
}

// copyHeaderFooters adds the reference's headers and footers, and every
// part they refer to (a logo), to the package: relationships from the
// document, content types, and the parts under their own names.
func (ref *reference) copyHeaderFooters(rels *ooxml.Relationships, ct *ooxml.ContentTypes) ([]hfRef, []ooxml.Part) {
	var refs []hfRef
	relOf := map[string]string{}
	copied := map[string]bool{}
	var parts []ooxml.Part
	var copyPart func(name string)
	copyPart = func(name string) {
		if copied[name] || reserved[name] {
			return
		}
		data, ok := ref.parts[name]
		typ := ref.types.Of(name)
		if !ok || typ == "" {
			return
		}
		copied[name] = true
		parts = append(parts, ooxml.Part{Name: name, Data: data})
		if ext := strings.TrimPrefix(path.Ext(name), "."); ext != "" && ref.types.Overrides[name] == "" {
			ct.Default(strings.ToLower(ext), typ)
		} else {
			ct.Override(name, typ)
		}
		relsName := ooxml.RelsName(name)
		relsData, ok := ref.parts[relsName]
		if !ok {
			return
		}
		parts = append(parts, ooxml.Part{Name: relsName, Data: relsData})
		copied[relsName] = true
		list, err := ooxml.ParseRelationships(relsData)
		if err != nil {
			return
		}
		for _, rel := range list {
			if !rel.External {
				copyPart(ooxml.ResolveTarget(name, rel.Target))
			}
		}
	}
	for _, hf := range ref.headerFooters {
		if reserved[hf.part] {
			continue
		}
		id, ok := relOf[hf.part]
		if !ok {
			typ := ooxml.RelHeader
			if hf.elem == "w:footerReference" {
				typ = ooxml.RelFooter
			}
			target := hf.part
			if rest, ok := strings.CutPrefix(hf.part, "word/"); ok {
				target = rest
			} else {
				target = "/" + hf.part
			}
			id = rels.Add(typ, target, false)
			relOf[hf.part] = id
			copyPart(hf.part)
		}
		refs = append(refs, hfRef{elem: hf.elem, typ: hf.typ, id: id})
	}
	return refs, parts
}

// reserved are the parts Render writes itself: a reference's part of the
// same name is not copied.
var reserved = map[string]bool{
	"[Content_Types].xml": true, "_rels/.rels": true, corePart: true, appPart: true,
	docPart: true, ooxml.RelsName(docPart): true, stylesPart: true, numberPart: true,
	settingsPart: true, fontsPart: true,
}

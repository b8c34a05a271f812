package docx

import (
	"strconv"

	"github.com/gdprkit/gdprkit/internal/ooxml"
)

// The look: one sans-serif family (Calibri, metric-compatible with Carlito
// on systems without it), dark-blue headings, light-blue table headers,
// grey hairline borders.
const (
	fontFamily   = "Calibri"
	colorAccent  = "1F3864" // headings, captions, table header text
	colorAccent2 = "2F5496" // heading 3
	colorMuted   = "595959" // subtitle, header, footer
	colorBorder  = "A6A6A6" // table rules
	fillHeader   = "D9E2F3" // table header row and control labels
	colorLink    = "0563C1"
)

// Style ids of gdprkit's styles. A reference document may call them
// differently ([styleMap]); the renderer always goes through
// renderer.style.
const (
	sNormal         = "Normal"
	sTitle          = "Title"
	sSubtitle       = "Subtitle"
	sHeading1       = "Heading1"
	sHeading2       = "Heading2"
	sHeading3       = "Heading3"
	sListBullet     = "ListBullet"
	sListNumber     = "ListNumber"
	sListContinue   = "ListContinue"
	sDefTerm        = "DefinitionTerm"
	sDefinition     = "Definition"
	sCaption        = "Caption"
	sTableText      = "TableText"
	sTableHeading   = "TableHeading"
	sTableSpacing   = "TableSpacing"
	sNote           = "Note"
	sNoteTitle      = "NoteTitle"
	sControlHeading = "ControlHeading"
	sTOCHeading     = "TOCHeading"
	sTOC1           = "TOC1"
	sTOC2           = "TOC2"
	sTOC3           = "TOC3"
	sHeader         = "Header"
	sFooter         = "Footer"
	sHyperlink      = "Hyperlink"
	sDefaultFont    = "DefaultParagraphFont"
	sTableNormal    = "TableNormal"
	sDataTable      = "DataTable"
)

// styleDef is one w:style. The property fields hold the children of
// w:pPr, w:rPr and w:tblPr already in ECMA-376 order (a test checks the
// order of every part).
type styleDef struct {
	typ, id, name         string
	basedOn, next         string
	isDefault, qFormat    bool
	semiHidden            bool
	uiPriority            int
	pPr, rPr, tblPr, tcPr string
}

func headingRPr(sz int, color string) string {
	return `<w:b/><w:bCs/><w:color w:val="` + color + `"/><w:sz w:val="` + strconv.Itoa(sz) + `"/><w:szCs w:val="` + strconv.Itoa(sz) + `"/>`
}

func spacing(before, after int) string {
	return `<w:spacing w:before="` + strconv.Itoa(before) + `" w:after="` + strconv.Itoa(after) + `"/>`
}

// styleDefs returns gdprkit's styles. bulletNum and numberNum are the
// numbering instances List Bullet and List Number point at; textWidth
// places the right-aligned tab stops of the header, footer and contents.
func styleDefs(bulletNum, numberNum, textWidth int) []styleDef {
	rightTab := `<w:tabs><w:tab w:val="right" w:pos="` + strconv.Itoa(textWidth) + `"/></w:tabs>`
	tocTab := `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="` + strconv.Itoa(textWidth) + `"/></w:tabs>`
	numPr := func(num int) string {
		return `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + strconv.Itoa(num) + `"/></w:numPr>`
	}
	borders := ""
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		borders += `<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="` + colorBorder + `"/>`
	}
	return []styleDef{
		{typ: "paragraph", id: sNormal, name: "Normal", isDefault: true, qFormat: true,
			pPr: `<w:widowControl/>` + spacing(0, 120)},
		{typ: "character", id: sDefaultFont, name: "Default Paragraph Font", isDefault: true, semiHidden: true, uiPriority: 1},
		{typ: "table", id: sTableNormal, name: "Normal Table", isDefault: true, semiHidden: true, uiPriority: 99,
			tblPr: `<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>`},
		{typ: "paragraph", id: sTitle, name: "Title", basedOn: sNormal, next: sSubtitle, qFormat: true, uiPriority: 10,
			pPr: `<w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="6" w:color="` + colorAccent + `"/></w:pBdr>` + spacing(0, 160),
			rPr: `<w:color w:val="` + colorAccent + `"/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/>`},
		{typ: "paragraph", id: sSubtitle, name: "Subtitle", basedOn: sNormal, next: sNormal, qFormat: true, uiPriority: 11,
			pPr: `<w:keepNext/>` + spacing(0, 360),
			rPr: `<w:color w:val="` + colorMuted + `"/><w:sz w:val="28"/><w:szCs w:val="28"/>`},
		{typ: "paragraph", id: sHeading1, name: "heading 1", basedOn: sNormal, next: sNormal, qFormat: true, uiPriority: 9,
			pPr: `<w:keepNext/><w:keepLines/>` + spacing(360, 120) + `<w:outlineLvl w:val="0"/>`,
			rPr: headingRPr(32, colorAccent)},
		{typ: "paragraph", id: sHeading2, name: "heading 2", basedOn: sNormal, next: sNormal, qFormat: true, uiPriority: 9,
			pPr: `<w:keepNext/><w:keepLines/>` + spacing(280, 100) + `<w:outlineLvl w:val="1"/>`,
			rPr: headingRPr(26, colorAccent)},
		{typ: "paragraph", id: sHeading3, name: "heading 3", basedOn: sNormal, next: sNormal, qFormat: true, uiPriority: 9,
			pPr: `<w:keepNext/><w:keepLines/>` + spacing(220, 80) + `<w:outlineLvl w:val="2"/>`,
			rPr: headingRPr(23, colorAccent2)},
		{typ: "paragraph", id: sListBullet, name: "List Bullet", basedOn: sNormal, uiPriority: 36,
			pPr: numPr(bulletNum) + spacing(0, 60)},
		{typ: "paragraph", id: sListNumber, name: "List Number", basedOn: sNormal, uiPriority: 37,
			pPr: numPr(numberNum) + spacing(0, 60)},
		{typ: "paragraph", id: sListContinue, name: "List Continue", basedOn: sNormal, uiPriority: 99,
			pPr: spacing(0, 60) + `<w:ind w:left="` + strconv.Itoa(listTextIndent(0)) + `"/>`},
		{typ: "paragraph", id: sDefTerm, name: "Definition Term", basedOn: sNormal, next: sDefinition, qFormat: true,
			pPr: `<w:keepNext/><w:keepLines/>` + spacing(120, 20),
			rPr: `<w:b/><w:bCs/><w:color w:val="` + colorAccent + `"/>`},
		{typ: "paragraph", id: sDefinition, name: "Definition", basedOn: sNormal, next: sDefTerm, qFormat: true,
			pPr: spacing(0, 80) + `<w:ind w:left="` + strconv.Itoa(defIndent) + `"/>`},
		{typ: "paragraph", id: sCaption, name: "caption", basedOn: sNormal, next: sNormal, qFormat: true, uiPriority: 35,
			pPr: `<w:keepNext/><w:keepLines/>` + spacing(200, 80),
			rPr: `<w:b/><w:bCs/><w:color w:val="` + colorAccent + `"/><w:sz w:val="19"/><w:szCs w:val="19"/>`},
		{typ: "paragraph", id: sTableText, name: "Table Text", basedOn: sNormal, qFormat: true,
			pPr: `<w:spacing w:before="30" w:after="30" w:line="240" w:lineRule="auto"/>`,
			rPr: `<w:sz w:val="19"/><w:szCs w:val="19"/>`},
		{typ: "paragraph", id: sTableHeading, name: "Table Heading", basedOn: sTableText, qFormat: true,
			pPr: `<w:keepNext/>`,
			rPr: `<w:b/><w:bCs/><w:color w:val="` + colorAccent + `"/>`},
		{typ: "paragraph", id: sTableSpacing, name: "Table Spacing", basedOn: sNormal,
			pPr: `<w:spacing w:before="0" w:after="0" w:line="180" w:lineRule="exact"/>`,
			rPr: `<w:sz w:val="12"/><w:szCs w:val="12"/>`},
		{typ: "paragraph", id: sNote, name: "Note", basedOn: sNormal, qFormat: true,
			pPr: spacing(40, 60),
			rPr: `<w:sz w:val="20"/><w:szCs w:val="20"/>`},
		{typ: "paragraph", id: sNoteTitle, name: "Note Title", basedOn: sNote, next: sNote, qFormat: true,
			pPr: `<w:keepNext/>`,
			rPr: `<w:b/><w:bCs/>`},
		{typ: "paragraph", id: sControlHeading, name: "Control Heading", basedOn: sNormal, next: sNormal, qFormat: true,
			pPr: `<w:keepNext/><w:keepLines/>` + spacing(280, 100),
			rPr: `<w:b/><w:bCs/><w:caps/><w:color w:val="` + colorAccent + `"/><w:spacing w:val="10"/><w:sz w:val="20"/><w:szCs w:val="20"/>`},
		{typ: "paragraph", id: sTOCHeading, name: "TOC Heading", basedOn: sNormal, next: sNormal, qFormat: true, uiPriority: 39,
			pPr: `<w:keepNext/><w:keepLines/>` + spacing(0, 200),
			rPr: headingRPr(32, colorAccent)},
		{typ: "paragraph", id: sTOC1, name: "toc 1", basedOn: sNormal, next: sNormal, uiPriority: 39,
			pPr: tocTab + spacing(120, 40),
			rPr: `<w:b/><w:bCs/>`},
		{typ: "paragraph", id: sTOC2, name: "toc 2", basedOn: sNormal, next: sNormal, uiPriority: 39,
			pPr: tocTab + spacing(0, 40) + `<w:ind w:left="284"/>`},
		{typ: "paragraph", id: sTOC3, name: "toc 3", basedOn: sNormal, next: sNormal, uiPriority: 39,
			pPr: tocTab + spacing(0, 40) + `<w:ind w:left="567"/>`,
			rPr: `<w:sz w:val="20"/><w:szCs w:val="20"/>`},
		{typ: "paragraph", id: sHeader, name: "header", basedOn: sNormal, uiPriority: 99,
			pPr: `<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="` + colorBorder + `"/></w:pBdr>` + rightTab + spacing(0, 0),
			rPr: `<w:color w:val="` + colorMuted + `"/><w:sz w:val="17"/><w:szCs w:val="17"/>`},
		{typ: "paragraph", id: sFooter, name: "footer", basedOn: sNormal, uiPriority: 99,
			pPr: `<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="` + colorBorder + `"/></w:pBdr>` + rightTab + spacing(0, 0),
			rPr: `<w:color w:val="` + colorMuted + `"/><w:sz w:val="17"/><w:szCs w:val="17"/>`},
		{typ: "character", id: sHyperlink, name: "Hyperlink", basedOn: sDefaultFont, uiPriority: 99,
			rPr: `<w:color w:val="` + colorLink + `"/><w:u w:val="single"/>`},
		{typ: "table", id: sDataTable, name: "Data Table", basedOn: sTableNormal, uiPriority: 59,
			pPr:   `<w:spacing w:before="0" w:after="0"/>`,
			tblPr: `<w:tblBorders>` + borders + `</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>`},
	}
}

// writeStyle writes one style; ids maps gdprkit's ids to the ids the
// document uses (different only with a reference).
func writeStyle(b *ooxml.Builder, s styleDef, ids func(string) string) {
	attrs := []string{"w:type", s.typ}
	if s.isDefault {
		attrs = append(attrs, "w:default", "1")
	}
	attrs = append(attrs, "w:styleId", ids(s.id))
	b.Start("w:style", attrs...)
	b.Empty("w:name", "w:val", s.name)
	if s.basedOn != "" {
		b.Empty("w:basedOn", "w:val", ids(s.basedOn))
	}
	if s.next != "" {
		b.Empty("w:next", "w:val", ids(s.next))
	}
	if s.uiPriority != 0 {
		b.Empty("w:uiPriority", "w:val", strconv.Itoa(s.uiPriority))
	}
	if s.semiHidden {
		b.Empty("w:semiHidden")
		b.Empty("w:unhideWhenUsed")
	}
	if s.qFormat {
		b.Empty("w:qFormat")
	}
	for _, p := range []struct{ name, inner string }{{"w:pPr", s.pPr}, {"w:rPr", s.rPr}, {"w:tblPr", s.tblPr}, {"w:tcPr", s.tcPr}} {
		if p.inner != "" {
			b.Start(p.name)
			b.Raw(p.inner)
			b.End()
		}
	}
	b.End()
}

// docDefaultsXML is w:docDefaults: the font, size and language every run
// inherits.
func docDefaultsXML(lang string) string {
	var b ooxml.Builder
	b.Start("w:docDefaults")
	b.Start("w:rPrDefault")
	b.Start("w:rPr")
	b.Empty("w:rFonts", "w:ascii", fontFamily, "w:eastAsia", fontFamily, "w:hAnsi", fontFamily, "w:cs", fontFamily)
	b.Empty("w:sz", "w:val", "21")
	b.Empty("w:szCs", "w:val", "21")
	if lang != "" {
		b.Empty("w:lang", "w:val", lang, "w:eastAsia", lang, "w:bidi", lang)
	}
	b.End()
	b.End()
	b.Start("w:pPrDefault")
	b.Start("w:pPr")
	b.Empty("w:spacing", "w:after", "120", "w:line", "264", "w:lineRule", "auto")
	b.End()
	b.End()
	b.End()
	return string(b.Bytes())
}

// stylesXML is styles.xml without a reference.
func stylesXML(defs []styleDef, lang string) []byte {
	var b ooxml.Builder
	b.Raw(ooxml.Declaration)
	b.Start("w:styles", "xmlns:w", ooxml.NSMain)
	b.Raw(docDefaultsXML(lang))
	id := func(s string) string { return s }
	for _, s := range defs {
		writeStyle(&b, s, id)
	}
	b.End()
	return b.Bytes()
}

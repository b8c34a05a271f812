package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/internal/ooxml"
)

// schemaOrder lists, for the WordprocessingML elements gdprkit writes
// children into, the order ECMA-376 (transitional) gives those children.
// "a|b" share a position (a choice). Word rejects files that break it
// even where LibreOffice does not.
var schemaOrder = map[string][]string{
	"document":    {"background", "body"},
	"body":        {"p|tbl|bookmarkStart|bookmarkEnd", "sectPr"},
	"p":           {"pPr", "r|hyperlink|bookmarkStart|bookmarkEnd"},
	"hyperlink":   {"r"},
	"r":           {"rPr", "t|br|tab|fldChar|instrText|drawing"},
	"tbl":         {"tblPr", "tblGrid", "tr"},
	"tblGrid":     {"gridCol"},
	"tr":          {"tblPrEx", "trPr", "tc"},
	"tc":          {"tcPr", "p|tbl"},
	"hdr":         {"p|tbl"},
	"ftr":         {"p|tbl"},
	"pPr":         {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"},
	"rPr":         {"rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"},
	"numPr":       {"ilvl", "numId"},
	"pBdr":        {"top", "left", "bottom", "right", "between", "bar"},
	"tabs":        {"tab"},
	"tblPr":       {"tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"},
	"tblBorders":  {"top", "left|start", "bottom", "right|end", "insideH", "insideV"},
	"tblCellMar":  {"top", "left|start", "bottom", "right|end"},
	"trPr":        {"cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden"},
	"tcPr":        {"cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"},
	"sectPr":      {"headerReference|footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"},
	"styles":      {"docDefaults", "latentStyles", "style"},
	"docDefaults": {"rPrDefault", "pPrDefault"},
	"rPrDefault":  {"rPr"},
	"pPrDefault":  {"pPr"},
	"style":       {"name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"},
	"numbering":   {"numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"},
	"abstractNum": {"nsid", "multiLevelType", "tmpl", "name", "styleLink", "numStyleLink", "lvl"},
	"lvl":         {"start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr"},
	"num":         {"abstractNumId", "lvlOverride"},
	"lvlOverride": {"startOverride", "lvl"},
	"settings":    {"writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride", "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets", "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags", "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"},
	"compat":      {"compatSetting"},
	"fonts":       {"font"},
	"font":        {"altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig", "embedRegular", "embedBold", "embedItalic", "embedBoldItalic"},
}

// checkOrder reports every WordprocessingML element of data whose children
// break schemaOrder, or that holds a child the order does not know.
func checkOrder(t *testing.T, part string, data []byte) {
	t.Helper()
	pos := map[string]map[string]int{}
	for parent, order := range schemaOrder {
		pos[parent] = map[string]int{}
		for i, names := range order {
			for _, n := range strings.Split(names, "|") {
				pos[parent][n] = i
			}
		}
	}
	type frame struct {
		name string
		last int
	}
	var stack []frame
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("%s: %v", part, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			name := tok.Name.Local
			if tok.Name.Space != ooxml.NSMain {
				name = "{other}"
			}
			if n := len(stack); n > 0 {
				parent := &stack[n-1]
				if order, ok := pos[parent.name]; ok {
					i, known := order[name]
					switch {
					case !known:
						t.Errorf("%s: <%s> inside <%s> is not in the schema order", part, name, parent.name)
					case i < parent.last:
						t.Errorf("%s: <%s> comes after a later sibling inside <%s>", part, name, parent.name)
					default:
						parent.last = i
					}
				}
			}
			stack = append(stack, frame{name: name})
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
}

// TestSchemaOrder checks the child order of every part of documents that
// exercise every code path, with and without a reference.
func TestSchemaOrder(t *testing.T) {
	full := sampleDocument()
	full.Blocks = append(full.Blocks, hostileBlocks()...)
	cases := map[string]Options{"plain": {}, "toc": {TOC: true}, "reference": {TOC: true, Reference: testReference(t)}}
	for name, opts := range cases {
		t.Run(name, func(t *testing.T) {
			for _, p := range unzip(t, renderBytes(t, full, opts)) {
				if isXML(p.Name) {
					checkOrder(t, p.Name, p.Data)
				}
			}
		})
	}
}

// hostileBlocks nest every container in every other.
func hostileBlocks() []doc.Block {
	table := doc.Tab("nested", doc.Cols("a", "b"), doc.TextRow("1", "2"))
	note := doc.Note{Kind: doc.NoteWarning, Title: "t", Blocks: []doc.Block{doc.P("x"), table, doc.Bullets("y"), doc.Defs(doc.Def("k", "v"))}}
	return []doc.Block{
		doc.List{Items: []doc.ListItem{doc.Item(doc.P("item"), table, note, doc.Defs(doc.Def("k", "v")))}},
		doc.Defs(doc.Definition{Term: []doc.Inline{doc.B("term")}, Description: []doc.Block{table, note, doc.Numbered("n")}}),
		doc.Note{Blocks: []doc.Block{note, doc.Sec("section in a note", doc.P("p"))}},
	}
}

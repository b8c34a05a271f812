package docx

import (
	"fmt"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// blockCtx is where a block is being written.
type blockCtx struct {
	depth  int    // section nesting: 0 outside any section
	indent int    // left indent of the block's paragraphs and tables
	width  int    // width from indent to the right edge, for tables
	level  int    // list level of the enclosing list item; -1 outside lists
	para   string // style of plain paragraphs; "" is Normal
}

// minWidth keeps nested tables usable however deep the nesting.
const minWidth = 1134 // 2 cm

// inner returns the context of blocks indented by more twips.
func (c blockCtx) inner(more int) blockCtx {
	c.indent += more
	c.width = max(c.width-more, minWidth)
	return c
}

// blocks writes a sequence of blocks. A paragraph that introduces the
// table or list after it (it ends with a colon) is kept on the same page
// as that block, so a page never ends on "The fields are:".
func (r *renderer) blocks(bs []doc.Block, c blockCtx) {
	for i, b := range bs {
		if p, ok := b.(doc.Paragraph); ok && i+1 < len(bs) && introduces(p, bs[i+1]) {
			r.paragraphOpts(p.Inlines, c, true)
			continue
		}
		r.block(b, c)
	}
}

// introduces reports whether paragraph p leads into next: it ends with a
// colon and next is a table or a list.
func introduces(p doc.Paragraph, next doc.Block) bool {
	switch next.(type) {
	case doc.Table, doc.List, doc.DefinitionList:
	default:
		return false
	}
	text := strings.TrimRight(doc.PlainText(p.Inlines), " \t\n")
	return strings.HasSuffix(text, ":")
}

// block writes one block: the renderer's single switch over the closed
// set of block kinds.
func (r *renderer) block(b doc.Block, c blockCtx) {
	switch b := b.(type) {
	case doc.Section:
		r.section(b, c)
	case doc.Paragraph:
		r.paragraph(b.Inlines, c)
	case doc.List:
		r.list(b, c)
	case doc.DefinitionList:
		r.definitions(b, c)
	case doc.Table:
		r.table(tableSpec{Table: b}, c)
	case doc.Note:
		r.note(b, c)
	}
}

func headingStyle(depth int) string {
	switch depth {
	case 1:
		return sHeading1
	case 2:
		return sHeading2
	}
	return sHeading3
}

// section writes the heading (level = nesting depth, Heading 3 below
// three) and the section's blocks. An untitled section writes no heading,
// which would be an empty entry in the navigation pane.
func (r *renderer) section(s doc.Section, c blockCtx) {
	c.depth++
	if s.Title != "" {
		level := min(c.depth, 3)
		b := &r.body
		b.Start("w:p")
		r.pPr(headingStyle(c.depth), pOpts{indent: c.indent, styleIndent: 0})
		var bookmark string
		if r.opts.TOC {
			n := len(r.headings) + 1
			bookmark = fmt.Sprintf("_Toc%08d", n)
			r.headings = append(r.headings, heading{level: level, text: s.Title, bookmark: bookmark})
			b.Empty("w:bookmarkStart", "w:id", itoa(n), "w:name", bookmark)
		}
		r.text(s.Title, runFmt{})
		if bookmark != "" {
			b.Empty("w:bookmarkEnd", "w:id", itoa(len(r.headings)))
		}
		b.End()
	}
	r.blocks(s.Blocks, c)
}

// styleIndent is the left indent a paragraph style already gives.
func styleIndent(style string) int {
	switch style {
	case sDefinition:
		return defIndent
	case sListContinue:
		return listTextIndent(0)
	}
	return 0
}

// paragraph writes a plain paragraph in the context's style.
func (r *renderer) paragraph(in []doc.Inline, c blockCtx) { r.paragraphOpts(in, c, false) }

// paragraphOpts writes a plain paragraph, kept with the next block when
// keepNext is set.
func (r *renderer) paragraphOpts(in []doc.Inline, c blockCtx, keepNext bool) {
	r.body.Start("w:p")
	r.pPr(c.para, pOpts{indent: c.indent, styleIndent: styleIndent(c.para), keepNext: keepNext})
	r.inlines(in, runFmt{})
	r.body.End()
}

// pOpts are the direct paragraph properties the body uses.
type pOpts struct {
	indent, styleIndent int // a w:ind is written when they differ
	hanging             int
	numID, ilvl         int // numPr when numID > 0
	pageBreak           bool
	keepNext            bool // keep on the page of the next paragraph
}

// pPr writes w:pPr in ECMA-376 order: pStyle, keepNext, pageBreakBefore,
// numPr, ind.
// Nothing is written for a Normal paragraph without direct properties.
func (r *renderer) pPr(style string, o pOpts) {
	hasStyle := style != "" && style != sNormal
	hasInd := o.indent != o.styleIndent
	if !hasStyle && !hasInd && o.numID == 0 && !o.pageBreak && !o.keepNext {
		return
	}
	b := &r.body
	b.Start("w:pPr")
	if hasStyle {
		b.Empty("w:pStyle", "w:val", r.style(style))
	}
	if o.keepNext {
		b.Empty("w:keepNext")
	}
	if o.pageBreak {
		b.Empty("w:pageBreakBefore")
	}
	if o.numID > 0 {
		b.Start("w:numPr")
		b.Empty("w:ilvl", "w:val", itoa(o.ilvl))
		b.Empty("w:numId", "w:val", itoa(o.numID))
		b.End()
	}
	if hasInd {
		if o.hanging > 0 {
			b.Empty("w:ind", "w:left", itoa(o.indent), "w:hanging", itoa(o.hanging))
		} else {
			b.Empty("w:ind", "w:left", itoa(o.indent))
		}
	}
	b.End()
}

// list writes a bulleted or numbered list. The first paragraph of an item
// carries the bullet or number; the item's other blocks are indented to
// its text. Nested lists go one level deeper.
func (r *renderer) list(l doc.List, c blockCtx) {
	lvl := min(c.level+1, maxLevel)
	style, num := sListBullet, r.num.bulletNum()
	if l.Ordered {
		style, num = sListNumber, r.num.newOrdered()
	}
	// base is the indent the list sits in (a definition's description, a
	// list item's text); numbering.xml indents from the margin only.
	base := c.indent
	if c.level >= 0 {
		base -= listTextIndent(c.level)
	}
	text := base + listTextIndent(lvl)
	item := c.inner(text - c.indent)
	item.level, item.para = lvl, sListContinue
	for _, it := range l.Items {
		rest := it.Blocks
		b := &r.body
		b.Start("w:p")
		o := pOpts{numID: num, ilvl: lvl}
		if base != 0 {
			o.indent, o.hanging = text, listHang
		}
		r.pPr(style, o)
		if len(rest) > 0 {
			if p, ok := rest[0].(doc.Paragraph); ok {
				r.inlines(p.Inlines, runFmt{})
				rest = rest[1:]
			}
		}
		b.End()
		r.blocks(rest, item)
	}
}

// definitions writes each term as a bold, kept-with-next paragraph and its
// description indented below it.
func (r *renderer) definitions(dl doc.DefinitionList, c blockCtx) {
	desc := c.inner(defIndent)
	desc.para = sDefinition
	for _, d := range dl.Items {
		r.body.Start("w:p")
		r.pPr(sDefTerm, pOpts{indent: c.indent})
		r.inlines(d.Term, runFmt{})
		r.body.End()
		r.blocks(d.Description, desc)
	}
}

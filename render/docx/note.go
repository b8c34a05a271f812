package docx

import "github.com/gdprkit/gdprkit/doc"

// noteLook is the colour scheme of a note kind.
type noteLook struct {
	border, fill, title string
	rule                string // thickness of the left rule, eighths of a point
}

func lookOf(k doc.NoteKind) noteLook {
	switch k {
	case doc.NoteLegal:
		return noteLook{border: colorAccent, fill: "EEF2F8", title: colorAccent, rule: "24"}
	case doc.NoteWarning:
		return noteLook{border: "C55A11", fill: "FBE9DD", title: "A04505", rule: "24"}
	case doc.NoteMissing:
		// Data still to be completed must leap off the page: yellow
		// ground, red frame and title.
		return noteLook{border: "C00000", fill: "FFF2CC", title: "C00000", rule: "36"}
	}
	return noteLook{border: "2E74B5", fill: "EAF1FB", title: colorAccent, rule: "24"}
}

// Inner margins of a note box.
const (
	noteMarginX = 170
	noteMarginY = 90
)

// note writes a callout as a one-cell table: shaded, framed, with a thick
// rule on the left. A table (rather than paragraph borders) keeps the box
// whole around lists and tables inside it.
func (r *renderer) note(n doc.Note, c blockCtx) {
	look := lookOf(n.Kind)
	b := &r.body
	b.Start("w:tbl")
	b.Start("w:tblPr")
	b.Empty("w:tblW", "w:w", itoa(c.width), "w:type", "dxa")
	if c.indent != 0 {
		b.Empty("w:tblInd", "w:w", itoa(c.indent), "w:type", "dxa")
	}
	b.Start("w:tblBorders")
	for _, side := range []string{"w:top", "w:left", "w:bottom", "w:right"} {
		sz := "4"
		if side == "w:left" {
			sz = look.rule
		}
		b.Empty(side, "w:val", "single", "w:sz", sz, "w:space", "0", "w:color", look.border)
	}
	b.End()
	b.Empty("w:tblLayout", "w:type", "fixed")
	b.Start("w:tblCellMar")
	b.Empty("w:top", "w:w", itoa(noteMarginY), "w:type", "dxa")
	b.Empty("w:left", "w:w", itoa(noteMarginX), "w:type", "dxa")
	b.Empty("w:bottom", "w:w", itoa(noteMarginY), "w:type", "dxa")
	b.Empty("w:right", "w:w", itoa(noteMarginX), "w:type", "dxa")
	b.End()
	b.Empty("w:tblLook", "w:val", "0000", "w:firstRow", "0", "w:lastRow", "0", "w:firstColumn", "0", "w:lastColumn", "0", "w:noHBand", "1", "w:noVBand", "1")
	b.End()
	b.Start("w:tblGrid")
	b.Empty("w:gridCol", "w:w", itoa(c.width))
	b.End()
	b.Start("w:tr")
	b.Start("w:tc")
	b.Start("w:tcPr")
	b.Empty("w:tcW", "w:w", itoa(c.width), "w:type", "dxa")
	b.Empty("w:shd", "w:val", "clear", "w:color", "auto", "w:fill", look.fill)
	b.End()
	wrote := false
	if n.Title != "" {
		b.Start("w:p")
		r.pPr(sNoteTitle, pOpts{})
		r.text(n.Title, runFmt{color: look.title})
		b.End()
		wrote = true
	}
	inner := blockCtx{depth: c.depth, width: max(c.width-2*noteMarginX, minWidth), level: -1, para: sNote}
	before := b.Len()
	r.blocks(n.Blocks, inner)
	if !wrote && b.Len() == before {
		// A cell must hold a paragraph.
		b.Start("w:p")
		r.pPr(sNote, pOpts{})
		b.End()
	}
	b.End()
	b.End()
	b.End()
	r.gap(false)
}

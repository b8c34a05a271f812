package docx

import (
	"strconv"

	"github.com/gdprkit/gdprkit/internal/ooxml"
)

// Lengths in WordprocessingML are twentieths of a point ("twips") unless
// said otherwise; 1 cm = 567 twips, 1 in = 1440.

// page is the page setup of the one section a rendered document has.
type page struct {
	width, height            int
	top, right, bottom, left int
	header, footer, gutter   int
	orient                   string // "" (portrait) or a reference's "landscape"/"portrait"
}

func pageFor(size PageSize) page {
	if size == Letter {
		return page{width: 12240, height: 15840, top: 1440, right: 1440, bottom: 1440, left: 1440, header: 708, footer: 708}
	}
	// A4 with 2.5 cm margins all round.
	return page{width: 11906, height: 16838, top: 1418, right: 1418, bottom: 1418, left: 1418, header: 709, footer: 709}
}

// textWidth is the width between the margins, the 100 % of a table.
func (p page) textWidth() int {
	w := p.width - p.left - p.right - p.gutter
	if w < 1440 {
		// A reference with absurd margins must not give tables zero or
		// negative widths.
		w = 1440
	}
	return w
}

// writeSetup writes pgSz and pgMar (inside a w:sectPr, in schema order).
func (p page) writeSetup(b *ooxml.Builder) {
	if p.orient != "" {
		b.Empty("w:pgSz", "w:w", itoa(p.width), "w:h", itoa(p.height), "w:orient", p.orient)
	} else {
		b.Empty("w:pgSz", "w:w", itoa(p.width), "w:h", itoa(p.height))
	}
	b.Empty("w:pgMar", "w:top", itoa(p.top), "w:right", itoa(p.right), "w:bottom", itoa(p.bottom),
		"w:left", itoa(p.left), "w:header", itoa(p.header), "w:footer", itoa(p.footer), "w:gutter", itoa(p.gutter))
}

func itoa(n int) string { return strconv.Itoa(n) }

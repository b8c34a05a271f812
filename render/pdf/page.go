package pdf

// The layout engine does not draw into fpdf directly: it fills pages with
// drawing operations first, and a painter replays them. Knowing every page
// before painting gives the exact page count for "Page X of Y" (no alias
// whose digits the font subset might lack), lets a box behind a note be
// inserted under text already laid out, and gives tests the text of each
// page without parsing PDF.

// opKind is the kind of a drawing operation.
type opKind uint8

const (
	opText     opKind = iota // text at x, baseline y
	opRect                   // filled rectangle x, y, w, h
	opLine                   // line from x, y to x+w, y+h, width lw
	opLink                   // link annotation over x, y, w, h to URL text
	opBookmark               // outline entry text at level, destination y
)

// color is an RGB colour.
type color struct{ r, g, b uint8 }

// op is one drawing operation on a page. The small fields come first, so
// they pack into one word: a long document holds hundreds of thousands.
type op struct {
	kind       opKind
	style      fontStyle
	color      color
	level      int
	x, y, w, h float64
	size       float64 // font size in points; line width in mm for opLine
	text       string
}

// page is the display list of one page.
type page struct{ ops []op }

// geometry is the page size and the margins, in millimetres.
type geometry struct {
	width, height            float64
	left, right, top, bottom float64 // distances from the page edges
}

// pageGeometry returns the geometry of a page size.
func pageGeometry(s PageSize) geometry {
	g := geometry{width: 210, height: 297}
	if s == Letter {
		g.width, g.height = 215.9, 279.4
	}
	g.left, g.right, g.top, g.bottom = 22, 22, 25, 22
	return g
}

// bodyTop and bodyBottom bound the body text vertically.
func (g geometry) bodyTop() float64    { return g.top }
func (g geometry) bodyBottom() float64 { return g.height - g.bottom }

// The palette: sober, printable, legible in greyscale.
var (
	colorText      = color{0x1f, 0x23, 0x28}
	colorMuted     = color{0x6b, 0x72, 0x80}
	colorHeading   = color{0x1b, 0x36, 0x5d}
	colorLink      = color{0x1a, 0x4f, 0xa8}
	colorRule      = color{0xb6, 0xbd, 0xc6}
	colorGrid      = color{0xc3, 0xc9, 0xd1}
	colorHeaderBg  = color{0xe2, 0xe8, 0xf0}
	colorLabelBg   = color{0xf1, 0xf3, 0xf6}
	colorTitleRule = color{0x1b, 0x36, 0x5d}
)

// usedStyles is the set of font styles the pages draw text in, one bit
// per fontStyle.
func (l *layout) usedStyles() uint8 {
	var used uint8
	for _, p := range l.pages {
		for _, o := range p.ops {
			if o.kind == opText {
				used |= 1 << o.style
			}
		}
	}
	return used
}

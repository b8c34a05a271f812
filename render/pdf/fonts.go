package pdf

import (
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// fontFamily is the name the Go fonts are registered under in fpdf.
const fontFamily = "go"

// fontStyle selects one of the four embedded faces.
type fontStyle uint8

// The faces; the values are bit flags so bold and italic combine.
const (
	regular    fontStyle = 0
	bold       fontStyle = 1
	italic     fontStyle = 2
	boldItalic fontStyle = bold | italic
)

// fpdfStyle is the style string fpdf's SetFont expects.
func (s fontStyle) fpdfStyle() string {
	return [...]string{"", "B", "I", "BI"}[s&3]
}

// faces are the TrueType files of the four styles, indexed by fontStyle.
// Go Mono is not embedded: the document tree has no code spans, and fpdf
// embeds every registered font whether used or not.
var faces = [4][]byte{goregular.TTF, gobold.TTF, goitalic.TTF, gobolditalic.TTF}

// fontMetrics are the advance widths of the Go fonts in 1/1000 em, as fpdf
// itself computes them, and the set of characters every face can draw.
// Text is measured here, without an fpdf round trip per word, and the PDF
// viewer uses the same widths, so justified lines end exactly at the margin.
type fontMetrics struct {
	// covered reports whether all four faces have a glyph for a BMP rune.
	covered [0x10000]bool
	// widths[style][r] is the advance of r in that face.
	widths [4][0x10000]uint16
}

var (
	metricsOnce sync.Once
	metricsVal  *fontMetrics
	metricsErr  error
)

// metrics returns the shared font metrics, computing them on first use.
func metrics() (*fontMetrics, error) {
	metricsOnce.Do(func() { metricsVal, metricsErr = loadMetrics() })
	return metricsVal, metricsErr
}

func loadMetrics() (*fontMetrics, error) {
	m := new(fontMetrics)
	for r := range m.covered {
		m.covered[r] = r >= 0x20
	}
	var buf sfnt.Buffer
	for _, ttf := range faces {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			return nil, err
		}
		for r := range m.covered {
			if !m.covered[r] {
				continue
			}
			if g, err := f.GlyphIndex(&buf, rune(r)); err != nil || g == 0 {
				m.covered[r] = false
			}
		}
	}
	// Surrogate halves are not characters, whatever a cmap says.
	for r := 0xD800; r <= 0xDFFF; r++ {
		m.covered[r] = false
	}
	p := fpdf.New("P", "mm", "A4", "")
	registerFonts(p, 0xf)
	for style := range m.widths {
		p.SetFont(fontFamily, fontStyle(style).fpdfStyle(), 10)
		for r := range m.covered {
			if m.covered[r] {
				m.widths[style][r] = uint16(p.GetStringSymbolWidth(string(rune(r))))
			}
		}
	}
	return m, p.Error()
}

// registerFonts adds the Go faces whose bit is set in used to p; regular
// is always added. fpdf embeds every registered face, used or not, and
// registering one costs tens of milliseconds, so only the faces a
// document needs are added.
func registerFonts(p *fpdf.Fpdf, used uint8) {
	used |= 1 << regular
	for style, ttf := range faces {
		if used&(1<<style) != 0 {
			p.AddUTF8FontFromBytes(fontFamily, fontStyle(style).fpdfStyle(), ttf)
		}
	}
}

// width returns the width of s in millimetres, set in style at size points.
// s must already be sanitised: every rune covered.
func (m *fontMetrics) width(style fontStyle, size float64, s string) float64 {
	units := 0
	w := &m.widths[style&3]
	for _, r := range s {
		if r < 0x10000 {
			units += int(w[r])
		}
	}
	return float64(units) * size / 1000 * ptToMM
}

// runeWidth returns the width of one rune in millimetres.
func (m *fontMetrics) runeWidth(style fontStyle, size float64, r rune) float64 {
	if r >= 0x10000 {
		return 0
	}
	return float64(m.widths[style&3][r]) * size / 1000 * ptToMM
}

// ptToMM converts typographic points to millimetres.
const ptToMM = 25.4 / 72

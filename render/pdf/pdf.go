package pdf

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/gdprkit/gdprkit/doc"
)

// PageSize is a paper size.
type PageSize int

// The paper sizes.
const (
	// A4 is ISO 216 A4, 210 × 297 mm: the default.
	A4 PageSize = iota
	// Letter is US Letter, 8.5 × 11 in.
	Letter
)

// Options are the rendering options. The zero value renders A4.
type Options struct {
	// PageSize is the paper size; the zero value is [A4].
	PageSize PageSize
}

// creator is the application named in the file properties.
const creator = "gdprkit"

// epoch is the date written when a document has none: the file must carry
// a date, and fpdf would otherwise write the current time, breaking
// reproducible output.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// ErrNilDocument is returned by [Render] when given no document.
var ErrNilDocument = errors.New("pdf: nil document")

// Render writes d to w as a PDF. Identical input gives identical bytes.
func Render(w io.Writer, d *doc.Document, opts Options) error {
	return render(w, d, opts, deflated)
}

// streams is how page content streams are written.
type streams uint8

const (
	// deflated streams are compressed by pageCompressor: the normal case.
	deflated streams = iota
	// fpdfDeflated streams are compressed by fpdf itself: the same bytes
	// as deflated, at a far higher memory cost; the fallback should fpdf's
	// output ever not be what pageCompressor expects.
	fpdfDeflated
	// plain streams are left uncompressed, so tests can read them.
	plain
)

// render is Render with the page streams written as s says.
func render(w io.Writer, d *doc.Document, opts Options, s streams) error {
	l, err := layoutDocument(d, opts)
	if err != nil {
		return err
	}
	err = output(w, d.Meta, l, s)
	if errors.Is(err, errUnrecognised) {
		err = output(w, d.Meta, l, fpdfDeflated)
	}
	return err
}

// output paints the pages of l and writes the file to w.
func output(w io.Writer, m doc.Meta, l *layout, s streams) error {
	p := newFpdf(l.geo, m, l.usedStyles())
	p.SetCompression(s == fpdfDeflated)
	paint(p, l)
	p.Close()
	if err := p.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if s == deflated {
		w = pageCompressor{w: w, pages: p.PageCount()}
	}
	if err := p.Output(w); err != nil {
		if errors.Is(err, errUnrecognised) {
			return err
		}
		return fmt.Errorf("pdf: write: %w", err)
	}
	return nil
}

// layoutDocument lays d out into pages, running header and footer included.
func layoutDocument(d *doc.Document, opts Options) (*layout, error) {
	if d == nil {
		return nil, ErrNilDocument
	}
	m, err := metrics()
	if err != nil {
		return nil, fmt.Errorf("pdf: fonts: %w", err)
	}
	l := newLayout(d, opts, m)
	l.frontMatter(len(d.Blocks) > 0)
	l.blocks(d.Blocks)
	l.decorate()
	return l, nil
}

// newFpdf returns a document with the page size, the fonts in styles (a
// bit set of fontStyle), the file
// properties and every setting that makes output reproducible.
func newFpdf(g geometry, m doc.Meta, styles uint8) *fpdf.Fpdf {
	p := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: g.width, Ht: g.height},
	})
	p.SetCatalogSort(true)
	date := m.Date
	if date.IsZero() {
		date = epoch
	}
	p.SetCreationDate(date)
	p.SetModificationDate(date)
	p.SetTitle(metadata(m.Title), true)
	p.SetSubject(metadata(m.Subject), true)
	p.SetAuthor(metadata(strings.Join(m.Authors, ", ")), true)
	p.SetKeywords(metadata(strings.Join(m.Keywords, ", ")), true)
	p.SetCreator(creator, true)
	p.SetProducer(creator, true)
	if lang := language(m.Language); lang != "" {
		p.SetLang(lang)
	}
	p.SetMargins(g.left, g.top, g.right)
	p.SetAutoPageBreak(false, g.bottom)
	p.SetDisplayMode("fullwidth", "continuous")
	registerFonts(p, styles)
	// The font must be current before the first bookmark, or fpdf writes
	// bookmark titles unencoded.
	p.SetFont(fontFamily, "", bodyStyle.size)
	return p
}

// languageTag matches a BCP 47 tag plainly enough to write it unescaped.
var languageTag = regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`)

// language returns s if it is a language tag, else "".
func language(s string) string {
	s = strings.TrimSpace(s)
	if languageTag.MatchString(s) {
		return s
	}
	return ""
}

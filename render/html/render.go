package html

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// Options configure [Render]. The zero value renders the page without a
// table of contents.
type Options struct {
	// TOC adds a table of contents, linking to the section headings, after
	// the title block.
	TOC bool
	// TOCDepth is the deepest section level the table of contents lists
	// (1 lists top-level sections only); zero lists every level.
	TOCDepth int
}

// ErrNilDocument is returned by [Render] when it is given no document.
var ErrNilDocument = errors.New("html: nil document")

// Ids of the page's own landmarks. They are reserved before any section
// takes an id, so a section titled "Contents" gets "contents-2" instead of
// clashing.
const (
	idControl   = "document-control"
	idApprovals = "approvals"
	idRevisions = "revision-history"
	idContents  = "contents"
)

// Render writes d to w as a complete HTML5 page.
func Render(w io.Writer, d *doc.Document, opts Options) error {
	if d == nil {
		return ErrNilDocument
	}
	r := newRenderer(opts)
	// The body is rendered first: it assigns the section ids the table of
	// contents links to.
	r.blocks(d.Blocks, 1, true)

	bw := bufio.NewWriter(w)
	writePage(bw, r, &d.Meta, r.b.String())
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("html: write: %w", err)
	}
	return nil
}

// writePage writes the page around the rendered body. bufio.Writer keeps
// the first error, which Render reports from Flush.
func writePage(w *bufio.Writer, r *renderer, m *doc.Meta, body string) {
	labels := m.Label()
	lang := pageLanguage(m.Language)

	w.WriteString("<!DOCTYPE html>\n<html lang=\"" + lang + "\"")
	if isRightToLeft(lang) {
		w.WriteString(` dir="rtl"`)
	}
	w.WriteString(">\n<head>\n<meta charset=\"utf-8\"/>\n")
	w.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
	w.WriteString("<title>" + escapeLine(pageTitle(m)) + "</title>\n")
	for _, a := range m.Authors {
		if s := escapeLine(a); s != "" {
			w.WriteString("<meta name=\"author\" content=\"" + s + "\"/>\n")
		}
	}
	if s := escapeLine(m.Subject); s != "" {
		w.WriteString("<meta name=\"description\" content=\"" + s + "\"/>\n")
	}
	if s := escapeLine(strings.Join(m.Keywords, ", ")); s != "" {
		w.WriteString("<meta name=\"keywords\" content=\"" + s + "\"/>\n")
	}
	w.WriteString("<style>\n")
	w.WriteString(stylesheet)
	w.WriteString(pageMarginBoxes(m, labels))
	w.WriteString("</style>\n</head>\n<body>\n")

	title, subtitle := escapeLine(m.Title), escapeLine(m.Subtitle)
	if title != "" || subtitle != "" || m.HasControl() {
		w.WriteString("<header>\n")
		// hgroup groups the title with its subtitle, which is not a heading.
		if title != "" || subtitle != "" {
			w.WriteString("<hgroup>\n")
			if title != "" {
				w.WriteString("<h1>" + title + "</h1>\n")
			}
			if subtitle != "" {
				w.WriteString("<p class=\"subtitle\">" + subtitle + "</p>\n")
			}
			w.WriteString("</hgroup>\n")
		}
		if m.HasControl() {
			writeControl(w, m, labels)
		}
		w.WriteString("</header>\n")
	}
	if r.opts.TOC {
		writeTOC(w, r.toc, r.opts.TOCDepth, labels.Contents)
	}
	w.WriteString("<main>\n")
	w.WriteString(body)
	w.WriteString("</main>\n</body>\n</html>\n")
}

// pageTitle is the text of the title element, which HTML requires to be
// non-empty: the title, else the subtitle, else the identifier.
func pageTitle(m *doc.Meta) string {
	for _, s := range []string{m.Title, m.Subtitle, m.Identifier} {
		if strings.TrimSpace(cleanText(s)) != "" {
			return s
		}
	}
	return "Document"
}

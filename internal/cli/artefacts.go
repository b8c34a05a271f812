package cli

import (
	"bytes"
	"fmt"
	"io"
	"slices"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/load"
	"github.com/gdprkit/gdprkit/register"
	"github.com/gdprkit/gdprkit/render/docx"
	"github.com/gdprkit/gdprkit/render/html"
	"github.com/gdprkit/gdprkit/render/markdown"
	"github.com/gdprkit/gdprkit/render/pdf"
	"github.com/gdprkit/gdprkit/render/xlsx"
)

// Formats are every output format, in the order files are written.
var Formats = []string{"xlsx", "docx", "pdf", "html", "md", "json"}

// output is one document a pack produces in one language: a document, a
// workbook or raw JSON. Its files are <Base>.<Lang>.<ext>, or
// <Base>.<ext> for language-neutral JSON.
type output struct {
	Base     string
	Lang     string
	Document *doc.Document
	Workbook *doc.Workbook
	JSON     []byte
	// TOC asks the writers for a table of contents (long documents).
	TOC bool
}

// renderOpts are the pack-wide rendering choices.
type renderOpts struct {
	Draft bool
	Date  string
}

// producer returns the outputs of one domain of the pack in lang.
type producer func(p *load.Pack, lang string, o renderOpts) ([]output, error)

// producers lists the domains in the order their files are written; other
// files of the package append to it.
var producers = []producer{registerOutputs}

func registerOutputs(p *load.Pack, lang string, o renderOpts) ([]output, error) {
	opts := register.DocumentOptions{Date: p.Date, Draft: o.Draft}
	org := p.Organisation()
	return []output{{
		Base:     "register",
		Lang:     lang,
		Document: register.Document(org, &p.Register, lang, opts),
		Workbook: register.Workbook(org, &p.Register, lang, opts),
		TOC:      true,
	}}, nil
}

// file is one rendered file, still in memory.
type file struct {
	Name string
	Data []byte
}

// renderFiles renders the outputs in the formats asked for.
func renderFiles(outs []output, formats []string) ([]file, error) {
	var files []file
	want := func(f string) bool { return slices.Contains(formats, f) }
	for _, o := range outs {
		name := func(ext string) string {
			if o.Lang == "" {
				return o.Base + "." + ext
			}
			return o.Base + "." + o.Lang + "." + ext
		}
		add := func(ext string, fn func(io.Writer) error) error {
			var buf bytes.Buffer
			if err := fn(&buf); err != nil {
				return fmt.Errorf("render %s: %w", name(ext), err)
			}
			files = append(files, file{Name: name(ext), Data: buf.Bytes()})
			return nil
		}
		var err error
		if o.Workbook != nil && want("xlsx") {
			err = add("xlsx", func(w io.Writer) error {
				return xlsx.Render(w, o.Workbook, xlsx.Options{Company: o.Workbook.Meta.Subtitle})
			})
		}
		if d := o.Document; d != nil && err == nil {
			if want("docx") {
				err = add("docx", func(w io.Writer) error { return docx.Render(w, d, docx.Options{TOC: o.TOC}) })
			}
			if want("pdf") && err == nil {
				err = add("pdf", func(w io.Writer) error { return pdf.Render(w, d, pdf.Options{}) })
			}
			if want("html") && err == nil {
				err = add("html", func(w io.Writer) error { return html.Render(w, d, html.Options{TOC: o.TOC, TOCDepth: 2}) })
			}
			if want("md") && err == nil {
				err = add("md", func(w io.Writer) error { return markdown.Render(w, d, markdown.Options{}) })
			}
		}
		if o.JSON != nil && want("json") && err == nil {
			files = append(files, file{Name: name("json"), Data: o.JSON})
		}
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

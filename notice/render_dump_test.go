package notice_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/gdprkit/gdprkit/render/docx"
	"github.com/gdprkit/gdprkit/render/html"
	"github.com/gdprkit/gdprkit/render/markdown"
	"github.com/gdprkit/gdprkit/render/pdf"
)

// TestRenderExamples writes every example notice in every format to the
// directory named by NOTICE_OUT, for a human to look at.
func TestRenderExamples(t *testing.T) {
	dir := os.Getenv("NOTICE_OUT")
	if dir == "" {
		t.Skip("set NOTICE_OUT to write the example notices")
	}
	org, reg, notices := examplePack(t)
	for _, n := range notices {
		for _, lang := range []string{"it", "en"} {
			for _, short := range []bool{false, true} {
				d, base := fullOrShort(t, org, reg, n, lang, short)
				for ext, render := range map[string]func(*bytes.Buffer) error{
					"pdf":  func(b *bytes.Buffer) error { return pdf.Render(b, d, pdf.Options{}) },
					"html": func(b *bytes.Buffer) error { return html.Render(b, d, html.Options{}) },
					"docx": func(b *bytes.Buffer) error { return docx.Render(b, d, docx.Options{}) },
					"md":   func(b *bytes.Buffer) error { return markdown.Render(b, d, markdown.Options{}) },
				} {
					var b bytes.Buffer
					if err := render(&b); err != nil {
						t.Fatalf("%s %s: %v", base, ext, err)
					}
					if err := os.WriteFile(filepath.Join(dir, base+"."+lang+"."+ext), b.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
	}
}

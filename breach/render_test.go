package breach_test

import (
	"io"
	"testing"

	"github.com/gdprkit/gdprkit/breach"
	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/docx"
	"github.com/gdprkit/gdprkit/render/html"
	"github.com/gdprkit/gdprkit/render/markdown"
	"github.com/gdprkit/gdprkit/render/pdf"
	"github.com/gdprkit/gdprkit/render/xlsx"
)

// Every breach document goes through every renderer the CLI uses for it.
func TestDocumentsRender(t *testing.T) {
	org, reg, b, now := examplePack()
	for _, lang := range []string{"it", "en"} {
		docs := []*doc.Document{breach.Procedure(org, reg, b, lang)}
		for i := range b.Incidents {
			inc := &b.Incidents[i]
			docs = append(docs,
				breach.AssessmentReport(org, reg, b, inc, now, lang),
				breach.Notification(org, reg, b, inc, now, lang),
				breach.Letter(org, reg, b, inc, now, lang))
		}
		for _, d := range docs {
			if err := docx.Render(io.Discard, d, docx.Options{}); err != nil {
				t.Errorf("docx %s: %v", d.Meta.Title, err)
			}
			if err := pdf.Render(io.Discard, d, pdf.Options{}); err != nil {
				t.Errorf("pdf %s: %v", d.Meta.Title, err)
			}
			if err := html.Render(io.Discard, d, html.Options{}); err != nil {
				t.Errorf("html %s: %v", d.Meta.Title, err)
			}
			if err := markdown.Render(io.Discard, d, markdown.Options{}); err != nil {
				t.Errorf("markdown %s: %v", d.Meta.Title, err)
			}
		}
		if err := xlsx.Render(io.Discard, breach.RegisterWorkbook(org, reg, b, lang), xlsx.Options{}); err != nil {
			t.Errorf("xlsx: %v", err)
		}
	}
}

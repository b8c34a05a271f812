package breach

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/docx"
	"github.com/gdprkit/gdprkit/render/markdown"
	"github.com/gdprkit/gdprkit/render/pdf"
	"github.com/gdprkit/gdprkit/render/xlsx"
)

func TestZZRender(t *testing.T) {
	out := os.Getenv("BREACH_OUT")
	if out == "" {
		t.Skip()
	}
	n := loadNuvola(t)
	write := func(name string, d *doc.Document) {
		f, _ := os.Create(filepath.Join(out, name+".md"))
		if err := markdown.Render(f, d, markdown.Options{}); err != nil {
			t.Fatal(err)
		}
		f.Close()
		f, _ = os.Create(filepath.Join(out, name+".pdf"))
		if err := pdf.Render(f, d, pdf.Options{}); err != nil {
			t.Fatal(err)
		}
		f.Close()
		f, _ = os.Create(filepath.Join(out, name+".docx"))
		if err := docx.Render(f, d, docx.Options{}); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	for _, lang := range []string{"it", "en"} {
		write("breach-procedure."+lang, Procedure(n.org, n.reg, n.b, lang))
	}
}

func TestZZRenderIncidents(t *testing.T) {
	out := os.Getenv("BREACH_OUT")
	if out == "" {
		t.Skip()
	}
	n := loadNuvola(t)
	write := func(name string, d *doc.Document) {
		f, _ := os.Create(filepath.Join(out, name+".md"))
		if err := markdown.Render(f, d, markdown.Options{}); err != nil {
			t.Fatal(err)
		}
		f.Close()
		f, _ = os.Create(filepath.Join(out, name+".pdf"))
		if err := pdf.Render(f, d, pdf.Options{}); err != nil {
			t.Fatal(err)
		}
		f.Close()
		f, _ = os.Create(filepath.Join(out, name+".docx"))
		if err := docx.Render(f, d, docx.Options{}); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	for _, lang := range []string{"it", "en"} {
		for i := range n.b.Incidents {
			inc := &n.b.Incidents[i]
			p := "breach-" + inc.ID + "-"
			write(p+"assessment."+lang, AssessmentReport(n.org, n.reg, n.b, inc, n.now, lang))
			write(p+"notification."+lang, Notification(n.org, n.reg, n.b, inc, n.now, lang))
			write(p+"letter."+lang, Letter(n.org, n.reg, n.b, inc, n.now, lang))
			js, err := NotificationJSON(n.org, n.reg, n.b, inc, n.now)
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(out, p+"notification.json"), js, 0o644)
		}
		f, _ := os.Create(filepath.Join(out, "breach-register."+lang+".xlsx"))
		if err := xlsx.Render(f, RegisterWorkbook(n.org, n.reg, n.b, lang), xlsx.Options{}); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}

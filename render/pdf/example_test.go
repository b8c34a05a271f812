package pdf_test

import (
	"bytes"
	"fmt"
	"log"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/pdf"
)

// Render a short notice on A4.
func ExampleRender() {
	d := &doc.Document{
		Meta: doc.Meta{
			Title:    "Privacy notice",
			Subtitle: "Nuvola Software S.r.l.",
			Language: "en",
			Version:  "1.0",
			Date:     time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC),
		},
		Blocks: []doc.Block{
			doc.Sec("Who we are",
				doc.Para(doc.Text("Nuvola Software S.r.l. is the "), doc.B("controller"),
					doc.Text("; write to "), doc.L("mailto:privacy@nuvola.example", "privacy@nuvola.example"), doc.Text(".")),
			),
			doc.Sec("Your rights", doc.Bullets("Access (Art. 15)", "Erasure (Art. 17)")),
		},
	}
	var buf bytes.Buffer
	if err := pdf.Render(&buf, d, pdf.Options{}); err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(buf.Bytes()[:5]))
	// Output: %PDF-
}

// Render on US Letter paper; a second render gives the same bytes.
func ExampleOptions_letter() {
	d := &doc.Document{Meta: doc.Meta{Title: "Register"}, Blocks: []doc.Block{
		doc.Tab("Activities", doc.Cols("Activity", "Legal basis"), doc.TextRow("Support", "Contract")),
	}}
	var a, b bytes.Buffer
	if err := pdf.Render(&a, d, pdf.Options{PageSize: pdf.Letter}); err != nil {
		log.Fatal(err)
	}
	if err := pdf.Render(&b, d, pdf.Options{PageSize: pdf.Letter}); err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.Contains(a.Bytes(), []byte("/MediaBox [0 0 612.00 792.00]")), bytes.Equal(a.Bytes(), b.Bytes()))
	// Output: true true
}

package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"log"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/docx"
)

// A privacy notice rendered as a Word document: the file is a zip of
// WordprocessingML parts.
func Example() {
	d := &doc.Document{
		Meta: doc.Meta{Title: "Privacy notice", Language: "en", Version: "1.0"},
		Blocks: []doc.Block{
			doc.Sec("Who we are", doc.P("Nuvola Software S.r.l., Via Roma 1, Milano.")),
			doc.Sec("Your rights", doc.Bullets("Access (Art. 15)", "Erasure (Art. 17)")),
		},
	}
	var buf bytes.Buffer
	if err := docx.Render(&buf, d, docx.Options{}); err != nil {
		log.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range zr.File {
		fmt.Println(f.Name)
	}
	// Output:
	// [Content_Types].xml
	// _rels/.rels
	// docProps/core.xml
	// docProps/app.xml
	// word/document.xml
	// word/_rels/document.xml.rels
	// word/styles.xml
	// word/numbering.xml
	// word/settings.xml
	// word/fontTable.xml
	// word/header1.xml
	// word/footer1.xml
}

// An organisation's own look: a reference document (here, one rendered
// earlier and edited in Word) lends its styles, headers, footers and page
// setup.
func ExampleOptions_reference() {
	var template bytes.Buffer
	if err := docx.Render(&template, &doc.Document{Meta: doc.Meta{Title: "ACME template"}}, docx.Options{PageSize: docx.Letter}); err != nil {
		log.Fatal(err)
	}
	d := &doc.Document{Meta: doc.Meta{Title: "Breach procedure"}, Blocks: []doc.Block{doc.P("Notify within 72 hours.")}}
	var out bytes.Buffer
	if err := docx.Render(&out, d, docx.Options{Reference: template.Bytes(), TOC: true}); err != nil {
		log.Fatal(err)
	}
	fmt.Println("letter page:", strings.Contains(part(out.Bytes(), "word/document.xml"), `<w:pgSz w:w="12240" w:h="15840"/>`))
	fmt.Println("template header:", strings.Contains(part(out.Bytes(), "word/header1.xml"), "ACME template"))
	// Output:
	// letter page: true
	// template header: true
}

// part returns one part of a package.
func part(pkg []byte, name string) string {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		log.Fatal(err)
	}
	f, err := zr.Open(name)
	if err != nil {
		log.Fatal(err)
	}
	b, _ := io.ReadAll(f)
	return string(b)
}

package pdf

import (
	"os"
	"testing"
)

func TestScratchWrite(t *testing.T) {
	out := os.Getenv("PDF_OUT")
	if out == "" {
		t.Skip()
	}
	d := sampleDocument()
	if name := os.Getenv("PDF_DOC"); name == "register" {
		d = registerDocument(4)
	} else if name != "" {
		d = hostileDocs[name]()
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := Render(f, d, Options{}); err != nil {
		t.Fatal(err)
	}
}

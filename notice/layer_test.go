package notice_test

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/gdprkit/gdprkit/render/pdf"
)

// pdfPage matches a page object of a PDF; fpdf writes page dictionaries
// uncompressed.
var pdfPage = regexp.MustCompile(`/Type /Page\b[^s]`)

// TestFirstLayerFitsOnePage renders the first layer of every example
// notice to an A4 PDF: WP260 wants the first layer short, and the issue
// asks for one page.
func TestFirstLayerFitsOnePage(t *testing.T) {
	org, reg, notices := examplePack(t)
	for _, n := range notices {
		for _, lang := range []string{"it", "en"} {
			d, base := fullOrShort(t, org, reg, n, lang, true)
			var b bytes.Buffer
			if err := pdf.Render(&b, d, pdf.Options{}); err != nil {
				t.Fatal(err)
			}
			if pages := len(pdfPage.FindAll(b.Bytes(), -1)); pages != 1 {
				t.Errorf("%s.%s.pdf has %d pages, want 1", base, lang, pages)
			}
		}
	}
	// The counter itself: the full support notice takes several pages.
	d, _ := fullOrShort(t, org, reg, notices[0], "it", false)
	var b bytes.Buffer
	if err := pdf.Render(&b, d, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	if pages := len(pdfPage.FindAll(b.Bytes(), -1)); pages < 3 {
		t.Errorf("the page counter finds %d pages in the full notice", pages)
	}
}

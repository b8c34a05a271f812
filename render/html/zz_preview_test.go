package html_test

import (
	"os"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/html"
)

func TestZZPreview(t *testing.T) {
	d := hostileDocument(hostileTexts[6]+" "+hostileTexts[0], hostileURLs[8])
	d.Blocks = append(d.Blocks, doc.Sec("Long table", doc.Tab("Wide", doc.Cols("A", "B", "C", "D", "E", "F", "G", "H"),
		doc.TextRow("Identification data of customers", "Contract", "Art. 6(1)(b) GDPR", "10 years after the end of the contract", "Italy", "Cloud host S.p.A.", "Standard contractual clauses", "Encryption at rest"))))
	out := render(t, d, html.Options{TOC: true})
	os.WriteFile("/tmp/h.html", []byte(out), 0o644)
}

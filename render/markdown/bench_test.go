package markdown_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/markdown"
)

// largeDocument has n sections, each with a paragraph, a list and a table,
// the size of a register with n activities.
func largeDocument(n int) *doc.Document {
	d := sampleDocument()
	d.Blocks = nil
	for i := range n {
		d.Blocks = append(d.Blocks, doc.Sec(fmt.Sprintf("Activity %d: customer support", i),
			doc.Para(doc.Text("Purpose: "), doc.B("technical support"), doc.Text(" under "), doc.L("https://eur-lex.europa.eu/eli/reg/2016/679/oj", "Art. 6(1)(b)")),
			doc.Bullets("Identification data", "Contact data", "Ticket content"),
			doc.Tab("Recipients", doc.Cols("Recipient", "Role", "Country"),
				doc.TextRow("Cloud host S.p.A.", "Processor", "Italy"),
				doc.TextRow("Helpdesk Inc.", "Processor", "United States")),
		))
	}
	return d
}

func BenchmarkRender(b *testing.B) {
	d := largeDocument(1000)
	b.ReportAllocs()
	for b.Loop() {
		if err := markdown.Render(io.Discard, d, markdown.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

package docx

import (
	"fmt"
	"io"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

// registerDocument is shaped like a register of n processing activities:
// a section per activity with a definition list, paragraphs and a
// ten-row table.
func registerDocument(n int) *doc.Document {
	d := sampleDocument()
	d.Blocks = nil
	for i := range n {
		rows := make([]doc.Row, 10)
		for j := range rows {
			rows[j] = doc.TextRow(fmt.Sprintf("Category %d", j), "Customers, employees and suppliers of the controller", "10 years from the end of the contract", "EU only")
		}
		d.Blocks = append(d.Blocks, doc.Sec(fmt.Sprintf("Activity %d: customer support", i+1),
			doc.Defs(
				doc.Def("Purpose", "Answering customers' requests for technical assistance about the licensed software."),
				doc.Def("Legal basis", "Performance of a contract (Art. 6(1)(b) GDPR)."),
				doc.Def("Controller", "Nuvola Software S.r.l., Via Roma 1, 20121 Milano"),
				doc.Def("Recipients", "Hosting provider (processor), helpdesk software vendor (processor)."),
				doc.Def("Transfers", "None outside the EEA."),
				doc.Def("Security measures", "Encryption at rest and in transit, role-based access, audit log."),
			),
			doc.P("Support agents see only the tickets of their own customers; impersonation requires the customer's consent and is logged."),
			doc.Para(doc.Text("Retention follows the "), doc.B("retention policy"), doc.Text(", see "), doc.L("https://nuvola.example/privacy", "the policy")),
			doc.Tab("Categories of data", []doc.Column{{Title: "Category", Width: 2}, {Title: "Data subjects", Width: 3}, {Title: "Retention", Width: 2}, {Title: "Transfers", Width: 1}}, rows...),
		))
	}
	return d
}

// BenchmarkRender renders registers of growing size; the 1,000-activity
// register must take under a second and 500 MB.
func BenchmarkRender(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		d := registerDocument(n)
		b.Run(fmt.Sprintf("activities=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Render(io.Discard, d, Options{TOC: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

package markdown_test

import (
	"os"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/markdown"
)

func ExampleRender() {
	d := &doc.Document{
		Meta: doc.Meta{Title: "Privacy notice", Version: "1.0"},
		Blocks: []doc.Block{
			doc.Sec("Who we are",
				doc.Defs(doc.Def("Controller", "Nuvola Software S.r.l.")),
				doc.Para(doc.Text("Write to "), doc.L("mailto:privacy@nuvola.example", "our privacy team"), doc.Text(".")),
			),
			doc.Sec("Purposes",
				doc.Tab("Purposes and legal bases", doc.Cols("Purpose", "Legal basis"),
					doc.TextRow("Support", "Contract, Art. 6(1)(b)")),
				doc.Note{Kind: doc.NoteWarning, Title: "Warning", Blocks: []doc.Block{doc.P("We never ask for passwords.")}},
			),
		},
	}
	if err := markdown.Render(os.Stdout, d, markdown.Options{}); err != nil {
		panic(err)
	}
	// Output:
	// # Privacy notice
	//
	// ## Document control
	//
	// - **Version:** 1.0
	//
	// ## Who we are
	//
	// **Controller**\
	// Nuvola Software S.r.l.
	//
	// Write to [our privacy team](mailto:privacy@nuvola.example).
	//
	// ## Purposes
	//
	// **Purposes and legal bases**
	//
	// | Purpose | Legal basis |
	// | --- | --- |
	// | Support | Contract, Art. 6(1)(b) |
	//
	// > **Warning**
	// >
	// > We never ask for passwords.
}

// Text that looks like Markdown stays text: it is escaped where it would
// be markup, and a javascript: link is written as plain text.
func ExampleRender_escaping() {
	d := &doc.Document{Blocks: []doc.Block{
		doc.P("1. not a list <script>alert(1)</script> *not emphasis*"),
		doc.Para(doc.L("javascript:alert(1)", "click")),
	}}
	if err := markdown.Render(os.Stdout, d, markdown.Options{}); err != nil {
		panic(err)
	}
	// Output:
	// 1\. not a list \<script\>alert(1)\</script\> \*not emphasis\*
	//
	// click
}

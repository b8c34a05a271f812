package html_test

import (
	"fmt"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/html"
)

func ExampleRender() {
	d := &doc.Document{
		Meta: doc.Meta{Title: "Privacy notice", Language: "en"},
		Blocks: []doc.Block{
			doc.Sec("Who we are",
				doc.Para(doc.Text("Nuvola Software S.r.l. — "), doc.L("mailto:privacy@nuvola.example", "write to us")),
				doc.Tab("Purposes", doc.Cols("Purpose", "Legal basis"), doc.TextRow("Support", "Contract")),
			),
		},
	}
	var b strings.Builder
	if err := html.Render(&b, d, html.Options{}); err != nil {
		panic(err)
	}
	// The page is complete; print only its body.
	_, body, _ := strings.Cut(b.String(), "<main>\n")
	body, _, _ = strings.Cut(body, "</main>")
	fmt.Print(body)
	// Output:
	// <section aria-labelledby="who-we-are">
	// <h2 id="who-we-are">Who we are</h2>
	// <p>Nuvola Software S.r.l. — <a href="mailto:privacy@nuvola.example">write to us</a></p>
	// <div class="table-wrap" role="region" aria-labelledby="table-1" tabindex="0">
	// <table>
	// <caption id="table-1">Purposes</caption>
	// <thead>
	// <tr><th scope="col">Purpose</th><th scope="col">Legal basis</th></tr>
	// </thead>
	// <tbody>
	// <tr><td>Support</td><td>Contract</td></tr>
	// </tbody>
	// </table>
	// </div>
	// </section>
}

// Hostile text stays text: it is escaped, and a javascript: link is
// written as plain text.
func ExampleRender_escaping() {
	d := &doc.Document{Blocks: []doc.Block{
		doc.Para(doc.Text("<script>alert(1)</script>\nnext line "), doc.L("javascript:alert(1)", "click")),
	}}
	var b strings.Builder
	if err := html.Render(&b, d, html.Options{}); err != nil {
		panic(err)
	}
	_, body, _ := strings.Cut(b.String(), "<main>\n")
	body, _, _ = strings.Cut(body, "</main>")
	fmt.Print(body)
	// Output:
	// <p>&lt;script&gt;alert(1)&lt;/script&gt;<br/>
	// next line click</p>
}

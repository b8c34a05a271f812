package docx

import (
	"flag"
	"os"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/doc"
)

var (
	sampleOut = flag.String("sample", "", "write the sample document (with a table of contents) to this .docx file")
	sampleRef = flag.String("sample-reference", "", "render the -sample document with this reference .docx")
)

// sampleDocument is a register-like document holding every node kind, a
// document-control block and the awkward cases: nesting, deep sections,
// line breaks and tabs in text, a link inside emphasis.
func sampleDocument() *doc.Document {
	date := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	return &doc.Document{
		Meta: doc.Meta{
			Title:          "Register of processing activities",
			Subtitle:       "Nuvola Software S.r.l. — controller",
			Language:       "en",
			Identifier:     "REG-2026-01",
			Version:        "3.1",
			Date:           date,
			Authors:        []string{"Giulia Rossi (DPO)", "Marco Bianchi"},
			Classification: "Internal",
			Subject:        "Art. 30(1) GDPR register",
			Keywords:       []string{"GDPR", "register", "Art. 30"},
			Approvals:      []doc.Approval{{By: "Anna Verdi", Role: "Managing director", Date: date}},
			Revisions: []doc.Revision{
				{Version: "3.0", Date: date.AddDate(0, -6, 0), Author: "Giulia Rossi", Description: "Annual review; helpdesk activity added."},
				{Version: "3.1", Date: date, Author: "Marco Bianchi", Description: "Retention periods aligned with the new policy."},
			},
		},
		Blocks: []doc.Block{
			doc.Sec("Controller",
				doc.Defs(
					doc.Def("Controller", "Nuvola Software S.r.l., Via Roma 1, 20121 Milano"),
					doc.Definition{Term: []doc.Inline{doc.Text("Contact")}, Description: []doc.Block{
						doc.Para(doc.Text("privacy@nuvola.example"), doc.LineBreak{}, doc.Text("PEC: nuvola@pec.example")),
					}},
					doc.Def("DPO", "Giulia Rossi"),
				),
				doc.Para(doc.Text("This register is kept under "), doc.B("Article 30(1)"), doc.Text(" GDPR. See "),
					doc.I("the guidance of the "), doc.Emph{Inlines: []doc.Inline{doc.L("https://www.garanteprivacy.it/", "Garante")}}, doc.Text(".")),
			),
			doc.Sec("Processing activities",
				doc.Sec("Customer support",
					doc.P("Line one\nline two after a newline\tand a tab."),
					doc.Bullets("Identification data", "Contact data", "Content of tickets"),
					doc.List{Ordered: true, Items: []doc.ListItem{
						doc.Item(doc.P("Receive the request"), doc.List{Items: []doc.ListItem{
							doc.Item(doc.P("by e-mail")), doc.Item(doc.P("through the portal"),
								doc.Numbered("ticket opened", "agent assigned")),
						}}),
						doc.Item(doc.P("Answer within two working days"), doc.P("A second paragraph of the same item.")),
						doc.Item(doc.P("Close the ticket")),
					}},
					doc.Numbered("Numbering restarts", "in every list"),
					doc.Tab("Table 1 — Categories of data and retention",
						[]doc.Column{{Title: "Category", Width: 2}, {Title: "Data subjects", Width: 2}, {Title: "Retention", Width: 1}},
						doc.TextRow("Identification data", "Customers' employees", "10 years"),
						doc.TextRow("Ticket content", "Customers' employees\nEnd users", "24 months"),
						doc.Row{doc.Cell{doc.B("Bold"), doc.Text(" and "), doc.L("https://example.com/a b", "")}, doc.Cell{doc.I("italic")}, doc.Cell{}},
					),
					doc.Note{Kind: doc.NoteLegal, Title: "Article 30(1)(f)", Blocks: []doc.Block{doc.P("Where possible, the envisaged time limits for erasure.")}},
					doc.Sec("Transfers",
						doc.Sec("Level four section",
							doc.P("Sections deeper than three use Heading 3."),
						),
					),
				),
				doc.Sec("Notes of every kind",
					doc.Note{Kind: doc.NoteInfo, Title: "Information", Blocks: []doc.Block{doc.P("A neutral callout.")}},
					doc.Note{Kind: doc.NoteWarning, Title: "Warning", Blocks: []doc.Block{doc.P("A risk to consider."), doc.Bullets("first", "second")}},
					doc.Note{Kind: doc.NoteMissing, Title: "TO BE COMPLETED", Blocks: []doc.Block{doc.P("The retention period of the backups is missing.")}},
				),
			),
		},
	}
}

// TestWriteSample writes the sample for a look in Word or LibreOffice:
// go test ./render/docx -run TestWriteSample -sample /tmp/sample.docx
// [-sample-reference reference.docx]
func TestWriteSample(t *testing.T) {
	if *sampleOut == "" {
		t.Skip("no -sample file")
	}
	f, err := os.Create(*sampleOut)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	opts := Options{TOC: true}
	if *sampleRef != "" {
		if opts.Reference, err = os.ReadFile(*sampleRef); err != nil {
			t.Fatal(err)
		}
	}
	if err := Render(f, sampleDocument(), opts); err != nil {
		t.Fatal(err)
	}
}

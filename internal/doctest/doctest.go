// Package doctest holds the documents the text writers' tests share: a
// sample with every block and inline kind, and a large register-sized
// document for benchmarks. HTML and Markdown are tested on the same input,
// so a difference in their output is a difference in the writers.
package doctest

import (
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/doc"
)

// Sample is a representative document: full metadata, nested
// sections down past h6, every block and inline kind, every note kind.
func Sample() *doc.Document {
	date := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	return &doc.Document{
		Meta: doc.Meta{
			Title:          "Privacy notice for customers",
			Subtitle:       "Nuvola Software S.r.l.",
			Language:       "en",
			Identifier:     "PN-2026-01",
			Version:        "3.1",
			Date:           date,
			Authors:        []string{"Data Protection Officer", "Legal team"},
			Classification: "Public",
			Subject:        "How Nuvola Software processes customer data",
			Keywords:       []string{"GDPR", "privacy notice"},
			Approvals:      []doc.Approval{{By: "Maria Rossi", Role: "Managing director", Date: date}},
			Revisions: []doc.Revision{
				{Version: "3.0", Date: date.AddDate(0, -6, 0), Author: "DPO", Description: "Annual review"},
				{Version: "3.1", Date: date, Author: "DPO", Description: "New support tool & retention periods"},
			},
		},
		Blocks: []doc.Block{
			doc.Sec("Who we are",
				doc.Para(
					doc.Text("Nuvola Software S.r.l. is the "), doc.B("controller"),
					doc.Text(" of your personal data ("), doc.I("Art. 4(7) GDPR"), doc.Text(")."),
				),
				doc.Defs(
					doc.Def("Controller", "Nuvola Software S.r.l., Via Roma 1, 20121 Milano"),
					doc.Definition{Term: []doc.Inline{doc.Text("Contact")}, Description: []doc.Block{
						doc.Para(doc.L("mailto:privacy@nuvola.example", "privacy@nuvola.example")),
					}},
					doc.Def("Data Protection Officer", "dpo@nuvola.example"),
				),
			),
			doc.Sec("What we process and why",
				doc.P("We process the following categories of data:"),
				doc.List{Items: []doc.ListItem{
					doc.Item(doc.P("Identification data"), doc.Bullets("name and surname", "customer number")),
					doc.Item(doc.P("Contact data")),
					doc.Item(doc.P("Support tickets and their attachments")),
				}},
				doc.Table{
					Caption: "Purposes and legal bases",
					Columns: []doc.Column{{Title: "Purpose", Width: 3}, {Title: "Legal basis", Width: 2}, {Title: "Retention", Width: 1}},
					Rows: []doc.Row{
						{doc.Cell{doc.Text("Providing the service")}, doc.Cell{doc.Text("Contract"), doc.LineBreak{}, doc.I("Art. 6(1)(b)")}, doc.Cell{doc.Text("10 years")}},
						{doc.Cell{doc.Text("Technical support")}, doc.Cell{doc.Text("Contract")}, doc.Cell{doc.Text("24 months")}},
						{doc.Cell{doc.Text("Newsletter")}, doc.Cell{doc.Text("Consent\nArt. 6(1)(a)")}, doc.Cell{doc.Text("Until withdrawn")}},
						{doc.Cell{doc.Text("Fraud prevention")}, doc.Cell{doc.Text("Legitimate interest")}, doc.Cell{doc.Text("12 months")}},
					},
				},
				doc.Note{Kind: doc.NoteLegal, Title: "Art. 13(1)(c) GDPR", Blocks: []doc.Block{
					doc.P("Each purpose is listed with its legal basis."),
				}},
			),
			doc.Sec("Your rights",
				doc.Numbered("Access (Art. 15)", "Rectification (Art. 16)", "Erasure (Art. 17)"),
				doc.Para(
					doc.Text("You can lodge a complaint with the "),
					doc.L("https://www.garanteprivacy.it/", "Garante per la protezione dei dati personali"),
					doc.Text("."), doc.LineBreak{},
					doc.Text("Full text: "), doc.L("https://eur-lex.europa.eu/eli/reg/2016/679/oj", ""),
				),
				doc.Note{Kind: doc.NoteInfo, Title: "Good to know", Blocks: []doc.Block{doc.P("Exercising your rights is free of charge.")}},
				doc.Note{Kind: doc.NoteWarning, Title: "Warning", Blocks: []doc.Block{doc.P("We will never ask for your password by e-mail.")}},
				doc.Note{Kind: doc.NoteMissing, Title: "To be completed", Blocks: []doc.Block{doc.P("Retention period of call recordings.")}},
			),
			doc.Sec("Security measures",
				doc.Sec("Organisational measures",
					doc.P("Staff are trained every year."),
					doc.Sec("Access control",
						doc.P("Least privilege."),
						doc.Sec("Support sessions",
							doc.Sec("Remote desktop",
								doc.Sec("Recording",
									doc.Sec("Clamped heading", doc.P("This heading is nested past h6 and stays h6."))))),
					),
				),
			),
		},
	}
}

// Large has n sections, each with a paragraph, a list and a table, the
// size of a register with n activities.
func Large(n int) *doc.Document {
	d := Sample()
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

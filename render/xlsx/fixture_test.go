package xlsx_test

import (
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/doc"
)

// legalBases are the drop-down choices of the legal-basis column.
var legalBases = []string{
	"Art. 6(1)(a) consent", "Art. 6(1)(b) contract", "Art. 6(1)(c) legal obligation",
	"Art. 6(1)(d) vital interests", "Art. 6(1)(e) public task", "Art. 6(1)(f) legitimate interests",
}

// transferMechanisms are long choices: joined they pass Excel's 255
// characters, so they go to the hidden lists sheet.
var transferMechanisms = []string{
	"None: data stay in the EEA",
	"Art. 45 adequacy decision (e.g. EU-US Data Privacy Framework)",
	"Art. 46(2)(c) standard contractual clauses (Commission Decision 2021/914)",
	"Art. 46(2)(b) binding corporate rules",
	"Art. 49(1)(a) explicit consent, after information on the risks",
	"Art. 49(1)(b) necessary for a contract with the data subject",
}

// activityColumns are the fifteen columns of the activities sheet.
var activityColumns = []doc.SheetColumn{
	{Title: "ID", Width: 12},
	{Title: "Processing activity"},
	{Title: "Purposes"},
	{Title: "Legal basis", Choices: legalBases},
	{Title: "Categories of data subjects"},
	{Title: "Categories of personal data"},
	{Title: "Special categories (Art. 9)", Choices: []string{"yes", "no"}},
	{Title: "Recipients"},
	{Title: "Transfers outside the EEA", Choices: transferMechanisms},
	{Title: "Retention"},
	{Title: "Security measures (Art. 32)"},
	{Title: "Processors"},
	{Title: "Source of the data"},
	{Title: "Joint controllers"},
	{Title: "Notes"},
}

// activityRow is the i-th activity: realistic lengths, a few long cells.
func activityRow(i int) []string {
	return []string{
		fmt.Sprintf("ACT-%05d", i),
		fmt.Sprintf("Customer support, ticket handling and remote assistance, line %d", i),
		"Answering requests for technical assistance received by e-mail, telephone and the web portal; " +
			"keeping the history of each ticket to handle follow-ups and to measure the quality of the service.",
		legalBases[i%len(legalBases)],
		"Customers; employees of customers; prospects who write to support",
		"Identification and contact data (name, e-mail, telephone); content of the requests; " +
			"screenshots and log files attached to tickets; session recordings of remote assistance.",
		"no",
		"Internal support staff; IT service providers acting as processors; public authorities on request",
		transferMechanisms[i%len(transferMechanisms)],
		"Tickets: 24 months after closure. Session recordings: 30 days. Invoices: 10 years (Art. 2220 c.c.)",
		"Role-based access control; single sign-on with two-factor authentication; encryption in transit (TLS 1.3) " +
			"and at rest (AES-256); logging of administrator access; quarterly access review; pseudonymised exports.",
		"Helpdesk SaaS provider (DPA signed 2025-03-01); remote-assistance tool vendor",
		"Data subject; customer's IT administrator",
		"",
		"=HYPERLINK(\"http://evil.example\",\"click\") is user text, never a formula",
	}
}

// registerWorkbook is an Art. 30 register: a cover form, an activities
// table of n rows and a small processors table.
func registerWorkbook(n int) *doc.Workbook {
	rows := make([][]string, n)
	for i := range rows {
		rows[i] = activityRow(i + 1)
	}
	return &doc.Workbook{
		Meta: doc.Meta{
			Title:          "Register of processing activities",
			Subtitle:       "Esempio S.r.l. — controller",
			Language:       "en",
			Identifier:     "REG-2026-01",
			Version:        "3.1",
			Date:           time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC),
			Authors:        []string{"Data Protection Officer", "Legal & Compliance"},
			Classification: "Internal",
			Subject:        "Art. 30 GDPR",
			Keywords:       []string{"GDPR", "Art. 30", "register"},
		},
		Sheets: []doc.Sheet{
			{
				Name: "Cover",
				Form: true,
				Rows: [][]string{
					{"Controller", "Esempio S.r.l., Via Roma 1, 20121 Milano (MI), VAT IT01234567890"},
					{"Data protection officer", "dpo@esempio.it"},
					{"Identifier", "REG-2026-01"},
					{"Version", "3.1"},
					{"Date", "2026-11-22"},
					{"Notes", "This register is kept under Art. 30(1) GDPR.\nIt is updated at every change of a processing activity."},
				},
			},
			{Name: "Processing activities", Columns: activityColumns, Rows: rows},
			{
				Name:    "Processors",
				Columns: []doc.SheetColumn{{Title: "Processor"}, {Title: "Service"}, {Title: "DPA signed"}, {Title: "Location", Choices: []string{"EEA", "outside EEA"}}},
				Rows: [][]string{
					{"Helpdesk SaaS Ltd", "Ticketing platform", "2025-03-01", "EEA"},
					{"RemoteView Inc.", "Remote assistance sessions", "2024-11-15", "outside EEA"},
				},
			},
		},
	}
}

package notice_test

import (
	"fmt"
	"os"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/notice"
	"github.com/gdprkit/gdprkit/register"
	"github.com/gdprkit/gdprkit/render/markdown"
)

// shop is a small organisation with one activity: a web shop's orders.
func shop() (*gdpr.Organisation, *register.Register, notice.Notice) {
	org := &gdpr.Organisation{Controller: gdpr.Party{Name: "Bottega S.r.l.", Address: "Via Roma 1, 10121 Torino", Country: "IT", Email: "info@bottega.example"}}
	reg := &register.Register{
		DataSubjects:   []register.DataSubjectCategory{{ID: "buyers", Name: gdpr.T("Acquirenti", "Buyers")}},
		DataCategories: []register.DataCategory{{ID: "contact", Name: gdpr.T("Dati di contatto", "Contact data"), Description: gdpr.T("nome, email, indirizzo", "name, email, address")}},
		Recipients:     []register.Recipient{{ID: "courier", Name: gdpr.Plain("Corriere Veloce S.p.A."), Kind: gdpr.IndependentController, Service: gdpr.T("consegna", "delivery"), Country: "IT"}},
		Activities: []register.Activity{{
			ID: "orders", Name: gdpr.T("Ordini", "Orders"),
			Purposes: []register.Purpose{
				{Description: gdpr.T("Evadere gli ordini", "Fulfilling orders"), LegalBasis: gdpr.Contract},
				{Description: gdpr.T("Prevenire le frodi nei pagamenti", "Preventing payment fraud"), LegalBasis: gdpr.LegitimateInterests,
					LegitimateInterest: gdpr.T("Evitare ordini con carte rubate", "Avoiding orders paid with stolen cards")},
			},
			DataSubjects: []string{"buyers"}, DataCategories: []string{"contact"}, Recipients: []string{"courier"},
			Provision: gdpr.T("Senza indirizzo non possiamo consegnare.", "Without an address we cannot deliver."),
			Retention: []gdpr.Retention{{Period: "P10Y", Trigger: gdpr.T("data dell'ordine", "order date"), EndAction: gdpr.Delete}},
		}},
	}
	n := notice.Notice{ID: "orders", Audience: []string{"buyers"}, Contact: "privacy@bottega.example", URL: "https://bottega.example/privacy"}
	return org, reg, n
}

var date = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// The full notice lists its sections in the order Italian notices use;
// the right to object stands apart, right after the opening.
func ExampleDocument() {
	org, reg, n := shop()
	d, err := notice.Document(org, reg, n, "en", date)
	if err != nil {
		panic(err)
	}
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case doc.Section:
			fmt.Println("§", b.Title)
		case doc.Note:
			fmt.Println("[box]", b.Title)
		}
	}
	// Output:
	// [box] Your right to object (Art. 21 GDPR)
	// § Controller
	// § Personal data we process
	// § Purposes and legal basis of the processing
	// § Do you have to provide the data?
	// § Automated decision-making and profiling
	// § Recipients of the data
	// § Transfers of personal data to third countries
	// § How long we keep your data
	// § Your rights
	// § Complaints to a supervisory authority
	// § Changes to this notice
}

// The notice rules point at the pack's YAML paths: here the interest of a
// legitimate-interest purpose is missing.
func ExampleCheck() {
	org, reg, n := shop()
	reg.Activities[0].Purposes[1].LegitimateInterest = nil
	for _, d := range notice.Check(org, reg, []notice.Notice{n}, date).Diagnostics {
		fmt.Println(d.Format("en"))
	}
	// Output:
	// error: register.activities[0].purposes[1].legitimate_interest: notice "orders" cannot state the legitimate interest pursued [NOTICE-08] (Art. 13(1)(d), 14(2)(b))
}

// The fingerprint changes when a register change alters what the notice
// says, and not when only its version or date change.
func ExampleFingerprint() {
	org, reg, n := shop()
	before := notice.Fingerprint(org, reg, n, date)
	n.Version = "2"
	fmt.Println(notice.Fingerprint(org, reg, n, date) == before)
	reg.Activities[0].Retention[0].Period = "P11Y"
	fmt.Println(notice.Fingerprint(org, reg, n, date) == before, len(before))
	// Output:
	// true
	// false 64
}

// The first layer is a two-column summary that points to the full notice.
func ExampleFirstLayer() {
	org, reg, n := shop()
	d, err := notice.FirstLayer(org, reg, n, "it", date)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Meta.Title, "·", d.Meta.Subtitle)
	summary := d.Blocks[0].(doc.DefinitionList)
	for _, it := range summary.Items {
		fmt.Println("-", doc.PlainText(it.Term))
	}
	fmt.Println(doc.PlainText(summary.Items[0].Description[1].(doc.Paragraph).Inlines))
	fmt.Println(notice.ShortFileBase(n.ID) + ".it.pdf")
	// Output:
	// Informativa sul trattamento dei dati personali · Informativa breve · Bottega S.r.l.
	// - Chi tratta i tuoi dati
	// - Perché trattiamo i tuoi dati
	// - Con chi condividiamo i dati
	// - I tuoi diritti
	// Informativa completa (aggiornata al 2026-11-22): https://bottega.example/privacy.
	// notice-orders-short.it.pdf
}

// A notice rendered as Markdown, for a wiki or a repository.
func ExampleDocument_markdown() {
	org, reg, n := shop()
	d, err := notice.Document(org, reg, n, "en", date)
	if err != nil {
		panic(err)
	}
	d.Blocks = d.Blocks[1:2] // the right-to-object box only
	if err := markdown.Render(os.Stdout, &doc.Document{Blocks: d.Blocks}, markdown.Options{}); err != nil {
		panic(err)
	}
	// Output:
	// > **Your right to object (Art. 21 GDPR)**
	// >
	// > You have the right to object at any time, on grounds relating to your particular situation, to the processing of your data for the following purposes, which rely on legitimate interests or on a task in the public interest (Art. 21(1) GDPR): “Preventing payment fraud”.
	// >
	// > Once you object, we stop processing your data for those purposes unless we demonstrate compelling legitimate grounds that override your interests, rights and freedoms, or the processing is for the establishment, exercise or defence of legal claims.
	// >
	// > To object, write to [privacy@bottega.example](mailto:privacy@bottega.example).
}

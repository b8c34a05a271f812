package requests_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/helpdesk/requests"
	"github.com/gdprkit/gdprkit/register"
)

func art15Org() *gdpr.Organisation {
	return &gdpr.Organisation{
		Controller: gdpr.Party{Name: "Nuvola Software S.r.l.", Address: "Via dei Mille 42, Bologna", Country: "IT",
			Email: "info@nuvola.example", PEC: "nuvola@pec.example"},
		Representative: &gdpr.Party{Name: "Rep GmbH", Email: "rep@example.de"},
		DPO:            &gdpr.DPO{Name: "Giulia Ferri", Organisation: "Studio Ferri", Email: "dpo@nuvola.example"},
	}
}

func art15Register() *register.Register {
	return &register.Register{
		DataCategories: []register.DataCategory{
			{ID: "contact", Name: gdpr.T("Dati di contatto", "Contact data"), Description: gdpr.T("email, telefono", "email, phone")},
			{ID: "health", Name: gdpr.T("Dati sanitari", "Health data"), Special: true},
			{ID: "records", Name: gdpr.T("Casellario", "Criminal records"), Criminal: true},
		},
		Recipients: []register.Recipient{
			{ID: "ticketing", Name: gdpr.Plain("Helpwise Inc."), Kind: gdpr.Processor, Country: "US", Service: gdpr.T("ticketing in cloud", "cloud ticketing")},
			{ID: "survey", Name: gdpr.Plain("Feedbackly Ltd"), Kind: gdpr.Processor, Country: "IN"},
			{ID: "team", Name: gdpr.T("Team di assistenza", "Support team"), Kind: gdpr.Internal},
		},
		Activities: []register.Activity{
			{
				ID: "support", Name: gdpr.T("Assistenza", "Support"),
				Purposes: []register.Purpose{
					{Description: gdpr.T("Fornire assistenza", "Providing support"), LegalBasis: gdpr.Contract, BasisReference: "licence terms, art. 9"},
					{Description: gdpr.T("Sondaggio", "Survey"), LegalBasis: gdpr.LegitimateInterests,
						LegitimateInterest: gdpr.T("Migliorare il servizio", "Improving the service")},
				},
				SpecialConditions: []gdpr.SpecialCondition{gdpr.ExplicitConsent},
				CriminalBasis:     gdpr.T("art. 2-octies Codice privacy", "art. 2-octies Italian Privacy Code"),
				DataCategories:    []string{"contact", "health", "records", "unknown"},
				Sources: []register.Source{
					{FromSubject: true, Description: gdpr.T("presso di te", "from you")},
					{Description: gdpr.T("il tuo datore di lavoro", "your employer"), Categories: []string{"contact"}},
				},
				Recipients: []string{"ticketing", "survey", "team"},
				Transfers: []gdpr.Transfer{
					{Recipient: "ticketing", Country: "US", Mechanism: gdpr.Adequacy, DPFCertified: true},
					{Recipient: "survey", Country: "IN", Mechanism: gdpr.StandardContractualClauses},
				},
				Retention: []gdpr.Retention{
					{Categories: []string{"contact"}, Period: "P72M", Trigger: gdpr.T("fine del contratto", "end of the contract"),
						EndAction: gdpr.Anonymise, LegalReference: "art. 2946 c.c."},
					{Criterion: gdpr.T("fino alla fine della causa", "until the end of the lawsuit")},
					{Categories: []string{"health"}},
				},
				AutomatedDecisions: &register.AutomatedDecisions{Solely: true, Profiling: true,
					Logic: gdpr.T("punteggio di priorità", "priority score"), Consequences: gdpr.T("tempi di risposta", "response times")},
			},
			{ID: "silent", Name: gdpr.Plain("Silent"), NoRecipients: true},
		},
	}
}

func has(ts []requests.Text, lang, want string) bool {
	return slices.ContainsFunc(ts, func(t requests.Text) bool { return strings.Contains(t[lang], want) })
}

func TestArt15FromRegister(t *testing.T) {
	info, err := requests.Art15FromRegister(art15Org(), art15Register(), "support", nil)
	if err != nil {
		t.Fatal(err)
	}
	one := func(t requests.Text) []requests.Text { return []requests.Text{t} }
	tests := []struct {
		item string
		ts   []requests.Text
		lang string
		want string
	}{
		{"controller", one(info.Controller), "it", "Nuvola Software S.r.l., Via dei Mille 42, Bologna — Email: info@nuvola.example; PEC: nuvola@pec.example"},
		{"controller", one(info.Controller), "en", "representative in the Union (Art. 27 GDPR): Rep GmbH, rep@example.de"},
		{"controller name", one(info.ControllerName), "en", "Nuvola Software S.r.l."},
		{"dpo", one(info.DPO), "it", "Giulia Ferri (Studio Ferri) — Email: dpo@nuvola.example"},
		{"purposes", info.Purposes, "it", "Fornire assistenza — base giuridica: esecuzione di un contratto o di misure precontrattuali (art. 6, par. 1, lett. b); licence terms, art. 9"},
		{"purposes", info.Purposes, "en", "Providing support — legal basis: performance of a contract or pre-contractual steps (Art. 6(1)(b))"},
		{"purposes", info.Purposes, "en", "legitimate interest pursued: improving the service"},
		{"purposes", info.Purposes, "it", "(art. 9 GDPR) in base alle condizioni seguenti: consenso esplicito dell'interessato (art. 9, par. 2, lett. a)"},
		{"purposes", info.Purposes, "en", "(Art. 10 GDPR) under: art. 2-octies Italian Privacy Code"},
		{"categories", info.Categories, "en", "Contact data: email, phone"},
		{"categories", info.Categories, "it", "Dati sanitari — categoria particolare di dati personali (art. 9 GDPR)"},
		{"categories", info.Categories, "en", "Criminal records — personal data relating to criminal convictions and offences (Art. 10 GDPR)"},
		{"categories", info.Categories, "en", "unknown"},
		{"recipients", info.Recipients, "it", "Helpwise Inc. (responsabile del trattamento, Stati Uniti): ticketing in cloud"},
		{"recipients", info.Recipients, "en", "Support team (authorised internal staff)"},
		{"retention", info.Retention, "en", "Contact data: 72 months from end of the contract; at the end: anonymisation (art. 2946 c.c.)"},
		{"retention", info.Retention, "it", "Tutti i dati dell'attività: fino alla fine della causa"},
		{"retention", info.Retention, "it", "Dati sanitari: DA COMPLETARE"},
		{"sources", info.Sources, "en", "Your employer — source not publicly accessible; data obtained: Contact data"},
		{"automated", info.AutomatedDecisions, "en", "In the activity “Support” we take decisions based solely on automated processing (Art. 22 GDPR)."},
		{"automated", info.AutomatedDecisions, "it", "Logica utilizzata: punteggio di priorità"},
		{"automated", info.AutomatedDecisions, "en", "to contest the decision (Art. 22(3) GDPR)"},
		{"transfers", info.Transfers, "it", "Helpwise Inc. — Stati Uniti: decisione di adeguatezza della Commissione europea (art. 45); il destinatario è certificato"},
		{"transfers", info.Transfers, "en", "Feedbackly Ltd — India: standard data protection clauses adopted by the European Commission (Art. 46(2)(c)); a copy is available on request by writing to info@nuvola.example"},
		{"authority", one(info.Authority), "it", "Garante per la protezione dei dati personali — Piazza Venezia 11, 00187 Roma; https://www.garanteprivacy.it"},
		{"authority", one(info.Authority), "en", "Italian Data Protection Authority (Garante per la protezione dei dati personali)"},
		{"rights", info.Rights, "it", "Per esercitare i tuoi diritti scrivi a info@nuvola.example."},
		{"rights", info.Rights, "en", "data protection officer: dpo@nuvola.example"},
	}
	for _, tt := range tests {
		if !has(tt.ts, tt.lang, tt.want) {
			t.Errorf("%s (%s) lacks %q; got %v", tt.item, tt.lang, tt.want, tt.ts)
		}
	}
	// The person's own data come from them: only the employer is listed.
	if len(info.Sources) != 1 {
		t.Errorf("sources = %v, want only the one not from the person", info.Sources)
	}
	for _, l := range []string{"it", "en"} {
		if m := info.Missing(l); m != nil {
			t.Errorf("Missing(%s) = %v", l, m)
		}
	}
}

func TestArt15FromRegisterLanguages(t *testing.T) {
	info, err := requests.Art15FromRegister(art15Org(), art15Register(), "support", []string{"en"})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := info.Controller["it"]; ok || info.Controller["en"] == "" {
		t.Errorf("controller = %v, want English only", info.Controller)
	}
}

func TestArt15FromRegisterGaps(t *testing.T) {
	org := &gdpr.Organisation{Controller: gdpr.Party{Name: "Acme GmbH", Country: "DE"}}
	info, err := requests.Art15FromRegister(org, art15Register(), "silent", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !has(info.Recipients, "en", "We do not disclose your data to any recipient.") {
		t.Errorf("recipients = %v", info.Recipients)
	}
	// No authority in the reference for Germany (its Länder): the EDPB's list.
	if !strings.Contains(info.Authority["it"], gdpr.EDPBMembers) {
		t.Errorf("authority = %v", info.Authority)
	}
	if info.DPO != nil || info.Rights != nil || info.Transfers != nil {
		t.Errorf("dpo %v, rights %v, transfers %v: want none", info.DPO, info.Rights, info.Transfers)
	}
	if got, want := info.Missing("en"), []string{"purposes", "categories", "retention"}; !slices.Equal(got, want) {
		t.Errorf("Missing = %v, want %v", got, want)
	}
}

func TestArt15FromRegisterErrors(t *testing.T) {
	_, err := requests.Art15FromRegister(art15Org(), art15Register(), "payroll", nil)
	if !errors.Is(err, requests.ErrUnknownActivity) || !strings.Contains(err.Error(), "support, silent") {
		t.Errorf("unknown activity: %v", err)
	}
	if _, err := requests.Art15FromRegister(nil, art15Register(), "support", nil); err == nil {
		t.Error("nil organisation: no error")
	}
	if _, err := requests.Art15FromRegister(art15Org(), nil, "support", nil); err == nil {
		t.Error("nil register: no error")
	}
}

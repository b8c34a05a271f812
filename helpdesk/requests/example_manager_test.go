package requests_test

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/helpdesk/audit"
	"github.com/gdprkit/gdprkit/helpdesk/redact"
	"github.com/gdprkit/gdprkit/helpdesk/requests"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
	"github.com/gdprkit/gdprkit/register"
)

func ExampleManager() {
	ctx := context.Background()
	log := &audit.MemoryStore{}
	now := time.Date(2026, 3, 5, 9, 0, 0, 0, time.UTC)
	m := &requests.Manager{Store: &requests.MemoryStore{}, Audit: log, Now: func() time.Time { return now }}

	r, _ := m.Open(ctx, requests.New("R-1", requests.KindAccess, "cust-42", now, m.Calendar), "op-7")
	fmt.Println(r.ID, "due", r.Due.Format(time.DateOnly))
	_, err := m.Move(ctx, "R-1", requests.StateInProgress, now, "", "op-7")
	fmt.Println(err)
	m.SetIdentity(ctx, "R-1", requests.IdentityVerified, now, "signed in to the portal", "op-7")
	r, _ = m.Move(ctx, "R-1", requests.StateInProgress, now, "", "op-7")
	fmt.Println(r.State)

	for e := range log.Iterate(ctx, 1) {
		fmt.Println(e.Seq, e.Action, e.Details["state"])
	}
	// Output:
	// R-1 due 2026-04-05
	// requests: R-1: received → in_progress: identity not verified
	// in_progress
	// 1 request.open received
	// 2 request.identity received
	// 3 request.move in_progress
}

func ExampleArt15FromRegister() {
	org := &gdpr.Organisation{Controller: gdpr.Party{Name: "Nuvola Software S.r.l.", Country: "IT", Email: "privacy@nuvola.example"}}
	reg := &register.Register{
		DataCategories: []register.DataCategory{{ID: "contact", Name: gdpr.T("Dati di contatto", "Contact data")}},
		Activities: []register.Activity{{
			ID: "support", Name: gdpr.T("Assistenza", "Support"),
			Purposes:       []register.Purpose{{Description: gdpr.T("Fornire assistenza", "Providing support"), LegalBasis: gdpr.Contract}},
			DataCategories: []string{"contact"},
			Retention:      []gdpr.Retention{{Period: "P24M", Trigger: gdpr.T("chiusura del ticket", "the ticket's closure")}},
		}},
	}
	info, err := requests.Art15FromRegister(org, reg, "support", []string{"en", "it"})
	if err != nil {
		panic(err)
	}
	fmt.Println(info.Purposes[0].In("it"))
	fmt.Println(info.Retention[0].In("en"))
	fmt.Println(info.Authority.In("it"))
	fmt.Println(info.Missing("en"))
	// Output:
	// Fornire assistenza — base giuridica: esecuzione di un contratto o di misure precontrattuali (art. 6, par. 1, lett. b)
	// All data of the activity: 24 months from the ticket's closure
	// Garante per la protezione dei dati personali — Piazza Venezia 11, 00187 Roma; https://www.garanteprivacy.it; Email: protocollo@gpdp.it; PEC: protocollo@pec.gpdp.it; Telefono: +39 06 696771
	// [recipients]
}

func ExampleOthersRedactor() {
	tickets := []ticket.Ticket{{ID: "T-1", Subject: "cust-42",
		Fields: []ticket.Field{{Name: "email", Category: "contact", Value: "anna@example.it"}}}}
	red := requests.OthersRedactor(redact.MustNew(redact.Options{}), "cust-42", slices.Values(tickets))
	fmt.Println(red("Reply to Anna@example.it, cc luca@example.com"))
	// Output:
	// Reply to Anna@example.it, cc [EMAIL]
}

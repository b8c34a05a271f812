package helpdesk_test

import (
	"fmt"
	"os"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/register"
	"github.com/gdprkit/gdprkit/render/markdown"
)

// smallSupport is a minimal organisation, register and policy: phone
// support that is never recorded, and one remote-assistance tool.
func smallSupport() (*gdpr.Organisation, *register.Register, *helpdesk.Policy) {
	org := &gdpr.Organisation{Controller: gdpr.Party{Name: "Example S.r.l.", Country: "IT", Email: "privacy@example.com"}}
	reg := &register.Register{
		DataCategories: []register.DataCategory{{ID: "contact", Name: gdpr.T("Dati di contatto", "Contact data")}},
		Systems:        []register.System{{ID: "assist", Name: "AssistDesk"}},
		Activities: []register.Activity{{
			ID: "support", Name: gdpr.T("Assistenza", "Support"),
			Purposes:       []register.Purpose{{Description: gdpr.T("Assistenza", "Support"), LegalBasis: gdpr.Contract}},
			DataCategories: []string{"contact"},
		}},
	}
	policy := &helpdesk.Policy{
		Activity: "support",
		Version:  "1.0",
		Channels: []helpdesk.Channel{{
			ID: "phone", Kind: helpdesk.ChannelPhone, Contact: "+39 02 0000 0000",
			Fields: []helpdesk.Field{{ID: "email", Name: gdpr.T("indirizzo email", "email address"), Category: "contact", Mandatory: true,
				Purpose: gdpr.T("rispondere", "sending the answer")}},
		}},
		Roles:            []helpdesk.AccessRole{{ID: "operator", Name: gdpr.T("Operatori", "Operators"), May: []helpdesk.Permission{helpdesk.PermReadTickets, helpdesk.PermRemoteAssistance}}},
		RemoteAssistance: helpdesk.RemoteAssistance{Allowed: true, Tool: "assist", Consent: helpdesk.ConsentPerSession, NoLaterAccess: true, Logged: helpdesk.RequiredSessionLog},
		Retention: helpdesk.Retention{Trigger: helpdesk.TriggerTicketClosed, Stages: []helpdesk.RetentionStage{
			{Stage: helpdesk.StageClosed, Max: "P12M"}, {Stage: helpdesk.StageDeleted},
		}},
	}
	return org, reg, policy
}

// section renders one top-level section of d as Markdown.
func section(d *doc.Document, title string) {
	for _, b := range d.Blocks {
		if s, ok := b.(doc.Section); ok && s.Title == title {
			_ = markdown.Render(os.Stdout, &doc.Document{Blocks: []doc.Block{s}}, markdown.Options{})
		}
	}
}

// ExamplePolicyDocument builds the public support-data policy of a small
// helpdesk and prints the part that tells customers how to reach support
// and whether calls are recorded.
func ExamplePolicyDocument() {
	org, reg, policy := smallSupport()
	d := helpdesk.PolicyDocument(org, reg, policy, "en", helpdesk.DocumentOptions{Date: "2026-11-22"})
	fmt.Println(d.Meta.Title, "·", d.Meta.Identifier, "·", d.Meta.Classification)
	section(d, "How to reach support")
	// Output:
	// Support-data policy · POL-SUP · Public
	// ## How to reach support
	//
	// You can ask for support on the following channels; for each we say whether conversations are recorded.
	//
	// | Channel | Contact and hours | Recording |
	// | ------------- | ---------------------- | ------------------------- |
	// | Phone | +39 02 0000 0000 | Calls are never recorded. |
	// | Remote-assistance session | At the operator's invitation, with AssistDesk | Sessions are never recorded. |
	//
	// We collect only the data listed below for each channel (Art. 5(1)(c) GDPR). If you send us other data that the request does not need, such as passwords, payment details, identity documents or other people's data, we refuse them or remove them from the ticket.
	//
	// Please do not put health data or other special categories of personal data (Art. 9 GDPR) in tickets: if you do, we remove them from the ticket.
}

// ExampleProcedureDocument builds the operators' procedure of the same
// helpdesk and prints its outline and the steps of a remote session.
func ExampleProcedureDocument() {
	org, reg, policy := smallSupport()
	d := helpdesk.ProcedureDocument(org, reg, policy, "en", helpdesk.DocumentOptions{Date: "2026-11-22"})
	fmt.Println(d.Meta.Identifier, "·", d.Meta.Classification)
	for _, b := range d.Blocks {
		fmt.Println("-", b.(doc.Section).Title)
	}
	section(d, "Remote assistance")
	// Output:
	// PRO-SUP · Internal
	// - Purpose and who it applies to
	// - Roles and permissions
	// - Authorised systems and processors
	// - First contact
	// - Identifying the customer
	// - Collecting data
	// - Impersonation
	// - Remote assistance
	// - Closing a ticket
	// - Requests from data subjects
	// - Personal data breaches
	// - Retention
	// - Audit log
	// ## Remote assistance
	//
	// 1. Only these roles may open remote-assistance sessions: Operators, and only with AssistDesk.
	// 2. Ask for the customer's explicit consent for every session, even if they gave it before.
	// 3. **How consent is asked for and recorded:** Explain to the customer what you will do and wait for them to start or confirm the session; note the time of consent in the ticket.
	// 4. Without consent, do not connect: if the customer is away or does not answer, do not start the session.
	// 5. Do only what the ticket needs: do not open files, email or programs unrelated to the problem.
	// 6. Do not record the session.
	// 7. For every session the tool logs: operator id, customer's IP address, start time (UTC) and end time (UTC). If it does not, note them in the ticket.
	// 8. At the end, close the session and check that it is closed. No later access without new consent: never install or leave unattended access active.
	// 9. Note the session in the ticket: start, end and what was done.
}

package helpdesk

import (
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/notice"
	"github.com/gdprkit/gdprkit/register"
)

// fixture is a valid pack for the policy rules, a compact examples/nuvola:
// an organisation, a register whose activity support is the policy's, a
// support notice, and a policy that passes every rule. Each failing case
// of the rules table mutates one thing of a fresh fixture.
type fixture struct {
	org     *gdpr.Organisation
	reg     *register.Register
	notices []notice.Notice
	policy  *Policy
	now     time.Time
}

// check runs the policy rules over the fixture.
func (x *fixture) check() []ruleFinding {
	r := Check(x.org, x.reg, x.notices, &Helpdesk{Policy: x.policy}, x.now)
	return ruleFindings(r.Diagnostics)
}

// supportCategories are the data categories of the support activity.
var supportCategories = []string{"identification", "contact", "licence", "ticket_content", "technical"}

func itEn(it, en string) gdpr.Text { return gdpr.Text{"it": it, "en": en} }

func newFixture() *fixture {
	return &fixture{
		org: &gdpr.Organisation{Controller: gdpr.Party{
			Name: "Nuvola Software S.r.l.", Country: "IT", Email: "info@nuvolasoftware.it",
		}},
		reg:     fixtureRegister(),
		notices: fixtureNotices(),
		policy:  fixturePolicy(),
		now:     time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC),
	}
}

func fixtureRegister() *register.Register {
	cat := func(id, it, en string) register.DataCategory {
		return register.DataCategory{ID: id, Name: itEn(it, en)}
	}
	rcp := func(id string, kind gdpr.RecipientKind) register.Recipient {
		return register.Recipient{ID: id, Name: gdpr.Text{"": id}, Kind: kind}
	}
	return &register.Register{
		DataSubjects: []register.DataSubjectCategory{
			{ID: "customers", Name: itEn("clienti", "customers")},
			{ID: "customer_users", Name: itEn("utenti dei clienti", "customers' users")},
		},
		DataCategories: []register.DataCategory{
			cat("identification", "dati identificativi", "identification data"),
			cat("contact", "dati di contatto", "contact data"),
			cat("licence", "dati di licenza", "licence data"),
			cat("ticket_content", "contenuto dei ticket", "ticket content"),
			cat("technical", "dati tecnici", "technical data"),
			cat("connection", "dati di connessione", "connection data"),
			cat("billing", "dati di fatturazione", "billing data"),
		},
		Recipients: []register.Recipient{
			rcp("ticketing", gdpr.Processor),
			rcp("survey", gdpr.Processor),
			rcp("hosting", gdpr.Processor),
			rcp("support_team", gdpr.Internal),
			rcp("accountant", gdpr.Processor),
		},
		Activities: []register.Activity{
			{
				ID:   "support",
				Name: itEn("Assistenza tecnica ai clienti", "Technical support for customers"),
				Purposes: []register.Purpose{{
					Description: itEn("Fornire assistenza tecnica", "Providing technical support"),
					LegalBasis:  gdpr.Contract,
				}},
				DataSubjects:   []string{"customers", "customer_users"},
				DataCategories: append([]string(nil), supportCategories...),
				Recipients:     []string{"ticketing", "survey", "hosting", "support_team"},
				Retention: []gdpr.Retention{
					{Categories: append([]string(nil), supportCategories...), Period: "P72M", EndAction: gdpr.Anonymise},
					{Categories: []string{"connection"}, Period: "P12M", EndAction: gdpr.Delete},
				},
			},
			{
				ID:             "billing",
				Name:           itEn("Fatturazione", "Billing"),
				DataSubjects:   []string{"customers"},
				DataCategories: []string{"identification", "billing"},
				Recipients:     []string{"accountant"},
				Retention:      []gdpr.Retention{{Period: "P10Y", EndAction: gdpr.Delete}},
			},
		},
	}
}

func fixtureNotices() []notice.Notice {
	return []notice.Notice{{
		ID:         "support",
		Audience:   []string{"customers", "customer_users"},
		Activities: []string{"support"},
		Sections: []notice.Section{{
			Title: itEn("Telefono", "Phone"),
			Text:  itEn("Le telefonate non sono registrate.", "Calls are not recorded."),
		}},
	}}
}

func fixturePolicy() *Policy {
	field := func(id, category string, mandatory bool, purpose string) Field {
		f := Field{ID: id, Name: gdpr.Text{"": id}, Category: category, Mandatory: mandatory}
		if purpose != "" {
			f.Purpose = gdpr.Text{"en": purpose}
		}
		return f
	}
	return &Policy{
		Activity: "support",
		Role:     AsController,
		Channels: []Channel{
			{
				ID: "phone", Kind: ChannelPhone,
				Fields: []Field{
					field("name", "identification", true, "knowing whom to answer"),
					field("email", "contact", true, "sending the outcome"),
					field("licence_number", "licence", true, "checking the contract"),
					field("problem", "ticket_content", true, "solving the problem"),
				},
			},
			{
				ID: "web_form", Kind: ChannelWebForm,
				Fields: []Field{
					field("email", "contact", true, "sending the outcome"),
					field("licence_number", "licence", true, "checking the contract"),
					field("message", "ticket_content", true, "solving the problem"),
					field("attachments", "ticket_content", false, "reproducing the problem"),
				},
			},
		},
		Ticketing:  "ticketing",
		Processors: []string{"survey", "hosting"},
		Roles: []AccessRole{
			{ID: "operator", Name: gdpr.Text{"en": "Operators"}, May: []Permission{PermReadTickets, PermReply, PermImpersonate, PermRemoteAssistance}},
			{ID: "support_lead", Name: gdpr.Text{"en": "Support lead"}, May: []Permission{PermReadTickets, PermAuditLog, PermErase}},
		},
		Impersonation: Impersonation{
			Allowed: true, OnlyToReproduce: true, ReadOnly: true,
			Forbidden:      []Action{ActionChangeData, ActionMakePayment, ActionChangeCredentials},
			TicketRequired: true, TimeLimit: "PT30M", Logged: true, CustomerInformed: true,
			Roles: []string{"operator", "support_lead"},
		},
		RemoteAssistance: RemoteAssistance{
			Allowed: true, Tool: "remote_tool", Consent: ConsentPerSession,
			NoLaterAccess: true, CustomerCanEnd: true,
			Logged: []SessionLogItem{LogOperatorID, LogCustomerIP, LogStart, LogEnd, LogConsent},
			Roles:  []string{"operator"},
		},
		Closure: Closure{AutoCloseAfter: "P14D", NoFurtherProcessing: true},
		Retention: Retention{
			Trigger:            TriggerContractEnd,
			CancellationWindow: "P30D",
			Stages: []RetentionStage{
				{Stage: StagePseudonymised, Max: "P72M"},
				{Stage: StageAnonymised},
			},
			ErasureOnRequest: true,
			LegalHolds:       []LegalHold{{Ground: gdpr.Text{"en": "pending dispute"}, Article: "Art. 17(3)(e)", Period: "P10Y"}},
		},
		AuditLog: AuditLog{
			Events:    []AuditEvent{EventRead, EventImpersonation, EventRemoteSession, EventErasure},
			Retention: "P12M", Reviewer: "support_lead", TamperEvident: true,
		},
		Rights: RightsContact{Email: "privacy@nuvolasoftware.it"},
	}
}

// recordPhone records the phone channel with everything HD-07 asks.
func (x *fixture) recordPhone() {
	x.policy.Channels[0].Recording = Recording{
		Recorded:     true,
		Purpose:      gdpr.Text{"en": "quality"},
		Announcement: gdpr.Text{"en": "a message before the call"},
		Listeners:    []string{"support_lead"},
		Retention:    "P30D",
	}
}

// announceRecording adds a section with topic recording to the support
// notice.
func (x *fixture) announceRecording() {
	x.notices[0].Sections = append(x.notices[0].Sections, notice.Section{
		Title:  itEn("Registrazione", "Recording"),
		Topics: []notice.Topic{notice.TopicRecording},
	})
}

// supportActivity returns the register's support activity.
func (x *fixture) supportActivity() *register.Activity {
	a, _ := x.reg.Activity("support")
	return a
}

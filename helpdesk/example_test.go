package helpdesk_test

import (
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/register"
)

// ExampleCheck checks a tiny policy whose operators may impersonate
// customers without any of the limits the policy must set.
func ExampleCheck() {
	reg := &register.Register{
		DataCategories: []register.DataCategory{{ID: "contact", Name: gdpr.Text{"en": "contact data"}}},
		Activities: []register.Activity{{
			ID:             "support",
			Name:           gdpr.Text{"en": "Technical support"},
			DataCategories: []string{"contact"},
			Retention:      []gdpr.Retention{{Period: "P12M", EndAction: gdpr.Delete}},
		}},
	}
	policy := &helpdesk.Policy{
		Activity: "support",
		Channels: []helpdesk.Channel{{
			ID: "email", Kind: helpdesk.ChannelEmail,
			Fields: []helpdesk.Field{{
				ID: "email", Name: gdpr.Text{"en": "email address"}, Category: "contact",
				Mandatory: true, Purpose: gdpr.Text{"en": "answering the request"},
			}},
		}},
		Roles:         []helpdesk.AccessRole{{ID: "operator", Name: gdpr.Text{"en": "Operators"}}},
		Impersonation: helpdesk.Impersonation{Allowed: true, TimeLimit: "PT30M", Roles: []string{"operator"}},
		Closure:       helpdesk.Closure{NoFurtherProcessing: true},
		Retention: helpdesk.Retention{
			Trigger: helpdesk.TriggerTicketClosed,
			Stages:  []helpdesk.RetentionStage{{Stage: helpdesk.StageClosed, Max: "P12M"}, {Stage: helpdesk.StageDeleted}},
		},
		AuditLog: helpdesk.AuditLog{Events: []helpdesk.AuditEvent{helpdesk.EventRead, helpdesk.EventImpersonation}, Retention: "P12M"},
		Rights:   helpdesk.RightsContact{Email: "privacy@example.com"},
	}
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

	r := helpdesk.Check(nil, reg, nil, &helpdesk.Helpdesk{Policy: policy}, now)
	for _, d := range r.Diagnostics {
		fmt.Printf("%s %s at %s\n", d.Rule, d.Severity, d.Path)
		fmt.Println(d.Message.In("en"))
	}
	// Output:
	// HD-09 error at helpdesk.policy.impersonation
	// impersonation is allowed without its limits: missing only_to_reproduce, read_only, forbidden: change_data, forbidden: make_payment, ticket_required, logged
}

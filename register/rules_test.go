package register

import (
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

// validSubject returns an organisation and register that pass every rule.
func validSubject() (*gdpr.Organisation, *Register) {
	f := false
	org := &gdpr.Organisation{
		Controller: gdpr.Party{Name: "Nuvola Software S.r.l.", Address: "Via dei Mille 42, Bologna", Email: "info@nuvola.example", Country: "IT"},
		DPO:        &gdpr.DPO{Name: "DPO", Email: "dpo@nuvola.example"},
		Headcount:  64,
	}
	reg := &Register{
		FirstCreated: "2018-05-25", LastUpdated: "2026-11-15", NextReview: "2027-05-15",
		DataSubjects:   []DataSubjectCategory{{ID: "customers", Name: gdpr.T("Clienti", "Customers")}},
		DataCategories: []DataCategory{{ID: "contact", Name: gdpr.T("Contatti", "Contact")}, {ID: "health", Name: gdpr.T("Salute", "Health"), Special: true}, {ID: "records", Name: gdpr.T("Casellario", "Criminal records"), Criminal: true}},
		Recipients: []Recipient{
			{ID: "ticketing", Name: gdpr.T("Helpwise", "Helpwise"), Kind: gdpr.Processor, Country: "US", Contract: "DPA 2025"},
			{ID: "hosting", Name: gdpr.T("EuroCloud", "EuroCloud"), Kind: gdpr.Processor, Country: "DE", Contract: "DPA 2023"},
		},
		Activities: []Activity{{
			ID: "support", Name: gdpr.T("Assistenza", "Support"), Created: "2018-05-25", Updated: "2026-11-15",
			Purposes: []Purpose{
				{Description: gdpr.T("Assistenza", "Support"), LegalBasis: gdpr.Contract},
				{Description: gdpr.T("Sondaggio", "Survey"), LegalBasis: gdpr.LegitimateInterests, LegitimateInterest: gdpr.T("qualità", "quality"), LIA: "LIA-1"},
				{Description: gdpr.T("Newsletter", "Newsletter"), LegalBasis: gdpr.Consent, Withdrawal: gdpr.T("link", "link"), ConsentRecord: "log"},
			},
			SpecialConditions: []gdpr.SpecialCondition{gdpr.ExplicitConsent},
			CriminalBasis:     gdpr.T("art. 2-octies Codice", "art. 2-octies Codice"),
			DataSubjects:      []string{"customers"},
			DataCategories:    []string{"contact", "health", "records"},
			Recipients:        []string{"ticketing", "hosting"},
			Transfers:         []gdpr.Transfer{{Recipient: "ticketing", Country: "US", Mechanism: gdpr.Adequacy, DPFCertified: true}},
			Retention:         []gdpr.Retention{{Period: "P72M"}},
			Security:          gdpr.Security{Summary: gdpr.T("cifratura", "encryption")},
		}, {
			ID: "party", Name: gdpr.T("Festa aziendale", "Company party"), Omitted: true, Occasional: true, LikelyRisk: &f,
			DataSubjects: []string{"customers"}, DataCategories: []string{"contact"},
		}},
		Processor: &ProcessorRegister{Clients: []ClientProcessing{{
			ID: "acme", Controller: gdpr.Party{Name: "ACME", Email: "privacy@acme.example"},
			Processing: []gdpr.Text{gdpr.T("hosting", "hosting")}, SubProcessors: []string{"hosting"},
			Security: gdpr.Security{Summary: gdpr.T("cifratura", "encryption")},
		}}},
	}
	return org, reg
}

var checkDate = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

func TestValidSubjectPassesEveryRule(t *testing.T) {
	org, reg := validSubject()
	r := Check(org, reg, checkDate)
	for _, d := range r.Diagnostics {
		t.Errorf("unexpected finding: %s", d.Format("en"))
	}
}

// TestRulesFail breaks the valid subject once per rule and expects that
// rule — and only a finding at the expected path — to fire.
func TestRulesFail(t *testing.T) {
	act := func(reg *Register) *Activity { return &reg.Activities[0] }
	tests := []struct {
		rule, path string
		sev        check.Severity
		mutate     func(*gdpr.Organisation, *Register)
	}{
		{"REG-01", "controller.name", check.Error, func(o *gdpr.Organisation, _ *Register) { o.Controller.Name = "" }},
		{"REG-01", "controller", check.Error, func(o *gdpr.Organisation, _ *Register) { o.Controller.Address, o.Controller.Email = "", "" }},
		{"REG-02", "dpo", check.Error, func(o *gdpr.Organisation, _ *Register) { o.DPO.Email = "" }},
		{"REG-03", "representative", check.Error, func(o *gdpr.Organisation, _ *Register) { o.Controller.Country = "US" }},
		{"REG-04", "register.activities[0].joint_controllers[0].arrangement", check.Error, func(_ *gdpr.Organisation, r *Register) {
			act(r).JointControllers = []gdpr.JointController{{Party: gdpr.Party{Name: "X", Email: "x@example.com"}}}
		}},
		{"REG-05", "register.activities[0].purposes", check.Error, func(_ *gdpr.Organisation, r *Register) { act(r).Purposes = nil }},
		{"REG-05", "register.activities[0].recipients", check.Error, func(_ *gdpr.Organisation, r *Register) {
			act(r).Recipients, act(r).Transfers = nil, nil
		}},
		{"REG-06", "register.activities[0].purposes[0].legal_basis", check.Warning, func(_ *gdpr.Organisation, r *Register) { act(r).Purposes[0].LegalBasis = "" }},
		{"REG-07", "register.activities[0].data_categories[1]", check.Error, func(_ *gdpr.Organisation, r *Register) { act(r).SpecialConditions = nil }},
		{"REG-08", "register.activities[0].criminal_basis", check.Error, func(_ *gdpr.Organisation, r *Register) { act(r).CriminalBasis = nil }},
		{"REG-09", "register.activities[0].purposes[2].withdrawal", check.Error, func(_ *gdpr.Organisation, r *Register) { act(r).Purposes[2].Withdrawal = nil }},
		{"REG-09", "register.activities[0].purposes[2].consent_record", check.Warning, func(_ *gdpr.Organisation, r *Register) { act(r).Purposes[2].ConsentRecord = "" }},
		{"REG-10", "register.activities[0].purposes[1].legitimate_interest", check.Error, func(_ *gdpr.Organisation, r *Register) { act(r).Purposes[1].LegitimateInterest = nil }},
		{"REG-11", "register.recipients[0].contract", check.Error, func(_ *gdpr.Organisation, r *Register) { r.Recipients[0].Contract = "" }},
		{"REG-12", "register.activities[0].recipients[0]", check.Error, func(_ *gdpr.Organisation, r *Register) { act(r).Transfers = nil }},
		{"REG-13", "register.activities[0].transfers[1].country", check.Warning, func(_ *gdpr.Organisation, r *Register) {
			act(r).Transfers = append(act(r).Transfers, gdpr.Transfer{Country: "FR", Mechanism: gdpr.StandardContractualClauses})
		}},
		{"REG-14", "register.activities[0].transfers[0].dpf_certified", check.Error, func(_ *gdpr.Organisation, r *Register) { act(r).Transfers[0].DPFCertified = false }},
		{"REG-14", "register.activities[0].transfers[1].mechanism", check.Error, func(_ *gdpr.Organisation, r *Register) {
			act(r).Transfers = append(act(r).Transfers, gdpr.Transfer{Country: "IN", Mechanism: gdpr.Adequacy})
		}},
		{"REG-15", "register.activities[0].transfers[1]", check.Error, func(_ *gdpr.Organisation, r *Register) {
			act(r).Transfers = append(act(r).Transfers, gdpr.Transfer{Country: "IN", Mechanism: gdpr.CompellingLegitimateInterests})
		}},
		{"REG-16", "register.activities[0].retention[0]", check.Error, func(_ *gdpr.Organisation, r *Register) { act(r).Retention[0].Period = "" }},
		{"REG-16", "register.activities[0].retention[0].criterion", check.Error, func(_ *gdpr.Organisation, r *Register) {
			act(r).Retention[0] = gdpr.Retention{Criterion: gdpr.T("per il tempo necessario alle finalità", "as long as necessary")}
		}},
		{"REG-16", "register.activities[0].data_categories[1]", check.Error, func(_ *gdpr.Organisation, r *Register) {
			act(r).Retention[0].Categories = []string{"contact", "records"}
		}},
		{"REG-17", "register.activities[0].security", check.Error, func(_ *gdpr.Organisation, r *Register) { act(r).Security = gdpr.Security{} }},
		{"REG-18", "register.activities[0].updated", check.Warning, func(_ *gdpr.Organisation, r *Register) { act(r).Updated = "2010-01-01" }},
		{"REG-18", "register", check.Warning, func(_ *gdpr.Organisation, r *Register) { r.FirstCreated = "" }},
		{"REG-19", "register.next_review", check.Warning, func(_ *gdpr.Organisation, r *Register) { r.NextReview = "2026-01-01" }},
		{"REG-20", "register.processor.clients[0].processing", check.Error, func(_ *gdpr.Organisation, r *Register) { r.Processor.Clients[0].Processing = nil }},
		{"REG-21", "register.activities[1].omitted", check.Error, func(o *gdpr.Organisation, _ *Register) { o.Headcount = 300 }},
		{"REG-21", "register.activities[1].omitted", check.Error, func(_ *gdpr.Organisation, r *Register) { r.Activities[1].Occasional = false }},
		{"REG-REF", "register.activities[0].recipients[1]", check.Error, func(_ *gdpr.Organisation, r *Register) { act(r).Recipients[1] = "nobody" }},
		{"REG-ID", "register.data_categories[1].id", check.Error, func(_ *gdpr.Organisation, r *Register) { r.DataCategories[1].ID = "contact" }},
	}
	for _, tt := range tests {
		t.Run(tt.rule+" "+tt.path, func(t *testing.T) {
			org, reg := validSubject()
			tt.mutate(org, reg)
			r := Check(org, reg, checkDate)
			found := false
			for _, d := range r.ByRule(tt.rule) {
				if d.Path == tt.path && d.Severity == tt.sev {
					found = true
					if d.Message.In("it") == "" || d.Message.In("en") == "" || d.Hint.In("it") == "" || d.Hint.In("en") == "" || d.Article == "" {
						t.Errorf("finding lacks a message, hint or article in both languages: %+v", d)
					}
				}
			}
			if !found {
				t.Errorf("want %s %s at %s; got:", tt.sev, tt.rule, tt.path)
				for _, d := range r.Diagnostics {
					t.Logf("  %s", d.Format("en"))
				}
			}
		})
	}
}

// TestEveryRuleIsTested keeps TestRulesFail in step with Rules.
func TestEveryRuleIsTested(t *testing.T) {
	src := map[string]bool{}
	for _, id := range []string{"REG-01", "REG-02", "REG-03", "REG-04", "REG-05", "REG-06", "REG-07", "REG-08", "REG-09", "REG-10", "REG-11", "REG-12", "REG-13", "REG-14", "REG-15", "REG-16", "REG-17", "REG-18", "REG-19", "REG-20", "REG-21", "REG-REF", "REG-ID"} {
		src[id] = true
	}
	for _, r := range Rules {
		if !src[r.ID] {
			t.Errorf("rule %s has no failing test in TestRulesFail", r.ID)
		}
		if r.Doc == "" || r.Article == "" {
			t.Errorf("rule %s lacks Doc or Article", r.ID)
		}
	}
}

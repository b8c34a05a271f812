package breach_test

import (
	"fmt"
	"os"
	"time"

	"github.com/gdprkit/gdprkit/breach"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
	"github.com/gdprkit/gdprkit/render/markdown"
)

func at(s string) breach.Timestamp {
	t, err := breach.ParseTimestamp(s)
	if err != nil {
		panic(err)
	}
	return t
}

// examplePack is a small pack built in Go: an Italian controller with a
// DPO, a register with one activity, and one high-risk incident.
func examplePack() (*gdpr.Organisation, *register.Register, *breach.Breach, time.Time) {
	org := &gdpr.Organisation{
		Controller: gdpr.Party{Name: "Nuvola Software S.r.l.", Country: "IT", Email: "info@nuvola.example"},
		DPO:        &gdpr.DPO{Name: "Ufficio RPD", Email: "dpo@nuvola.example"},
	}
	reg := &register.Register{
		Activities:     []register.Activity{{ID: "support", Name: gdpr.T("Assistenza tecnica", "Technical support")}},
		DataSubjects:   []register.DataSubjectCategory{{ID: "users", Name: gdpr.T("Utenti", "Users")}},
		DataCategories: []register.DataCategory{{ID: "contact", Name: gdpr.T("Dati di contatto", "Contact data")}},
	}
	b := &breach.Breach{Incidents: []breach.Incident{{
		ID:          "2026-10-laptop",
		Title:       gdpr.T("Portatile rubato", "Stolen laptop"),
		Description: gdpr.T("Un portatile non cifrato è stato rubato.", "An unencrypted laptop was stolen."),
		Timeline:    breach.Timeline{Occurred: at("2026-10-23T19:30:00+02:00"), Aware: at("2026-10-24T12:00:00+02:00")},
		Nature:      []breach.Nature{breach.Confidentiality},
		Activities:  []string{"support"}, DataSubjects: []string{"users"}, DataCategories: []string{"contact"},
		People:        breach.Count{Count: 1850, Mode: breach.Approximate},
		Records:       breach.Count{Count: 2300, Mode: breach.Approximate},
		Consequences:  gdpr.T("Phishing mirato.", "Targeted phishing."),
		MeasuresTaken: gdpr.T("Credenziali revocate.", "Credentials revoked."),
		Advice:        gdpr.T("Diffidi di messaggi che chiedono la password.", "Be wary of messages asking for your password."),
		Severity: &breach.Severity{
			Data:                 []breach.DataScore{{Type: breach.Simple}},
			EaseOfIdentification: breach.Maximum,
			Confidentiality:      breach.Exposed,
			Malicious:            true,
		},
		Risk: breach.RiskDecision{Level: breach.HighRisk, Reasons: gdpr.T("Dati in chiaro.", "Data in clear.")},
	}}}
	return org, reg, b, time.Date(2026, 10, 26, 9, 0, 0, 0, time.UTC)
}

// Assess computes the ENISA severity, the duties and the deadline: 72
// hours after awareness, counted on the instant, so the end of summer time
// on 25 October moves the deadline from 12:00 to 11:00 on a Rome clock.
func ExampleAssess() {
	org, reg, b, now := examplePack()
	a := breach.Assess(org, reg, b, &b.Incidents[0], now)
	fmt.Println("SE:", a.Score.SE, a.Score.Band)
	fmt.Println("deadline:", a.Deadline.Format(time.RFC3339))
	fmt.Println("time left:", a.TimeLeft)
	for _, d := range a.Duties {
		fmt.Println(d.Kind, d.State)
	}
	// Output:
	// SE: 1.5 low
	// deadline: 2026-10-27T10:00:00Z
	// time left: 25h0m0s
	// record done
	// notify_authority pending
	// communicate pending
}

// Format is what `gdprkit breach assess` prints.
func ExampleAssessment_Format() {
	org, reg, b, now := examplePack()
	_ = breach.Assess(org, reg, b, &b.Incidents[0], now).Format(os.Stdout, "en")
	// Output:
	// Incident 2026-10-laptop — Stolen laptop
	// Role:                       controller
	// Risk:                       high risk
	// Severity (ENISA 2013):      SE = DPC 1 × EI 1 + CB 0.5 = 1.5 → low
	// Circumstances (CB):         confidentiality 0, integrity 0, availability 0, malicious intent 0.5
	// Flags:                      more than 100 individuals
	// Awareness:                  2026-10-24 12:00 (UTC+02:00)
	// Deadline (Art. 33(1)):      2026-10-27 11:00 (UTC+01:00)
	// Time left:                  25 h
	// Duties:
	//   - Document the breach in the register (Art. 33(5)): done
	//   - Notify the supervisory authority (Art. 33(1)): to do, by 2026-10-27 11:00 (UTC+01:00)
	//   - Communicate to the people affected (Art. 34(1)): to do, internal target 2026-10-27 11:00 (UTC+01:00)
	// Still missing (Art. 33(3)): nothing
}

// Check reports what the record still lacks, with YAML paths.
func ExampleCheck() {
	org, reg, b, now := examplePack()
	for _, d := range breach.Check(org, reg, b, now).Diagnostics {
		fmt.Println(d.Format("en"))
	}
	// Output:
	// warning: breach.procedure: the personal data breach response procedure is missing [BRE-01] (Art. 5(2), 24(1), 33)
	// info: breach.incidents[0].notifications: breach "2026-10-laptop" must be notified by 2026-10-27 11:00 (UTC+01:00): 25 h left [BRE-14] (Art. 33(1))
	// info: breach.incidents[0].communication: high risk: communicate the breach to the people without undue delay (internal target: 2026-10-27 11:00 (UTC+01:00)) [BRE-17] (Art. 34)
}

// The letter to the people, rendered as Markdown.
func ExampleLetter() {
	org, reg, b, now := examplePack()
	d := breach.Letter(org, reg, b, &b.Incidents[0], now, "en")
	_ = markdown.Render(os.Stdout, d, markdown.Options{})
	// Output:
	// # Communication of a personal data breach
	//
	// *Nuvola Software S.r.l.*
	//
	// 26 October 2026
	//
	// Dear Sir or Madam,
	//
	// We are writing because Nuvola Software S.r.l. has suffered a personal data breach that also affects your data. We want to explain what happened, what we have done and what you can do.
	//
	// ## What happened
	//
	// An unencrypted laptop was stolen.
	//
	// The breach happened on 23 October 2026 and we found out on 24 October 2026.
	//
	// ## Which data are involved
	//
	// - Contact data
	//
	// ## What could happen
	//
	// Targeted phishing.
	//
	// ## What we have done
	//
	// Credentials revoked.
	//
	// ## What you can do
	//
	// Be wary of messages asking for your password.
	//
	// ## Whom to contact
	//
	// For any question you can contact our data protection officer, Ufficio RPD: dpo@nuvola.example.
	//
	// You also have the right to lodge a complaint with the supervisory authority: Italian Data Protection Authority (Garante per la protezione dei dati personali), https://www.garanteprivacy.it.
	//
	// We apologise for what happened and thank you for your attention.
	//
	// Nuvola Software S.r.l.
	//
	// *Communication under Article 34 of Regulation (EU) 2016/679. Reference: 2026-10-laptop.*
}

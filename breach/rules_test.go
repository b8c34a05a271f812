package breach

import (
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

// ruleCase breaks the clean fixture in one way and names the finding it
// must produce.
type ruleCase struct {
	name     string
	rule     string
	severity check.Severity
	path     string // the finding's path, or a prefix of it
	mutate   func(s *Subject)
}

// laptop and email return the fixture's incidents for mutation.
func laptop(s *Subject) *Incident { return &s.Breach.Incidents[1] }
func email(s *Subject) *Incident  { return &s.Breach.Incidents[0] }

const (
	emailPath  = "breach.incidents[0]"
	laptopPath = "breach.incidents[1]"
)

var ruleCases = []ruleCase{
	{"no procedure", "BRE-01", check.Warning, "breach.procedure", func(s *Subject) { s.Breach.Procedure = nil }},
	{"no decision-maker", "BRE-01", check.Warning, "breach.procedure.team", func(s *Subject) { s.Breach.Procedure.Team = s.Breach.Procedure.Team[1:] }},
	{"no channel", "BRE-01", check.Warning, "breach.procedure.channels", func(s *Subject) { s.Breach.Procedure.Channels = nil }},

	{"no contact point, notifiable incident", "BRE-02", check.Error, "breach.procedure.contact_point", func(s *Subject) { s.Org.DPO = nil }},
	{"no contact point, nothing to notify", "BRE-02", check.Warning, "breach.procedure.contact_point", func(s *Subject) {
		s.Org.DPO = nil
		s.Breach.Incidents = s.Breach.Incidents[:1]
	}},

	{"no authority for Germany", "BRE-03", check.Error, "breach.procedure.authority", func(s *Subject) { s.Org.Controller.Country = "DE" }},

	{"assessment target of 72 hours", "BRE-04", check.Error, "breach.procedure.deadlines.assessment", func(s *Subject) { s.Breach.Procedure.Deadlines.Assessment = "PT72H" }},
	{"processor target of 4 days", "BRE-04", check.Warning, "breach.procedure.deadlines.processor_to_controller", func(s *Subject) {
		s.Breach.Procedure.Deadlines.ProcessorToController = "P4D"
	}},
	{"unknown zone", "BRE-04", check.Error, "breach.procedure.time_zone", func(s *Subject) { s.Breach.Procedure.TimeZone = "Mars/Olympus" }},

	{"duplicate id", "BRE-05", check.Error, laptopPath + ".id", func(s *Subject) { laptop(s).ID = "email" }},

	{"unknown activity", "BRE-06", check.Error, laptopPath + ".activities[0]", func(s *Subject) { laptop(s).Activities = []string{"suport"} }},
	{"unknown data category", "BRE-06", check.Error, laptopPath + ".data_categories[2]", func(s *Subject) { laptop(s).DataCategories[2] = "heath" }},
	{"unknown data subjects", "BRE-06", check.Error, laptopPath + ".data_subjects[0]", func(s *Subject) { laptop(s).DataSubjects = []string{"users"} }},
	{"unknown system", "BRE-06", check.Error, laptopPath + ".systems[0]", func(s *Subject) { laptop(s).Systems = []string{"jira"} }},
	{"unknown scored category", "BRE-06", check.Error, laptopPath + ".severity.data[0].categories[0]", func(s *Subject) {
		laptop(s).Severity.Data[0].Categories = []string{"medical"}
	}},
	{"unknown client", "BRE-06", check.Error, laptopPath + ".client", func(s *Subject) { laptop(s).Client = "globex" }},

	{"no awareness", "BRE-07", check.Error, laptopPath + ".timeline.aware", func(s *Subject) { laptop(s).Timeline.Aware = Timestamp{} }},

	{"detected before occurred", "BRE-08", check.Error, laptopPath + ".timeline.detected", func(s *Subject) {
		laptop(s).Timeline.Detected = ts("2026-10-23T09:00:00+02:00")
	}},
	{"aware before detected", "BRE-08", check.Warning, laptopPath + ".timeline.aware", func(s *Subject) {
		laptop(s).Timeline.Detected = ts("2026-10-24T13:00:00+02:00")
	}},
	{"notified before it happened", "BRE-08", check.Error, laptopPath + ".notifications[0].sent", func(s *Subject) {
		laptop(s).Timeline.Occurred = ts("2026-10-26T11:00:00+01:00")
		laptop(s).Timeline.Detected, laptop(s).Timeline.Contained = Timestamp{}, Timestamp{}
		laptop(s).Timeline.Aware = ts("2026-10-26T11:00:00+01:00")
	}},

	{"no nature", "BRE-09", check.Error, laptopPath + ".nature", func(s *Subject) { laptop(s).Nature = nil; laptop(s).Severity.Confidentiality = "" }},
	{"no consequences", "BRE-09", check.Error, emailPath + ".consequences", func(s *Subject) { email(s).Consequences = nil }},
	{"no remedial action", "BRE-09", check.Error, emailPath + ".measures_taken", func(s *Subject) { email(s).MeasuresTaken = nil }},

	{"unlikely without reasons", "BRE-10", check.Error, emailPath + ".risk.reasons", func(s *Subject) { email(s).Risk.Reasons = nil }},
	{"not a breach without reasons", "BRE-10", check.Error, emailPath + ".risk.reasons", func(s *Subject) {
		email(s).Risk = RiskDecision{Level: NotABreach}
	}},
	{"closed without a level", "BRE-10", check.Error, emailPath + ".risk.level", func(s *Subject) { email(s).Risk.Level = "" }},
	{"assessing without a level", "BRE-10", check.Warning, emailPath + ".risk.level", func(s *Subject) {
		email(s).Risk.Level = ""
		email(s).Status = StatusAssessing
		email(s).Timeline.Closed = Timestamp{}
		email(s).Notifications = []Submission{{Type: Preliminary, Sent: ts("2026-05-13T10:00:00+02:00")}}
		email(s).DelayReasons = nil
	}},

	{"DPC adjusted without justification", "BRE-11", check.Error, laptopPath + ".severity.data[0].justification", func(s *Subject) {
		laptop(s).Severity.Data[0].Justification = nil
	}},
	{"DPC out of range", "BRE-11", check.Error, laptopPath + ".severity.data[0].score", func(s *Subject) { laptop(s).Severity.Data[0].Score = 5 }},
	{"argued level without reasons", "BRE-11", check.Error, laptopPath + ".severity.argued_reasons", func(s *Subject) {
		laptop(s).Severity.ArguedBand = VeryHigh
	}},

	{"no ENISA assessment", "BRE-12", check.Warning, emailPath + ".severity", func(s *Subject) { email(s).Severity = nil }},
	{"no EI", "BRE-12", check.Error, emailPath + ".severity.ease_of_identification", func(s *Subject) { email(s).Severity.EaseOfIdentification = "" }},
	{"no data scored", "BRE-12", check.Error, emailPath + ".severity.data", func(s *Subject) { email(s).Severity.Data = nil }},
	{"integrity scored, nature lacks it", "BRE-12", check.Warning, emailPath + ".severity.integrity", func(s *Subject) { email(s).Severity.Integrity = Recoverable }},
	{"health not scored as sensitive", "BRE-12", check.Warning, laptopPath + ".severity.data", func(s *Subject) {
		laptop(s).Severity.Data = laptop(s).Severity.Data[1:]
	}},

	{"unlikely but high severity", "BRE-13", check.Warning, emailPath + ".risk.level", func(s *Subject) {
		email(s).Severity.Data = []DataScore{{Type: Sensitive}}
	}},

	{"not notified, 72 hours past", "BRE-14", check.Error, laptopPath + ".notifications", func(s *Subject) {
		laptop(s).Notifications = nil
		laptop(s).Status = StatusOpen
	}},
	{"not notified, clock running", "BRE-14", check.Info, laptopPath + ".notifications", func(s *Subject) {
		laptop(s).Notifications = nil
		s.Now = time.Date(2026, 10, 25, 12, 0, 0, 0, time.UTC)
	}},

	{"notified 80 hours after awareness without reasons", "BRE-15", check.Error, laptopPath + ".notifications[0].sent", func(s *Subject) {
		laptop(s).Notifications[0].Sent = At(laptop(s).Timeline.Aware.Add(80 * time.Hour))
	}},

	{"preliminary never completed", "BRE-16", check.Warning, laptopPath + ".notifications", func(s *Subject) {
		laptop(s).Notifications = laptop(s).Notifications[:1]
	}},
	{"complete but record lacks consequences", "BRE-16", check.Error, laptopPath + ".notifications", func(s *Subject) {
		laptop(s).Consequences = nil
	}},
	{"follow-up first", "BRE-16", check.Error, laptopPath + ".notifications[0].type", func(s *Subject) { laptop(s).Notifications[0].Type = FollowUp }},
	{"withdrawal without reason", "BRE-16", check.Error, laptopPath + ".notifications[2].reason", func(s *Subject) {
		laptop(s).Notifications = append(laptop(s).Notifications, Submission{Type: Withdrawn, Sent: ts("2026-11-10T10:00:00+01:00")})
	}},
	{"submission not dated", "BRE-16", check.Error, laptopPath + ".notifications[1].sent", func(s *Subject) { laptop(s).Notifications[1].Sent = Timestamp{} }},
	{"submissions out of order", "BRE-16", check.Error, laptopPath + ".notifications[1].sent", func(s *Subject) {
		laptop(s).Notifications[1].Sent = ts("2026-10-25T10:00:00+01:00")
	}},

	{"high risk not communicated", "BRE-17", check.Error, laptopPath + ".communication", func(s *Subject) { laptop(s).Communication = nil }},
	{"high risk, communication due", "BRE-17", check.Info, laptopPath + ".communication", func(s *Subject) {
		laptop(s).Communication = nil
		s.Now = time.Date(2026, 10, 26, 12, 0, 0, 0, time.UTC)
	}},
	{"exemption without justification", "BRE-17", check.Error, laptopPath + ".communication.justification", func(s *Subject) {
		laptop(s).Communication = &Communication{Exemption: RiskNeutralised}
	}},
	{"unintelligible but not encrypted", "BRE-17", check.Error, laptopPath + ".communication.exemption", func(s *Subject) {
		laptop(s).Communication = &Communication{Exemption: Unintelligible, Justification: gdpr.T("AES-256", "AES-256")}
	}},
	{"disproportionate effort, no public notice", "BRE-17", check.Warning, laptopPath + ".communication.public", func(s *Subject) {
		laptop(s).Communication = &Communication{Exemption: DisproportionateEffort, Justification: gdpr.T("x", "x")}
	}},
	{"ordered by the authority, not sent", "BRE-17", check.Error, laptopPath + ".communication.sent", func(s *Subject) {
		laptop(s).Risk.Level = Risk
		laptop(s).Communication = &Communication{OrderedByAuthority: true}
	}},
	{"sent without channel", "BRE-17", check.Warning, laptopPath + ".communication.channel", func(s *Subject) { laptop(s).Communication.Channel = nil }},
	{"sent without count", "BRE-17", check.Warning, laptopPath + ".communication.count", func(s *Subject) { laptop(s).Communication.Count = 0 }},

	{"processor without controller", "BRE-18", check.Error, laptopPath + ".controller", func(s *Subject) {
		asProcessor(laptop(s))
		laptop(s).Client = ""
	}},
	{"processor, controller not told", "BRE-18", check.Error, laptopPath + ".timeline.processor_to_controller", func(s *Subject) {
		asProcessor(laptop(s))
		laptop(s).Timeline.ProcessorToController = Timestamp{}
	}},
	{"processor, controller told late", "BRE-18", check.Warning, laptopPath + ".timeline.processor_to_controller", func(s *Subject) {
		asProcessor(laptop(s))
		laptop(s).Timeline.ProcessorToController = ts("2026-10-26T12:00:00+01:00")
	}},
	{"processor, clock running", "BRE-18", check.Info, laptopPath + ".timeline.processor_to_controller", func(s *Subject) {
		asProcessor(laptop(s))
		laptop(s).Timeline.ProcessorToController = Timestamp{}
		s.Now = time.Date(2026, 10, 24, 12, 0, 0, 0, time.UTC)
	}},

	{"action without owner", "BRE-19", check.Warning, laptopPath + ".actions[0].owner", func(s *Subject) { laptop(s).Actions[0].Owner = "" }},
	{"action without due date", "BRE-19", check.Warning, laptopPath + ".actions[0].due", func(s *Subject) { laptop(s).Actions[0].Due = "" }},
	{"action overdue", "BRE-19", check.Warning, laptopPath + ".actions[0].done", func(s *Subject) {
		laptop(s).Actions[0].Done = ""
		laptop(s).Actions[0].Due = "2026-11-10"
	}},

	{"closed without closing time", "BRE-20", check.Warning, laptopPath + ".timeline.closed", func(s *Subject) { laptop(s).Timeline.Closed = Timestamp{} }},
	{"closing time but open", "BRE-20", check.Warning, laptopPath + ".status", func(s *Subject) { laptop(s).Status = StatusOpen }},
	{"notified without notification", "BRE-20", check.Warning, emailPath + ".status", func(s *Subject) {
		email(s).Status = StatusNotified
		email(s).Timeline.Closed = Timestamp{}
	}},
}

// asProcessor turns the laptop incident into one where we act as
// processor for the client acme and told it in time.
func asProcessor(inc *Incident) {
	inc.Role = AsProcessor
	inc.Client = "acme"
	inc.Notifications, inc.Communication = nil, nil
	inc.Timeline.ProcessorToController = ts("2026-10-24T16:00:00+02:00")
}

// passCases are variants of the fixture each rule must accept: the
// passing side of the rules whose clean case is not already the fixture.
var passCases = []struct {
	name   string
	rule   string
	mutate func(s *Subject)
}{
	{"authority set by hand for Germany", "BRE-03", func(s *Subject) {
		s.Org.Controller.Country = "DE"
		s.Breach.Procedure.Authority = &AuthoritySetting{Name: "BayLDA", Channel: "https://www.lda.bayern.de"}
	}},
	{"contact point instead of a DPO", "BRE-02", func(s *Subject) {
		s.Org.DPO = nil
		s.Breach.Procedure.ContactPoint = &gdpr.Party{Name: "Privacy team", Email: "privacy@nuvola.example"}
	}},
	{"notified 80 hours after awareness with reasons", "BRE-15", func(s *Subject) {
		laptop(s).Notifications[0].Sent = At(laptop(s).Timeline.Aware.Add(80 * time.Hour))
		laptop(s).DelayReasons = gdpr.T("Log del fornitore non disponibili nel fine settimana.", "The vendor's logs were not available over the weekend.")
	}},
	{"notified 71 hours after awareness", "BRE-15", func(s *Subject) {
		laptop(s).Notifications[0].Sent = At(laptop(s).Timeline.Aware.Add(71 * time.Hour))
	}},
	{"unlikely, severity argued down with reasons", "BRE-13", func(s *Subject) {
		email(s).Severity.Data = []DataScore{{Type: Sensitive}}
		email(s).Severity.ArguedBand = Low
		email(s).Severity.ArguedReasons = gdpr.T("Dati già pubblici.", "Data already public.")
	}},
	{"exemption with evidence", "BRE-17", func(s *Subject) {
		laptop(s).MeasuresInPlace.Encryption = EncryptedIntact
		laptop(s).Communication = &Communication{Exemption: Unintelligible, Justification: gdpr.T("AES-256, chiave su HSM.", "AES-256, key in an HSM.")}
	}},
	{"processor told in time", "BRE-18", func(s *Subject) { asProcessor(laptop(s)) }},
	{"preliminary with pending items, clock still running", "BRE-14", func(s *Subject) {
		laptop(s).Notifications = laptop(s).Notifications[:1]
		s.Now = time.Date(2026, 10, 27, 0, 0, 0, 0, time.UTC)
	}},
}

func TestRulesFail(t *testing.T) {
	for _, c := range ruleCases {
		t.Run(c.rule+"/"+c.name, func(t *testing.T) {
			s := fixture()
			c.mutate(&s)
			r := Check(s.Org, s.Register, s.Breach, s.Now)
			var found bool
			for _, d := range r.ByRule(c.rule) {
				if d.Severity == c.severity && strings.HasPrefix(d.Path, c.path) {
					found = true
				}
			}
			if !found {
				t.Errorf("no %s finding of %s at %s; got:", c.severity, c.rule, c.path)
				for _, d := range r.Diagnostics {
					t.Logf("  %s %s", d.Rule, d.Format("en"))
				}
			}
		})
	}
}

func TestRulesPass(t *testing.T) {
	for _, c := range passCases {
		t.Run(c.rule+"/"+c.name, func(t *testing.T) {
			s := fixture()
			c.mutate(&s)
			r := Check(s.Org, s.Register, s.Breach, s.Now)
			for _, d := range r.ByRule(c.rule) {
				if d.Severity != check.Info {
					t.Errorf("unexpected finding: %s", d.Format("en"))
				}
			}
		})
	}
}

// Every rule has a failing case above; the clean fixture is every rule's
// passing case (TestFixtureIsClean), with passCases for the conditions it
// does not exercise.
func TestEveryRuleIsTested(t *testing.T) {
	failing := map[string]bool{}
	for _, c := range ruleCases {
		failing[c.rule] = true
	}
	ids := map[string]bool{}
	for _, r := range Rules {
		if ids[r.ID] {
			t.Errorf("rule id %s is used twice", r.ID)
		}
		ids[r.ID] = true
		if !failing[r.ID] {
			t.Errorf("rule %s has no failing test", r.ID)
		}
		if r.Doc == "" || r.Article == "" {
			t.Errorf("rule %s lacks Doc or Article", r.ID)
		}
	}
}

// Every finding has a message and a hint in both languages.
func TestFindingsAreBilingual(t *testing.T) {
	for _, c := range ruleCases {
		s := fixture()
		c.mutate(&s)
		for _, d := range Check(s.Org, s.Register, s.Breach, s.Now).Diagnostics {
			for _, l := range []check.Localized{d.Message, d.Hint} {
				if l["it"] == "" || l["en"] == "" || l["it"] == l["en"] {
					t.Errorf("%s: %s: not bilingual: %q", c.name, d.Rule, l)
				}
			}
		}
	}
}

// The acceptance case, spelled out: a notification 80 hours after
// awareness with no reasons for the delay is an error finding.
func TestLateNotificationWithoutReasonsIsError(t *testing.T) {
	s := fixture()
	inc := laptop(&s)
	inc.Notifications = []Submission{{Type: Complete, Sent: At(inc.Timeline.Aware.Add(80 * time.Hour)), Reference: "DB-1"}}
	r := Check(s.Org, s.Register, s.Breach, s.Now)
	got := r.ByRule("BRE-15")
	if len(got) != 1 || got[0].Severity != check.Error {
		t.Fatalf("BRE-15 findings = %v, want one error", got)
	}
	if msg := got[0].Message.In("en"); !strings.Contains(msg, "80 h") {
		t.Errorf("message %q does not say how late", msg)
	}
	if r.Err() == nil {
		t.Error("report.Err() = nil, want an error")
	}
}

func TestCheckWithoutSection(t *testing.T) {
	if r := Check(nil, nil, nil, testNow); len(r.Diagnostics) != 0 {
		t.Errorf("a pack without a breach section has findings: %v", r.Diagnostics)
	}
	if r := Check(nil, nil, &Breach{}, testNow); len(r.ByRule("BRE-01")) != 1 {
		t.Errorf("an empty breach section lacks the procedure warning: %v", r.Diagnostics)
	}
}

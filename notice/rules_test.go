package notice

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// fixture is a pack a rule test changes.
type fixture struct {
	org *gdpr.Organisation
	reg *register.Register
	ns  []Notice
}

func newFixture() *fixture { return &fixture{nuvolaOrg(), nuvolaRegister(), nuvolaNotices()} }

func (f *fixture) act(id string) *register.Activity { a, _ := f.reg.Activity(id); return a }

// Indexes of the fixture: notices support, newsletter, recruiting; the
// activities in the same order.
const (
	nSupport, nNewsletter, nRecruiting = 0, 1, 2
)

// art14Recruiting turns the recruiting notice into a complete Art. 14
// notice: applications received from a recruitment agency.
func art14Recruiting(f *fixture) {
	n := &f.ns[nRecruiting]
	n.Kind = Art14
	n.Obtained = &Obtained{
		Source: gdpr.T("Agenzia per il lavoro Alfa S.p.A., Milano", "Alfa S.p.A. recruitment agency, Milan"),
		Timing: AtFirstContact,
	}
}

// ruleCase is one input for one rule. An empty path means the rule must
// find nothing.
type ruleCase struct {
	name   string
	rule   string
	mutate func(f *fixture)
	path   string
	sev    check.Severity
}

var ruleCases = []ruleCase{
	// NOTICE-01 audience
	{"audience known", "NOTICE-01", func(*fixture) {}, "", 0},
	{"audience unknown", "NOTICE-01", func(f *fixture) { f.ns[nRecruiting].Audience = []string{"nobody"} }, "notices[2].audience[0]", check.Error},
	{"audience empty", "NOTICE-01", func(f *fixture) { f.ns[nRecruiting].Audience = nil }, "notices[2].audience", check.Error},
	// NOTICE-02 activities
	{"activity listed", "NOTICE-02", func(*fixture) {}, "", 0},
	{"activities by default", "NOTICE-02", func(f *fixture) { f.ns[nRecruiting].Activities = nil }, "", 0},
	{"activity unknown", "NOTICE-02", func(f *fixture) { f.ns[nRecruiting].Activities = []string{"ghost"} }, "notices[2].activities[0]", check.Error},
	{"activity of another audience", "NOTICE-02", func(f *fixture) { f.ns[nRecruiting].Activities = []string{"newsletter"} }, "notices[2].activities[0]", check.Error},
	{"no activity concerns the audience", "NOTICE-02", func(f *fixture) {
		f.ns[nRecruiting].Audience, f.ns[nRecruiting].Activities = []string{"employees"}, nil
	}, "notices[2]", check.Error},
	// NOTICE-03 ids
	{"ids unique", "NOTICE-03", func(*fixture) {}, "", 0},
	{"id repeated", "NOTICE-03", func(f *fixture) { f.ns[nNewsletter].ID = "support" }, "notices[1].id", check.Error},
	// NOTICE-04 controller
	{"controller reachable", "NOTICE-04", func(*fixture) {}, "", 0},
	{"controller outside the Union with representative", "NOTICE-04", func(f *fixture) {
		f.org.Controller.Country = "US"
		f.org.Representative = &gdpr.Party{Name: "Rep EU S.r.l.", Email: "rep@example.eu"}
	}, "", 0},
	{"controller without contacts", "NOTICE-04", func(f *fixture) {
		f.org.Controller = gdpr.Party{Name: "Nuvola Software S.r.l.", Country: "IT"}
	}, "controller", check.Error},
	{"controller without name", "NOTICE-04", func(f *fixture) { f.org.Controller.Name = "" }, "controller.name", check.Error},
	{"controller outside the Union without representative", "NOTICE-04", func(f *fixture) { f.org.Controller.Country = "US" }, "representative", check.Error},
	// NOTICE-05 DPO
	{"DPO with contacts", "NOTICE-05", func(*fixture) {}, "", 0},
	{"no DPO", "NOTICE-05", func(f *fixture) { f.org.DPO = nil }, "", 0},
	{"DPO without contacts", "NOTICE-05", func(f *fixture) { f.org.DPO = &gdpr.DPO{Name: "Ufficio DPO"} }, "dpo", check.Error},
	// NOTICE-06 purposes and bases
	{"every purpose has a basis", "NOTICE-06", func(*fixture) {}, "", 0},
	{"purpose without basis", "NOTICE-06", func(f *fixture) { f.act("recruiting").Purposes[0].LegalBasis = "" }, "register.activities[2].purposes[0].legal_basis", check.Error},
	{"activity without purposes", "NOTICE-06", func(f *fixture) { f.act("recruiting").Purposes = nil }, "register.activities[2].purposes", check.Error},
	// NOTICE-07 Art. 9 and 10
	{"special category with condition", "NOTICE-07", func(*fixture) {}, "", 0},
	{"special category without condition", "NOTICE-07", func(f *fixture) {
		f.act("recruiting").DataCategories = append(f.act("recruiting").DataCategories, "health")
	}, "register.activities[2].special_conditions", check.Error},
	{"criminal data without basis", "NOTICE-07", func(f *fixture) {
		f.reg.DataCategories = append(f.reg.DataCategories, register.DataCategory{ID: "criminal", Name: gdpr.T("Casellario", "Criminal record"), Criminal: true})
		f.act("recruiting").DataCategories = append(f.act("recruiting").DataCategories, "criminal")
	}, "register.activities[2].criminal_basis", check.Error},
	// NOTICE-08 legitimate interest
	{"interest named", "NOTICE-08", func(*fixture) {}, "", 0},
	{"interest missing", "NOTICE-08", func(f *fixture) { f.act("support").Purposes[1].LegitimateInterest = nil }, "register.activities[0].purposes[1].legitimate_interest", check.Error},
	{"interest only restated", "NOTICE-08", func(f *fixture) {
		f.act("support").Purposes[1].LegitimateInterest = gdpr.T("Il legittimo interesse del titolare.", "Our legitimate interests.")
	}, "register.activities[0].purposes[1].legitimate_interest", check.Warning},
	// NOTICE-09 data categories
	{"categories listed", "NOTICE-09", func(*fixture) {}, "", 0},
	{"no categories, Art. 13", "NOTICE-09", func(f *fixture) { f.act("recruiting").DataCategories = nil }, "register.activities[2].data_categories", check.Warning},
	{"no categories, Art. 14", "NOTICE-09", func(f *fixture) { art14Recruiting(f); f.act("recruiting").DataCategories = nil }, "register.activities[2].data_categories", check.Error},
	{"unknown category", "NOTICE-09", func(f *fixture) { f.act("recruiting").DataCategories[2] = "cvs" }, "register.activities[2].data_categories[2]", check.Error},
	// NOTICE-10 recipients
	{"recipients named", "NOTICE-10", func(*fixture) {}, "", 0},
	{"no recipients stated", "NOTICE-10", func(f *fixture) { f.act("recruiting").Recipients, f.act("recruiting").NoRecipients = nil, true }, "", 0},
	{"recipients not stated", "NOTICE-10", func(f *fixture) { f.act("recruiting").Recipients = nil }, "register.activities[2].recipients", check.Error},
	{"unknown recipient", "NOTICE-10", func(f *fixture) { f.act("recruiting").Recipients[1] = "ghost" }, "register.activities[2].recipients[1]", check.Error},
	{"categories only", "NOTICE-10", func(f *fixture) { f.ns[nRecruiting].Recipients = ByCategory }, "notices[2].recipients", check.Warning},
	{"vague recipient", "NOTICE-10", func(f *fixture) { f.reg.Recipients[2].Name = gdpr.T("terzi", "third parties") }, "register.recipients[2].name", check.Warning},
	// NOTICE-11 transfers
	{"transfer under adequacy with DPF", "NOTICE-11", func(*fixture) {}, "", 0},
	{"transfer without mechanism", "NOTICE-11", func(f *fixture) { f.act("support").Transfers[0].Mechanism = "" }, "register.activities[0].transfers[0].mechanism", check.Error},
	{"transfer without country", "NOTICE-11", func(f *fixture) { f.act("support").Transfers[0].Country = "" }, "register.activities[0].transfers[0].country", check.Error},
	{"US adequacy without DPF", "NOTICE-11", func(f *fixture) { f.act("support").Transfers[0].DPFCertified = false }, "register.activities[0].transfers[0].dpf_certified", check.Error},
	{"adequacy that does not exist", "NOTICE-11", func(f *fixture) { f.act("support").Transfers[0].Country = "IN" }, "register.activities[0].transfers[0].mechanism", check.Error},
	{"SCC without copy information", "NOTICE-11", func(f *fixture) {
		t := &f.act("support").Transfers[0]
		t.Mechanism, t.Safeguards = gdpr.StandardContractualClauses, nil
	}, "register.activities[0].transfers[0].safeguards", check.Warning},
	{"non-EEA recipient without transfer", "NOTICE-11", func(f *fixture) { f.act("support").Transfers = nil }, "register.recipients[0].country", check.Error},
	// NOTICE-12 retention
	{"retention per category", "NOTICE-12", func(*fixture) {}, "", 0},
	{"no retention", "NOTICE-12", func(f *fixture) { f.act("recruiting").Retention = nil }, "register.activities[2].retention", check.Error},
	{"retention without term", "NOTICE-12", func(f *fixture) { f.act("recruiting").Retention[0] = gdpr.Retention{EndAction: gdpr.Delete} }, "register.activities[2].retention[0]", check.Error},
	{"retention as long as necessary", "NOTICE-12", func(f *fixture) {
		f.act("recruiting").Retention[0] = gdpr.Retention{Criterion: gdpr.T("per il tempo necessario alla selezione", "as long as necessary for the selection")}
	}, "register.activities[2].retention[0].criterion", check.Warning},
	// NOTICE-13 rights contact
	{"rights contact", "NOTICE-13", func(*fixture) {}, "", 0},
	{"rights contact from the controller", "NOTICE-13", func(f *fixture) { f.ns[nRecruiting].Contact = "" }, "", 0},
	{"no rights contact", "NOTICE-13", func(f *fixture) { f.ns[nRecruiting].Contact, f.org.Controller.Email = "", "" }, "notices[2].contact", check.Error},
	// NOTICE-14 withdrawal
	{"withdrawal explained", "NOTICE-14", func(*fixture) {}, "", 0},
	{"withdrawal not explained", "NOTICE-14", func(f *fixture) { f.act("newsletter").Purposes[0].Withdrawal = nil }, "register.activities[1].purposes[0].withdrawal", check.Warning},
	// NOTICE-15 complaint
	{"authority known", "NOTICE-15", func(*fixture) {}, "", 0},
	{"authority given by the notice", "NOTICE-15", func(f *fixture) {
		f.org.Controller.Country = "DE"
		for i := range f.ns {
			f.ns[i].Authority = &gdpr.Party{Name: "Der Landesbeauftragte für Datenschutz Baden-Württemberg", Website: "https://www.baden-wuerttemberg.datenschutz.de"}
		}
	}, "", 0},
	{"authority unknown", "NOTICE-15", func(f *fixture) { f.org.Controller.Country = "DE" }, "notices[0].authority", check.Warning},
	// NOTICE-16 provision
	{"provision stated", "NOTICE-16", func(*fixture) {}, "", 0},
	{"provision not needed under Art. 14", "NOTICE-16", func(f *fixture) { art14Recruiting(f); f.act("recruiting").Provision = nil }, "", 0},
	{"provision missing", "NOTICE-16", func(f *fixture) { f.act("recruiting").Provision = nil }, "register.activities[2].provision", check.Error},
	// NOTICE-17 source
	{"source named", "NOTICE-17", func(f *fixture) { art14Recruiting(f) }, "", 0},
	{"source missing", "NOTICE-17", func(f *fixture) { art14Recruiting(f); f.ns[nRecruiting].Obtained.Source = nil }, "notices[2].obtained.source", check.Error},
	{"source vague", "NOTICE-17", func(f *fixture) {
		art14Recruiting(f)
		f.ns[nRecruiting].Obtained.Source = gdpr.T("da terzi", "from third parties")
	}, "notices[2].obtained.source", check.Warning},
	{"other source under Art. 13", "NOTICE-17", func(f *fixture) {
		f.act("recruiting").Sources = append(f.act("recruiting").Sources, register.Source{Description: gdpr.T("referenze dell'ex datore di lavoro", "references from the former employer")})
	}, "notices[2].kind", check.Info},
	// NOTICE-18 timing
	{"timing recorded", "NOTICE-18", func(f *fixture) { art14Recruiting(f) }, "", 0},
	{"timing missing", "NOTICE-18", func(f *fixture) { art14Recruiting(f); f.ns[nRecruiting].Obtained.Timing = "" }, "notices[2].obtained.timing", check.Warning},
	// NOTICE-19 exemptions
	{"exemption documented", "NOTICE-19", func(f *fixture) {
		art14Recruiting(f)
		f.ns[nRecruiting].Obtained.Exemption = &Exemption{Ground: DisproportionateEffort, Assessment: "VAL-14-01", Measures: gdpr.T("Pubblicazione dell'informativa sul sito", "Publishing the notice on the website")}
	}, "", 0},
	{"Art. 13 exemption other than already informed", "NOTICE-19", func(f *fixture) {
		f.ns[nRecruiting].Obtained = &Obtained{Exemption: &Exemption{Ground: ProfessionalSecrecy, Assessment: "VAL-1", LawReference: "art. 622 c.p."}}
	}, "notices[2].obtained.exemption.ground", check.Error},
	{"exemption without assessment", "NOTICE-19", func(f *fixture) {
		art14Recruiting(f)
		f.ns[nRecruiting].Obtained.Exemption = &Exemption{Ground: LaidDownByLaw, LawReference: "D.Lgs. 81/2008"}
	}, "notices[2].obtained.exemption.assessment", check.Error},
	{"disproportionate effort without measures", "NOTICE-19", func(f *fixture) {
		art14Recruiting(f)
		f.ns[nRecruiting].Obtained.Exemption = &Exemption{Ground: DisproportionateEffort, Assessment: "VAL-1"}
	}, "notices[2].obtained.exemption.measures", check.Error},
	{"law exemption without reference", "NOTICE-19", func(f *fixture) {
		art14Recruiting(f)
		f.ns[nRecruiting].Obtained.Exemption = &Exemption{Ground: LaidDownByLaw, Assessment: "VAL-1"}
	}, "notices[2].obtained.exemption.law_reference", check.Error},
	// NOTICE-20 automated decisions
	{"automated decision explained", "NOTICE-20", func(f *fixture) { f.act("recruiting").AutomatedDecisions = screening() }, "", 0},
	{"automated decision without logic", "NOTICE-20", func(f *fixture) {
		d := screening()
		d.Logic = nil
		f.act("recruiting").AutomatedDecisions = d
	}, "register.activities[2].automated_decisions.logic", check.Error},
	{"automated decision with a token logic", "NOTICE-20", func(f *fixture) {
		d := screening()
		d.Logic = gdpr.T("Usiamo un algoritmo.", "We use an algorithm.")
		f.act("recruiting").AutomatedDecisions = d
	}, "register.activities[2].automated_decisions.logic", check.Warning},
	{"automated decision without consequences", "NOTICE-20", func(f *fixture) {
		d := screening()
		d.Consequences = nil
		f.act("recruiting").AutomatedDecisions = d
	}, "register.activities[2].automated_decisions.consequences", check.Error},
	// NOTICE-21 objection
	{"objection method for marketing", "NOTICE-21", func(*fixture) {}, "", 0},
	{"no objection method for marketing", "NOTICE-21", func(f *fixture) { f.ns[nNewsletter].Objection = nil }, "notices[1].objection", check.Warning},
	// NOTICE-22 joint controllers
	{"joint controller with arrangement", "NOTICE-22", func(f *fixture) { f.act("recruiting").JointControllers = []gdpr.JointController{jointController()} }, "", 0},
	{"joint controller without arrangement", "NOTICE-22", func(f *fixture) {
		jc := jointController()
		jc.Arrangement = ""
		f.act("recruiting").JointControllers = []gdpr.JointController{jc}
	}, "register.activities[2].joint_controllers[0].arrangement", check.Warning},
	{"joint controller without contacts", "NOTICE-22", func(f *fixture) {
		f.act("recruiting").JointControllers = []gdpr.JointController{{Party: gdpr.Party{Name: "Gruppo Nuvola S.p.A."}, Arrangement: "Accordo 2025"}}
	}, "register.activities[2].joint_controllers[0].party", check.Error},
	// NOTICE-23 children
	{"adult audience", "NOTICE-23", func(*fixture) {}, "", 0},
	{"children with child-friendly texts", "NOTICE-23", func(f *fixture) { f.reg.DataSubjects[4].Minors, f.ns[nNewsletter].ChildFriendly = true, true }, "", 0},
	{"children", "NOTICE-23", func(f *fixture) { f.reg.DataSubjects[4].Minors = true }, "notices[1].child_friendly", check.Warning},
	// NOTICE-24 vague wording
	{"plain wording", "NOTICE-24", func(*fixture) {}, "", 0},
	{"vague purpose in Italian", "NOTICE-24", func(f *fixture) {
		f.act("recruiting").Purposes[0].Description = gdpr.T("Valutare alcuni aspetti della candidatura", "Assessing the application")
	}, "register.activities[2].purposes[0].description", check.Warning},
	{"vague section in English", "NOTICE-24", func(f *fixture) {
		f.ns[nSupport].Sections[1].Text = gdpr.T("Registriamo l'IP.", "We may log the IP address.")
	}, "notices[0].sections[1].text", check.Warning},
	{"vague wording in a plain string", "NOTICE-24", func(f *fixture) {
		f.ns[nSupport].Intro = gdpr.Plain("Trattiamo i dati per finalità quali, ad esempio, il supporto.")
	}, "notices[0].intro", check.Warning},
	// NOTICE-25 layer
	{"url given", "NOTICE-25", func(*fixture) {}, "", 0},
	{"url missing", "NOTICE-25", func(f *fixture) { f.ns[nRecruiting].URL = "" }, "notices[2].url", check.Info},
}

func screening() *register.AutomatedDecisions {
	return &register.AutomatedDecisions{
		Solely: true,
		Logic: gdpr.T("Un filtro confronta il titolo di studio e gli anni di esperienza dichiarati con i requisiti minimi dell'annuncio; ogni requisito mancante esclude la candidatura.",
			"A filter compares the declared degree and years of experience with the minimum requirements of the advertisement; each missing requirement excludes the application."),
		Consequences: gdpr.T("Le candidature senza i requisiti minimi non passano al colloquio.", "Applications without the minimum requirements do not go on to interview."),
	}
}

func jointController() gdpr.JointController {
	return gdpr.JointController{
		Party:       gdpr.Party{Name: "Gruppo Nuvola S.p.A.", Email: "privacy@grupponuvola.it"},
		Arrangement: "Nuvola Software gestisce le candidature e l'informativa; Gruppo Nuvola i colloqui di secondo livello.",
	}
}

func TestRules(t *testing.T) {
	for _, c := range ruleCases {
		t.Run(c.rule+"/"+c.name, func(t *testing.T) {
			f := newFixture()
			c.mutate(f)
			found := Check(f.org, f.reg, f.ns, nuvolaDate).ByRule(c.rule)
			if c.path == "" {
				for _, d := range found {
					t.Errorf("unexpected: %s", d.Format("en"))
				}
				return
			}
			for _, d := range found {
				if d.Path == c.path && d.Severity == c.sev {
					return
				}
			}
			t.Errorf("no %s at %s; found:\n%s", c.sev, c.path, formatAll(found))
		})
	}
}

func formatAll(ds []check.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintln(&b, d.Format("en"))
	}
	return b.String()
}

// TestRulesCovered checks each rule has a passing and a failing case, and
// a Doc and an Article or a reason to have none.
func TestRulesCovered(t *testing.T) {
	for _, r := range Rules {
		pass := slices.ContainsFunc(ruleCases, func(c ruleCase) bool { return c.rule == r.ID && c.path == "" })
		fail := slices.ContainsFunc(ruleCases, func(c ruleCase) bool { return c.rule == r.ID && c.path != "" })
		if !pass || !fail {
			t.Errorf("%s: passing case %v, failing case %v", r.ID, pass, fail)
		}
		if r.Doc == "" {
			t.Errorf("%s: no Doc", r.ID)
		}
		if r.Article == "" && r.ID != "NOTICE-03" {
			t.Errorf("%s: no Article", r.ID)
		}
	}
}

// TestFixtureClean checks the example notices have no finding at all:
// every rule's passing input is the example itself.
func TestFixtureClean(t *testing.T) {
	if r := Check(nuvolaOrg(), nuvolaRegister(), nuvolaNotices(), nuvolaDate); len(r.Diagnostics) > 0 {
		t.Errorf("findings on the example:\n%s", formatAll(r.Diagnostics))
	}
}

// TestCheckDedupes checks a register text two notices show is reported
// once.
func TestCheckDedupes(t *testing.T) {
	f := newFixture()
	f.act("support").Purposes[0].Description = gdpr.T("Fornire alcuni servizi", "Providing some services")
	second := f.ns[nSupport]
	second.ID = "support-customers"
	f.ns = append(f.ns, second)
	if got := Check(f.org, f.reg, f.ns, nuvolaDate).ByRule("NOTICE-24"); len(got) != 1 {
		t.Errorf("got %d findings, want 1:\n%s", len(got), formatAll(got))
	}
}

package notice

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// missingKey matches what i18n.Catalog.T prints for an unknown key.
var missingKey = regexp.MustCompile(`![a-z0-9_]+!`)

// checklistElement is one row of the element checklist of the legal
// reference (notice.md §1): a check that the element is in the document.
type checklistElement struct {
	id    string
	check func(c *checklistCase) error
}

// checklistCase is one notice rendered in one language.
type checklistCase struct {
	v    *view
	lang string
	d    *doc.Document
	text string
}

func (c *checklistCase) has(what string, want ...string) error {
	for _, w := range want {
		if w != "" && !strings.Contains(c.text, w) {
			return fmt.Errorf("%s: %q missing", what, w)
		}
	}
	return nil
}

// checklist lists the elements a notice must show; an element that does
// not apply to the notice passes.
var checklist = []checklistElement{
	{"CTRL_ID", func(c *checklistCase) error {
		o := c.v.org.Controller
		return c.has("controller", tr(c.lang, "sec_controller"), o.Name, o.Address, o.Email)
	}},
	{"DPO", func(c *checklistCase) error {
		if c.v.org.DPO == nil {
			return nil
		}
		return c.has("DPO", tr(c.lang, "sec_dpo"), c.v.org.DPO.Email)
	}},
	{"PURPOSE_BASIS", func(c *checklistCase) error {
		for _, p := range c.v.purposes() {
			b := p.p.LegalBasis
			if err := c.has("purpose", p.p.Description.In(c.lang), upperFirst(b.Label(c.lang))+" ("+cite(c.lang, b.Article())+")"); err != nil {
				return err
			}
		}
		return nil
	}},
	{"LEGIT_INT", func(c *checklistCase) error {
		for _, p := range c.v.legitimateInterests() {
			if err := c.has("legitimate interest", p.p.LegitimateInterest.In(c.lang)); err != nil {
				return err
			}
		}
		if len(c.v.legitimateInterests()) > 0 {
			return c.has("balancing test on request", strings.Split(tr(c.lang, "li_balancing"), "%s")[0])
		}
		return nil
	}},
	{"DATA_CATS", func(c *checklistCase) error {
		for _, cat := range c.v.categories() {
			if err := c.has("data category", cat.c.Name.In(c.lang)); err != nil {
				return err
			}
		}
		return nil
	}},
	{"RECIPIENTS", func(c *checklistCase) error {
		if c.v.noRecipients() {
			return c.has("no recipients", tr(c.lang, "recipients_none"))
		}
		for _, r := range c.v.recipients() {
			if err := c.has("recipient", r.r.Name.In(c.lang), role(c.lang, r.r.Kind)); err != nil {
				return err
			}
		}
		return nil
	}},
	{"TRANSFER", func(c *checklistCase) error {
		ts := c.v.transfers()
		if len(ts) == 0 {
			return c.has("no transfer", tr(c.lang, "transfers_none"))
		}
		for _, t := range ts {
			if err := c.has("transfer", countryName(c.lang, t.t.Country), upperFirst(t.t.Mechanism.Label(c.lang))); err != nil {
				return err
			}
		}
		return nil
	}},
	{"RETENTION", func(c *checklistCase) error {
		for _, x := range c.v.acts {
			for _, r := range x.a.Retention {
				period := r.Criterion.In(c.lang)
				if r.Period != "" {
					period = r.Period.Words(c.lang)
				}
				if err := c.has("retention", upperFirst(period), r.Trigger.In(c.lang), r.EndAction.Label(c.lang)); err != nil {
					return err
				}
			}
		}
		return nil
	}},
	{"RIGHTS", func(c *checklistCase) error {
		for _, r := range c.v.rights() {
			if _, listed := rightClauses[r]; listed {
				if err := c.has("right", upperFirst(r.Label(c.lang))+" ("+cite(c.lang, r.Article())+")"); err != nil {
					return err
				}
			}
		}
		return c.has("how to exercise and reply within one month", c.v.contact(), tr(c.lang, "rights_deadline"))
	}},
	{"WITHDRAW", func(c *checklistCase) error {
		if !c.v.hasConsent() {
			return nil
		}
		return c.has("withdrawal", tr(c.lang, "sec_withdraw"), strings.Split(tr(c.lang, "withdraw"), "(")[0])
	}},
	{"COMPLAINT", func(c *checklistCase) error {
		a, _ := gdpr.AuthorityFor("IT")
		return c.has("complaint", a.Name, a.Address, a.PEC, "www.garanteprivacy.it", cite(c.lang, "Art. 77"), cite(c.lang, "Art. 79"))
	}},
	{"STAT_CONTR", func(c *checklistCase) error {
		if c.v.kind() != Art13 {
			return nil
		}
		for _, x := range c.v.acts {
			if err := c.has("provision", tr(c.lang, "sec_provision"), x.a.Provision.In(c.lang)); err != nil {
				return err
			}
		}
		return nil
	}},
	{"SOURCE", func(c *checklistCase) error {
		if !c.v.needsSource() {
			return nil
		}
		return c.has("source", tr(c.lang, "sec_source"))
	}},
	{"ADM", func(c *checklistCase) error {
		if len(c.v.automated()) == 0 {
			return c.has("no automated decisions", tr(c.lang, "adm_none"))
		}
		for _, x := range c.v.automated() {
			if err := c.has("logic", x.a.AutomatedDecisions.Logic.In(c.lang)); err != nil {
				return err
			}
		}
		return nil
	}},
	{"FURTHER", func(c *checklistCase) error {
		return c.has("further processing", strings.Split(tr(c.lang, "updates_further"), "(")[0])
	}},
	{"OBJECT_BOX", func(c *checklistCase) error {
		if !c.v.mustShowObjection() {
			return nil
		}
		// A note of its own, at the top level, not a row of the rights list.
		for _, b := range c.d.Blocks {
			if n, ok := b.(doc.Note); ok && n.Title == tr(c.lang, "object_title") {
				return nil
			}
		}
		return fmt.Errorf("no separate right-to-object note")
	}},
}

// walkChecklist renders n in lang and checks every element of the
// checklist.
func walkChecklist(t *testing.T, org *gdpr.Organisation, reg *register.Register, n Notice, lang string) {
	t.Helper()
	d, err := Document(org, reg, n, lang, nuvolaDate)
	if err != nil {
		t.Fatal(err)
	}
	c := &checklistCase{v: resolve(org, reg, n, 0, nuvolaDate), lang: lang, d: d, text: doc.DocumentText(d.Blocks)}
	for _, e := range checklist {
		if err := e.check(c); err != nil {
			t.Errorf("%s/%s: %s: %v", n.ID, lang, e.id, err)
		}
	}
	if k := missingKey.FindString(c.text); k != "" {
		t.Errorf("%s/%s: catalog key %s is missing", n.ID, lang, k)
	}
	for _, line := range strings.Split(c.text, "\n") {
		if strings.Contains(line, "DA COMPLETARE") || strings.Contains(line, "TO BE COMPLETED") {
			t.Errorf("%s/%s: missing-data marker: %s", n.ID, lang, line)
		}
	}
}

func TestChecklistFixture(t *testing.T) {
	for _, n := range nuvolaNotices() {
		for _, lang := range []string{"it", "en"} {
			t.Run(n.ID+"/"+lang, func(t *testing.T) {
				walkChecklist(t, nuvolaOrg(), nuvolaRegister(), n, lang)
			})
		}
	}
}

// TestSupportNoticeStatements checks the statements the issue asks of the
// support notice, in both languages.
func TestSupportNoticeStatements(t *testing.T) {
	want := map[string][]string{
		"it": {"nome, email, oggetto e messaggio: obbligatori", "numero di licenza: obbligatorio", "allegati (schermate, file di log): facoltativi",
			"identificativo dell'operatore", "indirizzo IP", "inizio e di fine della sessione (UTC)",
			"Helpwise Cloud Inc. | Responsabile del trattamento (art. 28 GDPR)", "Feedbackly Ltd | Responsabile del trattamento (art. 28 GDPR)",
			"72 mesi", "pseudonimizzati", "anonimizzazione", "privacy@nuvolasoftware.it",
			"(art. 15 GDPR)", "(art. 16 GDPR)", "(art. 17 GDPR)", "(art. 18 GDPR)", "(art. 19 GDPR)", "(art. 20 GDPR)", "(art. 21 GDPR)", "(art. 22 GDPR)"},
		"en": {"name, email, subject and message: mandatory", "licence number: mandatory", "attachments (screenshots, log files): optional",
			"operator's id", "IP address", "start and end time of the session (UTC)",
			"Helpwise Cloud Inc. | Processor (Art. 28 GDPR)", "Feedbackly Ltd | Processor (Art. 28 GDPR)",
			"72 months", "pseudonymised", "anonymisation", "privacy@nuvolasoftware.it",
			"(Art. 15 GDPR)", "(Art. 16 GDPR)", "(Art. 17 GDPR)", "(Art. 18 GDPR)", "(Art. 19 GDPR)", "(Art. 20 GDPR)", "(Art. 21 GDPR)", "(Art. 22 GDPR)"},
	}
	for lang, phrases := range want {
		d, err := Document(nuvolaOrg(), nuvolaRegister(), nuvolaNotices()[0], lang, nuvolaDate)
		if err != nil {
			t.Fatal(err)
		}
		text := doc.DocumentText(d.Blocks)
		for _, p := range phrases {
			if !strings.Contains(text, p) {
				t.Errorf("%s: %q missing", lang, p)
			}
		}
	}
}

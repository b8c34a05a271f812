package retention

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
	"github.com/gdprkit/gdprkit/internal/i18n"
)

// TestCatalog checks every entry has both languages, the same
// placeholders, and cites the same articles in each.
func TestCatalog(t *testing.T) {
	verb := regexp.MustCompile(`%[a-z]`)
	article := regexp.MustCompile(`(?i)\bart\.\s*(\d+)`)
	nums := func(s string) []string {
		var out []string
		for _, m := range article.FindAllStringSubmatch(s, -1) {
			out = append(out, m[1])
		}
		slices.Sort(out)
		return out
	}
	for key, e := range i18n.Retention {
		if strings.TrimSpace(e.IT) == "" || strings.TrimSpace(e.EN) == "" {
			t.Errorf("%s: missing a language", key)
		}
		if it, en := verb.FindAllString(e.IT, -1), verb.FindAllString(e.EN, -1); !slices.Equal(it, en) {
			t.Errorf("%s: placeholders %v (it) vs %v (en)", key, it, en)
		}
		if it, en := nums(e.IT), nums(e.EN); !slices.Equal(it, en) {
			t.Errorf("%s: cites articles %v (it) but %v (en)", key, it, en)
		}
	}
}

func TestDocument(t *testing.T) {
	p := mustPlanner(t, fullPolicy)
	ts := []*ticket.Ticket{
		tk("waiting", closed(day(2026, 11, 20))),
		tk("restrict", closed(day(2026, 10, 1))),
		tk("old", closed(day(2010, 1, 1))),
		tk("pseudo", stage("closed"), closed(day(2025, 11, 22))),
		tk("hold-until", closed(day(2020, 1, 1)), hold("verifica", day(2027, 1, 1))),
		tk("hold", stage("pseudonymised"), closed(day(2019, 1, 1)), hold("contenzioso", time.Time{})),
	}
	plan, err := p.Plan(seqOf(ts), planAt, PlanOptions{MaxListed: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"it", "en"} {
		d := plan.Document(lang)
		if d.Meta.Language != lang || !d.Meta.Date.Equal(planAt) || d.Meta.Title != label(lang, "title") {
			t.Errorf("%s: meta %+v", lang, d.Meta)
		}
		text := doc.DocumentText(d.Blocks)
		if strings.Contains(text, "!") {
			t.Errorf("%s: a label is missing:\n%s", lang, text)
		}
		for _, want := range []string{
			label(lang, "listed", 2, plan.DueTotal),                    // the cap is said
			label(lang, "action.skipping", ActionErase.Label(lang), 3), // a ticket erased over three missed stages
			label(lang, "until.lifted"), "2027-01-01",                  // holds with and without end
			ActionRestrict.Label(lang), ActionErase.Label(lang), // every action of the policy
			label(lang, "offset", "6 "+map[string]string{"it": "mesi", "en": "months"}[lang], fullPolicy.Trigger.Label(lang)),
		} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: document lacks %q:\n%s", lang, want, text)
			}
		}
		doc.Walk(d.Blocks, func(n doc.Node) bool {
			if tab, ok := n.(doc.Table); ok {
				for _, r := range tab.Rows {
					if len(r) != len(tab.Columns) {
						t.Errorf("%s: a row of %d cells under %d columns", lang, len(r), len(tab.Columns))
					}
				}
			}
			return true
		})

		wb := plan.Workbook(lang)
		names := map[string]bool{}
		for _, sh := range wb.Sheets {
			if len([]rune(sh.Name)) > 31 || names[sh.Name] {
				t.Errorf("%s: sheet name %q", lang, sh.Name)
			}
			names[sh.Name] = true
			for _, r := range sh.Rows {
				if len(r) != len(sh.Columns) {
					t.Errorf("%s: sheet %s: a row of %d cells under %d columns", lang, sh.Name, len(r), len(sh.Columns))
				}
				for _, c := range r {
					if strings.Contains(c, "!") {
						t.Errorf("%s: sheet %s: missing label in %q", lang, sh.Name, c)
					}
				}
			}
		}
		if plan.DueTotal != 3 || plan.HeldTotal != 2 || len(wb.Sheets) != 5 || len(wb.Sheets[3].Rows) != 2 || len(wb.Sheets[4].Rows) != 2 {
			t.Errorf("%s: sheets %d, due rows %d, held rows %d", lang, len(wb.Sheets), len(wb.Sheets[3].Rows), len(wb.Sheets[4].Rows))
		}
	}
}

// TestDocumentEmpty renders a plan of no tickets: no held section, and
// "no action is due".
func TestDocumentEmpty(t *testing.T) {
	plan, err := mustPlanner(t, nuvolaPolicy).Plan(seqOf(nil), planAt, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	text := doc.DocumentText(plan.Document("en").Blocks)
	if !strings.Contains(text, "No action is due.") || strings.Contains(text, "Tickets under legal hold") {
		t.Errorf("empty plan:\n%s", text)
	}
	if got := len(plan.Workbook("it").Sheets); got != 4 {
		t.Errorf("empty plan: %d sheets", got)
	}
}

package helpdesk_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/internal/i18n"
	"github.com/gdprkit/gdprkit/load"
	"github.com/gdprkit/gdprkit/render/markdown"
)

var dumpDir = flag.String("dump", "", "write the example's support documents as Markdown into this directory")

var langs = []string{"it", "en"}

// docPack is the example pack of examples/nuvola, loaded by the
// loader as the CLI loads it.
type docPack struct {
	pack *load.Pack
	opts helpdesk.DocumentOptions
}

func loadDocPack(t testing.TB) docPack {
	t.Helper()
	srcs, err := load.ReadPaths([]string{"../examples/nuvola"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	res := load.Load(srcs...)
	if res.Pack == nil {
		t.Fatalf("example pack does not load:\n%v", res.Report.Err())
	}
	for _, d := range res.Report.Diagnostics {
		if d.Severity == check.Error {
			t.Errorf("example pack: %s", d.Format("en"))
		}
	}
	p := res.Pack
	if p.Helpdesk == nil || p.Helpdesk.Policy == nil {
		t.Fatal("example pack has no helpdesk policy")
	}
	return docPack{pack: p, opts: helpdesk.DocumentOptions{Date: p.Date, Notices: p.Notices}}
}

// policy returns a deep copy of the example's policy, so a test can
// change it freely.
func (e docPack) policy(t testing.TB) *helpdesk.Policy {
	t.Helper()
	b, err := json.Marshal(e.pack.Helpdesk.Policy)
	if err != nil {
		t.Fatal(err)
	}
	var p helpdesk.Policy
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	return &p
}

// documents builds both documents of policy p in lang.
func (e docPack) documents(p *helpdesk.Policy, lang string) map[string]*doc.Document {
	org := e.pack.Organisation()
	return map[string]*doc.Document{
		"policy":    helpdesk.PolicyDocument(org, &e.pack.Register, p, lang, e.opts),
		"procedure": helpdesk.ProcedureDocument(org, &e.pack.Register, p, lang, e.opts),
	}
}

// plainText is a document's text, with its title block.
func plainText(d *doc.Document) string {
	return d.Meta.Title + "\n" + d.Meta.Identifier + "\n" + d.Meta.Classification + "\n" + doc.DocumentText(d.Blocks)
}

// tableRows returns every table row of the document as plain-text cells.
func tableRows(d *doc.Document) [][]string {
	var out [][]string
	doc.Walk(d.Blocks, func(n doc.Node) bool {
		if t, ok := n.(doc.Table); ok {
			for _, r := range t.Rows {
				cells := make([]string, len(r))
				for i, c := range r {
					cells[i] = doc.PlainText(c)
				}
				out = append(out, cells)
			}
		}
		return true
	})
	return out
}

// hasRow reports whether a row matches every want cell; an empty want
// matches any cell.
func hasRow(rows [][]string, want ...string) bool {
	return slices.ContainsFunc(rows, func(r []string) bool {
		if len(r) < len(want) {
			return false
		}
		for i, w := range want {
			if w != "" && !strings.Contains(r[i], w) {
				return false
			}
		}
		return true
	})
}

// hasCell reports whether the row starting with first holds sub in
// column col, whatever the case.
func hasCell(rows [][]string, first string, col int, sub string) bool {
	return slices.ContainsFunc(rows, func(r []string) bool {
		return len(r) > col && r[0] == first && strings.Contains(strings.ToLower(r[col]), strings.ToLower(sub))
	})
}

func upper(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// pick returns the Italian or the English string.
func pick(lang, it, en string) string {
	if lang == "it" {
		return it
	}
	return en
}

// TestExampleStatesEveryElement checks that both documents of the example,
// in both languages, state every element the support-data policy must
// state (the point 1 and legal/helpdesk.md §1).
func TestExampleStatesEveryElement(t *testing.T) {
	e := loadDocPack(t)
	pol := e.pack.Helpdesk.Policy
	for _, lang := range langs {
		for name, d := range e.documents(pol, lang) {
			t.Run(name+"."+lang, func(t *testing.T) {
				txt := plainText(d)
				rows := tableRows(d)
				must := func(what string, subs ...string) {
					t.Helper()
					for _, s := range subs {
						if !strings.Contains(txt, s) {
							t.Errorf("%s: missing %q", what, s)
						}
					}
				}
				act, _ := e.pack.Register.Activity(pol.Activity)
				must("activity", act.Name.In(lang))
				must("channels", upper(pol.Channels[0].Label(lang)), upper(pol.Channels[1].Label(lang)), upper(pol.Channels[2].Label(lang)),
					upper(helpdesk.ChannelRemoteSession.Label(lang)))
				must("recording", pick(lang, "mai registrate", "never recorded"))
				for _, c := range pol.Channels {
					for _, f := range c.Fields {
						state := pick(lang, "facoltativo", "optional")
						if f.Mandatory {
							state = pick(lang, "obbligatorio", "mandatory")
						}
						fname := upper(f.Name.In(lang))
						switch name {
						case "policy":
							if !hasRow(rows, fname, "", state) {
								t.Errorf("no row %q: %s", fname, state)
							}
						case "procedure":
							col := 1
							if !f.Mandatory {
								col = 2
							}
							if !hasCell(rows, upper(c.Label(lang)), col, f.Name.In(lang)) {
								t.Errorf("%s: %q not in column %d", c.ID, f.Name.In(lang), col)
							}
						}
					}
				}
				for _, id := range pol.AllProcessors() {
					r, _ := e.pack.Register.Recipient(id)
					must("processor", r.Name.In(lang))
				}
				for _, r := range pol.Roles {
					must("role", r.Name.In(lang))
				}
				must("impersonation", pick(lang, "30 minuti", "30 minutes"), helpdesk.ActionChangeData.Label(lang), helpdesk.ActionMakePayment.Label(lang))
				must("remote consent", pick(lang, "per ogni sessione", "for every session"), "NuvolaAssist")
				for _, it := range helpdesk.RequiredSessionLog {
					must("session log", it.Label(lang))
				}
				must("closure", pick(lang, "riapr", "reopen"), pick(lang, "14 giorni", "14 days"))
				must("retention", pick(lang, "72 mesi", "72 months"), pick(lang, "30 giorni", "30 days"),
					upper(i18n.Helpdesk.T(lang, "stage.live")), upper(helpdesk.StagePseudonymised.Label(lang)), upper(helpdesk.StageAnonymised.Label(lang)),
					pick(lang, "10 anni", "10 years"))
				must("rights contact", "privacy@nuvolasoftware.it", pick(lang, "un mese", "one month"))
				must("identity check", pick(lang, "documenti d'identità", "identity documents"), pick(lang, "art. 12, par. 6", "Art. 12(6)"))
				must("audit log", pick(lang, "12 mesi", "12 months"), helpdesk.EventImpersonation.Label(lang))
				must("breach escalation", pick(lang, "art. 33", "Art. 33"), "72")
				switch name {
				case "policy":
					must("refusal", pick(lang, "art. 13, par. 2, lett. e)", "Art. 13(2)(e)"), pol.Channels[0].Refusal.In(lang))
					must("only listed", pick(lang, "li rifiutiamo o li eliminiamo", "we refuse them or remove them"))
					must("transfer", "2023/1795", pick(lang, "Stati Uniti", "United States"), "DPA Helpwise del 2025-02-20")
					must("complaint", "Garante per la protezione dei dati personali")
					must("notice", e.pack.Notices[0].Title.In(lang))
					must("classification", pick(lang, "Pubblico", "Public"))
				case "procedure":
					must("refusal", pol.Channels[0].Refusal.In(lang))
					must("only listed", pick(lang, "Togliere dal ticket ogni dato non previsto", "Remove from the ticket any data not on the list"))
					must("classification", pick(lang, "Uso interno", "Internal"))
					must("ticketing system", "Helpwise Cloud")
				}
				for _, bad := range []string{"TODO", "!pol.", "!pro.", "!ret.", "!col.", i18n.Missing(lang)} {
					if strings.Contains(txt, bad) {
						t.Errorf("the document holds %q", bad)
					}
				}
				if regexp.MustCompile(`!\w+\.[\w.]+!`).MatchString(txt) {
					t.Errorf("a catalog key is missing: %s", regexp.MustCompile(`!\w+\.[\w.]+!`).FindString(txt))
				}
			})
		}
	}
}

func TestMeta(t *testing.T) {
	e := loadDocPack(t)
	for _, lang := range langs {
		docs := e.documents(e.pack.Helpdesk.Policy, lang)
		for name, want := range map[string]string{"policy": helpdesk.PolicyIdentifier, "procedure": helpdesk.ProcedureIdentifier} {
			m := docs[name].Meta
			if m.Identifier != want || m.Version != "1.0" || doc.FormatDate(m.Date) != "2026-11-22" || m.Language != lang ||
				m.Labels != i18n.DocLabels(lang) || m.Subtitle != "Nuvola Software S.r.l." || m.Title == "" {
				t.Errorf("%s.%s meta = %+v", name, lang, m)
			}
		}
	}
	p := e.policy(t)
	p.Date = ""
	e.opts.Draft = true
	d := helpdesk.ProcedureDocument(e.pack.Organisation(), &e.pack.Register, p, "it", e.opts)
	if doc.FormatDate(d.Meta.Date) != string(e.pack.Date) {
		t.Errorf("without its own date the procedure is dated %v, want the pack's", d.Meta.Date)
	}
	if d.Meta.Classification != "BOZZA · Uso interno" {
		t.Errorf("draft classification = %q", d.Meta.Classification)
	}
}

// TestDerivation changes one thing of the example's policy at a time and
// checks both documents follow.
func TestDerivation(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *helpdesk.Policy)
		lang   string
		want   map[string][]string // document → substrings
		absent map[string][]string
	}{
		{
			name: "recorded channel states purpose, announcement, listeners and retention",
			change: func(p *helpdesk.Policy) {
				p.Channels[0].Recording = helpdesk.Recording{
					Recorded:     true,
					Purpose:      gdpr.T("verificare la qualità del servizio", "checking the quality of the service"),
					Announcement: gdpr.T("un messaggio registrato all'inizio della chiamata", "a recorded message at the start of the call"),
					Listeners:    []string{"support_lead"},
					Retention:    "P6M",
				}
			},
			lang: "en",
			want: map[string][]string{
				"policy": {"Recorded, announced before recording starts", "checking the quality of the service",
					"a recorded message at the start of the call", "Only these may listen to recordings: Support lead", "6 months",
					"a copy of the recording itself"},
				"procedure": {"before recording starts, tell the customer (a recorded message at the start of the call)", "recorded, announced"},
			},
			absent: map[string][]string{"policy": {"Calls are never recorded"}},
		},
		{
			name: "a chat channel says whether chats are recorded",
			change: func(p *helpdesk.Policy) {
				p.Channels = append(p.Channels, helpdesk.Channel{ID: "chat", Kind: helpdesk.ChannelChat, Contact: "https://example.com/chat",
					Fields: []helpdesk.Field{{ID: "email", Name: gdpr.T("indirizzo email", "email address"), Category: "contact", Mandatory: true}}})
			},
			lang: "it",
			want: map[string][]string{
				"policy":    {"Le chat non sono mai registrate", "Chat"},
				"procedure": {"Chat: non registrare la conversazione"},
			},
		},
		{
			name:   "impersonation not allowed says so",
			change: func(p *helpdesk.Policy) { p.Impersonation = helpdesk.Impersonation{} },
			lang:   "it",
			want: map[string][]string{
				"policy":    {"non accedono mai al tuo account come se fossero te"},
				"procedure": {"L'impersonificazione non è ammessa"},
			},
			absent: map[string][]string{"policy": {"30 minuti"}, "procedure": {"30 minuti"}},
		},
		{
			name:   "a processor removed from the policy disappears",
			change: func(p *helpdesk.Policy) { p.Processors = []string{"hosting"} },
			lang:   "en",
			want:   map[string][]string{"policy": {"Helpwise Cloud Inc.", "EuroCloud Hosting GmbH"}},
			absent: map[string][]string{"policy": {"Feedbackly Ltd"}},
		},
		{
			name:   "no processors at all",
			change: func(p *helpdesk.Policy) { p.Ticketing, p.Processors = "", nil },
			lang:   "en",
			want:   map[string][]string{"policy": {"Support uses no external processors."}, "procedure": {"the ticketing system"}},
			absent: map[string][]string{"policy": {"Helpwise", "2023/1795"}},
		},
		{
			name:   "remote assistance not allowed",
			change: func(p *helpdesk.Policy) { p.RemoteAssistance = helpdesk.RemoteAssistance{} },
			lang:   "en",
			want: map[string][]string{
				"policy":    {"We never connect to your device remotely."},
				"procedure": {"Remote assistance is not allowed"},
			},
			absent: map[string][]string{"policy": {"Remote-assistance session", "NuvolaAssist"}, "procedure": {"NuvolaAssist"}},
		},
		{
			name: "empty values use the standard wording",
			change: func(p *helpdesk.Policy) {
				p.Channels[0].Refusal = nil
				p.Rights.IdentityCheck = nil
				p.BreachEscalation = nil
				p.RemoteAssistance.ConsentHow = nil
				p.Channels[0].Fields[0].Purpose = nil
			},
			lang: "en",
			want: map[string][]string{
				"policy": {"We cannot handle the request on this channel.", "We check your identity with the data we already know you by",
					"to the data protection officer and the breach team", "Handling the support request"},
				"procedure": {"We cannot handle the request on this channel.", "Explain to the customer what you will do",
					"We check your identity with the data we already know you by"},
			},
		},
		{
			name:   "processor role",
			change: func(p *helpdesk.Policy) { p.Role = helpdesk.AsProcessor },
			lang:   "en",
			want: map[string][]string{
				"policy":    {"handles support requests on behalf of its clients, as processor (Art. 28 GDPR)"},
				"procedure": {"as processor (Art. 28 GDPR)", "(Art. 28(3)(e) GDPR)"},
			},
			absent: map[string][]string{"policy": {"is the controller of the personal data"}},
		},
		{
			name: "ticket-closed trigger ending in deletion",
			change: func(p *helpdesk.Policy) {
				p.Retention = helpdesk.Retention{Trigger: helpdesk.TriggerTicketClosed, Stages: []helpdesk.RetentionStage{
					{Stage: helpdesk.StageClosed, Max: "P24M", Min: "P12M"},
					{Stage: helpdesk.StageDeleted},
				}}
			},
			lang: "en",
			want: map[string][]string{
				"policy": {"Each ticket stays available to support while it is open.", "Until the ticket closes",
					"Until 24 months after the ticket closes; stays at least 12 months after the ticket closes",
					"24 months after the ticket closes", "Nothing but a receipt of the erasure", "every time limit counts from the closure of the ticket"},
			},
			absent: map[string][]string{"policy": {"For 30 days", "Recital 26"}},
		},
	}
	e := loadDocPack(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := e.policy(t)
			tt.change(p)
			docs := e.documents(p, tt.lang)
			for name, subs := range tt.want {
				txt := plainText(docs[name])
				for _, s := range subs {
					if !strings.Contains(txt, s) {
						t.Errorf("%s: missing %q", name, s)
					}
				}
			}
			for name, subs := range tt.absent {
				txt := plainText(docs[name])
				for _, s := range subs {
					if strings.Contains(txt, s) {
						t.Errorf("%s: still says %q", name, s)
					}
				}
			}
		})
	}
}

func TestMissingTransferShowsMarker(t *testing.T) {
	e := loadDocPack(t)
	reg := e.pack.Register
	acts := slices.Clone(reg.Activities)
	for i := range acts {
		if acts[i].ID == "support" {
			acts[i].Transfers = nil
		}
	}
	reg.Activities = acts
	d := helpdesk.PolicyDocument(e.pack.Organisation(), &reg, e.policy(t), "en", e.opts)
	if !hasRow(tableRows(d), "Helpwise Cloud Inc.", "", "United States", i18n.Missing("en")) {
		t.Error("a transfer the register lacks is not marked TO BE COMPLETED")
	}
}

func TestNilInputs(t *testing.T) {
	for _, lang := range langs {
		for _, d := range []*doc.Document{
			helpdesk.PolicyDocument(nil, nil, nil, lang, helpdesk.DocumentOptions{}),
			helpdesk.ProcedureDocument(nil, nil, nil, lang, helpdesk.DocumentOptions{}),
		} {
			if d == nil || len(d.Blocks) == 0 {
				t.Fatalf("%s: empty document", lang)
			}
			if strings.Contains(plainText(d), "TODO") {
				t.Error("TODO printed")
			}
		}
	}
}

// TestReproducible builds and renders each document twice.
func TestReproducible(t *testing.T) {
	e := loadDocPack(t)
	for _, lang := range langs {
		a, b := e.documents(e.pack.Helpdesk.Policy, lang), e.documents(e.policy(t), lang)
		for name := range a {
			if !reflect.DeepEqual(a[name], b[name]) {
				t.Errorf("%s.%s: two builds differ", name, lang)
			}
			var x, y bytes.Buffer
			if err := markdown.Render(&x, a[name], markdown.Options{}); err != nil {
				t.Fatal(err)
			}
			if err := markdown.Render(&y, b[name], markdown.Options{}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(x.Bytes(), y.Bytes()) {
				t.Errorf("%s.%s: two renders differ", name, lang)
			}
		}
	}
}

// TestCatalog checks the documents' catalog: both languages filled, the
// same placeholders in each, and the per-enumeration entries present for
// every key.
func TestCatalog(t *testing.T) {
	for key, e := range i18n.HelpdeskDocs {
		if e.IT == "" || e.EN == "" {
			t.Errorf("%s: empty translation", key)
		}
		if strings.Count(e.IT, "%s") != strings.Count(e.EN, "%s") {
			t.Errorf("%s: %d placeholders in Italian, %d in English", key, strings.Count(e.IT, "%s"), strings.Count(e.EN, "%s"))
		}
	}
	need := func(key string) {
		if _, ok := i18n.HelpdeskDocs[key]; !ok {
			t.Errorf("missing %s", key)
		}
	}
	for _, k := range helpdesk.Trigger("").Keys() {
		for _, p := range []string{"trigger_until.", "trigger_from.", "trigger_after.", "trigger_at.", "ret.live."} {
			need(p + k)
		}
	}
	for _, k := range helpdesk.Stage("").Keys() {
		need("ret.keeps." + k)
		need("ret.purpose." + k)
	}
	for _, k := range helpdesk.ChannelKind("").Keys() {
		if helpdesk.ChannelKind(k).Voice() {
			need("rec.never." + k)
		}
	}
}

func TestDumpExample(t *testing.T) {
	if *dumpDir == "" {
		t.Skip("use -dump DIR to look at the documents")
	}
	e := loadDocPack(t)
	for _, lang := range langs {
		for name, d := range e.documents(e.pack.Helpdesk.Policy, lang) {
			var b bytes.Buffer
			if err := markdown.Render(&b, d, markdown.Options{}); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(*dumpDir, name+"."+lang+".md"), b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func BenchmarkPolicyDocument(b *testing.B) {
	e := loadDocPack(b)
	org, p := e.pack.Organisation(), e.pack.Helpdesk.Policy
	for b.Loop() {
		helpdesk.PolicyDocument(org, &e.pack.Register, p, "it", e.opts)
	}
}

func BenchmarkProcedureDocument(b *testing.B) {
	e := loadDocPack(b)
	org, p := e.pack.Organisation(), e.pack.Helpdesk.Policy
	for b.Loop() {
		helpdesk.ProcedureDocument(org, &e.pack.Register, p, "it", e.opts)
	}
}

package breach

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
	"github.com/gdprkit/gdprkit/register"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update and review the diff\n--- got ---\n%s", name, got)
	}
}

// exampleDocuments are every document of the example pack, by the file
// name the CLI gives them (without extension).
func exampleDocuments(t testing.TB, n nuvola, lang string) map[string]*doc.Document {
	docs := map[string]*doc.Document{"breach-procedure." + lang: Procedure(n.org, n.reg, n.b, lang)}
	for i := range n.b.Incidents {
		inc := &n.b.Incidents[i]
		p := "breach-" + inc.ID + "-"
		docs[p+"assessment."+lang] = AssessmentReport(n.org, n.reg, n.b, inc, n.now, lang)
		notification, letter := Assess(n.org, n.reg, n.b, inc, n.now).Drafts()
		if notification {
			docs[p+"notification."+lang] = Notification(n.org, n.reg, n.b, inc, n.now, lang)
		}
		if letter {
			docs[p+"letter."+lang] = Letter(n.org, n.reg, n.b, inc, n.now, lang)
		}
	}
	return docs
}

func TestExampleDocumentsGolden(t *testing.T) {
	n := loadNuvola(t)
	for _, lang := range i18n.Languages {
		for name, d := range exampleDocuments(t, n, lang) {
			t.Run(name, func(t *testing.T) {
				text := d.Meta.Title + "\n" + d.Meta.Subtitle + "\n\n" + doc.DocumentText(d.Blocks)
				golden(t, name+".txt", []byte(text))
				if strings.Contains(text, i18n.Missing(lang)) && !strings.Contains(name, "procedure") {
					t.Errorf("the complete example prints the draft marker %q", i18n.Missing(lang))
				}
				if d.Meta.Language != lang || d.Meta.Labels.Page == "" {
					t.Errorf("meta language %q labels %+v", d.Meta.Language, d.Meta.Labels)
				}
			})
		}
	}
}

func TestNotificationJSONGolden(t *testing.T) {
	n := loadNuvola(t)
	for _, inc := range n.b.Incidents {
		if notification, _ := Assess(n.org, n.reg, n.b, &inc, n.now).Drafts(); !notification {
			continue
		}
		js, err := NotificationJSON(n.org, n.reg, n.b, n.incident(t, inc.ID), n.now)
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "breach-"+inc.ID+"-notification.json", js)
	}
}

func TestRegisterWorkbookGolden(t *testing.T) {
	n := loadNuvola(t)
	for _, lang := range i18n.Languages {
		wb := RegisterWorkbook(n.org, n.reg, n.b, lang)
		var b strings.Builder
		fmt.Fprintf(&b, "%s | %s | %s\n", wb.Meta.Title, doc.FormatDate(wb.Meta.Date), wb.Meta.Classification)
		for _, sh := range wb.Sheets {
			if len([]rune(sh.Name)) > 31 {
				t.Errorf("sheet name %q longer than 31 characters", sh.Name)
			}
			fmt.Fprintf(&b, "\n== %s\n", sh.Name)
			for _, c := range sh.Columns {
				fmt.Fprintf(&b, "[%s]", c.Title)
				if len(c.Choices) > 0 {
					fmt.Fprintf(&b, "{%s}", strings.Join(c.Choices, "|"))
				}
			}
			b.WriteString("\n")
			for _, r := range sh.Rows {
				if len(r) != len(sh.Columns) {
					t.Errorf("%s: row of %d cells for %d columns", sh.Name, len(r), len(sh.Columns))
				}
				b.WriteString(strings.Join(r, " | ") + "\n")
			}
		}
		golden(t, "breach-register."+lang+".txt", []byte(b.String()))
		// One row per incident, the one not notified included, with its reasons.
		reg := wb.Sheets[0]
		if len(reg.Rows) != len(n.b.Incidents) {
			t.Fatalf("%d rows for %d incidents", len(reg.Rows), len(n.b.Incidents))
		}
		row := strings.Join(reg.Rows[0], "|")
		if !strings.Contains(row, n.b.Incidents[0].Risk.Reasons.In(lang)) {
			t.Error("the row of the incident not notified lacks its reasons")
		}
	}
}

// Identical input gives identical output.
func TestDocumentsAreDeterministic(t *testing.T) {
	n := loadNuvola(t)
	for _, lang := range i18n.Languages {
		a, b := exampleDocuments(t, n, lang), exampleDocuments(t, n, lang)
		for name := range a {
			if fmt.Sprintf("%#v", a[name]) != fmt.Sprintf("%#v", b[name]) {
				t.Errorf("%s differs between two runs", name)
			}
		}
	}
	inc := n.incident(t, "2026-10-laptop")
	j1, _ := NotificationJSON(n.org, n.reg, n.b, inc, n.now)
	j2, _ := NotificationJSON(n.org, n.reg, n.b, inc, n.now)
	if !bytes.Equal(j1, j2) {
		t.Error("JSON differs between two runs")
	}
}

// An empty pack still produces every document, with visible draft markers
// where data are missing, and no panic.
func TestDocumentsOfAnEmptyPack(t *testing.T) {
	inc := &Incident{ID: "x"}
	b := &Breach{Incidents: []Incident{*inc}}
	inc = &b.Incidents[0]
	for _, lang := range i18n.Languages {
		marker := i18n.Missing(lang)
		for name, d := range map[string]*doc.Document{
			"procedure":    Procedure(nil, nil, nil, lang),
			"assessment":   AssessmentReport(nil, nil, b, inc, testNow, lang),
			"notification": Notification(nil, nil, b, inc, testNow, lang),
			"letter":       Letter(nil, nil, b, inc, testNow, lang),
		} {
			if text := doc.DocumentText(d.Blocks); !strings.Contains(text, marker) {
				t.Errorf("%s/%s: no %q marker:\n%s", lang, name, marker, text)
			}
		}
		if wb := RegisterWorkbook(nil, nil, b, lang); len(wb.Sheets[0].Rows) != 1 {
			t.Errorf("empty workbook rows: %v", wb.Sheets[0].Rows)
		}
	}
	if _, err := NotificationJSON(nil, nil, b, inc, testNow); err != nil {
		t.Error(err)
	}
}

// Every catalog entry the package uses exists in both languages with the
// same placeholders; a missing key would render as "!key!".
func TestCatalogIsComplete(t *testing.T) {
	for key, e := range i18n.Breach {
		if e.IT == "" || e.EN == "" {
			t.Errorf("%s: empty translation", key)
		}
		if verbs(e.IT) != verbs(e.EN) {
			t.Errorf("%s: placeholders differ: %q vs %q", key, verbs(e.IT), verbs(e.EN))
		}
	}
	n := loadNuvola(t)
	for _, lang := range i18n.Languages {
		for name, d := range exampleDocuments(t, n, lang) {
			if text := doc.DocumentText(d.Blocks) + d.Meta.Title; strings.Contains(text, "!") {
				for _, line := range strings.Split(text, "\n") {
					if strings.HasPrefix(strings.TrimSpace(line), "!") || strings.Contains(line, ".!") {
						t.Errorf("%s: %s", name, line)
					}
				}
			}
		}
	}
	// Enumeration labels: every key of every enumeration has a label.
	for _, e := range []interface {
		Keys() []string
	}{Role(""), Status(""), Nature(""), Cause(""), Discovery(""), RiskLevel(""), SubmissionType(""), Exemption(""),
		Encryption(""), CountMode(""), TeamRole(""), ChannelKind(""), DataType(""), Ease(""), ConfidentialityLoss(""),
		IntegrityLoss(""), AvailabilityLoss(""), Band("")} {
		for _, k := range e.Keys() {
			for _, lang := range i18n.Languages {
				if l := labelForKey(e, k, lang); strings.HasPrefix(l, "!") {
					t.Errorf("%T %q has no %s label", e, k, lang)
				}
			}
		}
	}
}

func verbs(s string) string {
	var out []string
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '%' {
			out = append(out, s[i:i+2])
			i++
		}
	}
	return strings.Join(out, "")
}

func labelForKey(e any, k, lang string) string {
	switch e.(type) {
	case Role:
		return Role(k).Label(lang)
	case Status:
		return Status(k).Label(lang)
	case Nature:
		return Nature(k).Label(lang)
	case Cause:
		return Cause(k).Label(lang)
	case Discovery:
		return Discovery(k).Label(lang)
	case RiskLevel:
		return RiskLevel(k).Label(lang)
	case SubmissionType:
		return SubmissionType(k).Label(lang)
	case Exemption:
		return Exemption(k).Label(lang)
	case Encryption:
		return Encryption(k).Label(lang)
	case CountMode:
		return CountMode(k).Label(lang)
	case TeamRole:
		return TeamRole(k).Label(lang) + TeamRole(k).Duties(lang)
	case ChannelKind:
		return ChannelKind(k).Label(lang)
	case DataType:
		return DataType(k).Label(lang)
	case Ease:
		return Ease(k).Label(lang)
	case ConfidentialityLoss:
		return ConfidentialityLoss(k).Label(lang)
	case IntegrityLoss:
		return IntegrityLoss(k).Label(lang)
	case AvailabilityLoss:
		return AvailabilityLoss(k).Label(lang)
	case Band:
		return Band(k).Label(lang) + Band(k).Effect(lang)
	}
	return "!"
}

// The assessment report lists the findings of its own incident only.
func TestAssessmentReportFindings(t *testing.T) {
	s := fixture()
	laptop(&s).DelayReasons = nil
	laptop(&s).Notifications[0].Sent = At(laptop(&s).Timeline.Aware.Add(80 * 3600e9))
	d := AssessmentReport(s.Org, s.Register, s.Breach, laptop(&s), s.Now, "en")
	text := doc.DocumentText(d.Blocks)
	if !strings.Contains(text, "[BRE-15]") {
		t.Errorf("report lacks the BRE-15 finding:\n%s", text)
	}
	d = AssessmentReport(s.Org, s.Register, s.Breach, email(&s), s.Now, "en")
	if text := doc.DocumentText(d.Blocks); strings.Contains(text, "[BRE-15]") || !strings.Contains(text, "No open points") {
		t.Errorf("another incident's finding leaked:\n%s", text)
	}
	// A copy of the incident (not a pointer into the pack) is found by id.
	cp := *laptop(&s)
	if text := doc.DocumentText(AssessmentReport(s.Org, s.Register, s.Breach, &cp, s.Now, "en").Blocks); !strings.Contains(text, "[BRE-15]") {
		t.Error("a copy of the incident lost its findings")
	}
}

// The notification draft reflects the phase of the notification (Art. 33(4)).
func TestDraftKinds(t *testing.T) {
	org, reg := testOrg(), testRegister()
	cases := []struct {
		name    string
		mutate  func(*Incident)
		typ     string
		subtype string
	}{
		{"not yet sent, complete", func(i *Incident) { i.Notifications = nil }, "new", "complete"},
		{"not yet sent, incomplete", func(i *Incident) { i.Notifications, i.Consequences = nil, nil }, "new", "incomplete"},
		{"preliminary sent", func(i *Incident) { i.Notifications = i.Notifications[:1] }, "new", "incomplete"},
		{"completed by a follow-up", func(*Incident) {}, "follow_up", "complete"},
		{"withdrawn", func(i *Incident) {
			i.Notifications = append(i.Notifications, Submission{Type: Withdrawn, Sent: ts("2026-11-10T10:00:00+01:00"), Reason: gdpr.Plain("no breach")})
		}, "follow_up", "withdraw"},
	}
	for _, c := range cases {
		inc := highRisk()
		c.mutate(&inc)
		b := &Breach{Procedure: testProcedure(), Incidents: []Incident{inc}}
		d := Draft(org, reg, b, &b.Incidents[0], testNow)
		if d.Notification.Type != c.typ || d.Notification.Subtype != c.subtype {
			t.Errorf("%s: %s/%s, want %s/%s", c.name, d.Notification.Type, d.Notification.Subtype, c.typ, c.subtype)
		}
	}
}

var _ = register.Register{}

package breach

import (
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
)

func rome(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Rome")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// The 72 hours are counted on the instant: across the end of summer time
// (last Sunday of October: 25 October 2026, 03:00 CEST → 02:00 CET) and its
// start (last Sunday of March: 29 March 2026, 02:00 CET → 03:00 CEST) the
// deadline's wall-clock time in Rome moves by an hour, the instant does not.
func TestDeadlineAcrossDaylightSaving(t *testing.T) {
	loc := rome(t)
	cases := []struct {
		name      string
		aware     string
		wantLocal string // the deadline on a Rome wall clock
		naive     string // what adding three calendar days would wrongly give
	}{
		{"end of summer time", "2026-10-23T10:00:00+02:00", "2026-10-26T09:00:00+01:00", "2026-10-26T10:00:00+01:00"},
		{"start of summer time", "2026-03-27T10:00:00+01:00", "2026-03-30T11:00:00+02:00", "2026-03-30T10:00:00+02:00"},
		{"no change", "2026-06-10T10:00:00+02:00", "2026-06-13T10:00:00+02:00", "2026-06-13T10:00:00+02:00"},
		{"aware given in UTC", "2026-10-24T10:00:00Z", "2026-10-27T11:00:00+01:00", "2026-10-27T12:00:00+01:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			aware := ts(c.aware).Time
			got := NotificationDeadline(aware)
			if d := got.Sub(aware); d != 72*time.Hour {
				t.Errorf("deadline is %v after awareness, want 72h", d)
			}
			if got.Location() != time.UTC {
				t.Errorf("deadline in %v, want UTC", got.Location())
			}
			if s := got.In(loc).Format(time.RFC3339); s != c.wantLocal {
				t.Errorf("deadline in Rome = %s, want %s", s, c.wantLocal)
			}
			if naive := aware.In(loc).AddDate(0, 0, 3).Format(time.RFC3339); naive != c.naive {
				t.Errorf("calendar arithmetic gives %s, test expects %s", naive, c.naive)
			}
			// The assessment prints the deadline on the procedure's clock.
			inc := Incident{ID: "x", Risk: RiskDecision{Level: Risk}, Timeline: Timeline{Aware: ts(c.aware)}}
			b := &Breach{Procedure: &ProcedureSettings{TimeZone: "Europe/Rome"}, Incidents: []Incident{inc}}
			a := Assess(testOrg(), testRegister(), b, &b.Incidents[0], aware)
			want := strings.Replace(c.wantLocal[:16], "T", " ", 1)
			if s := formatTime(a.Deadline, a.Location); !strings.HasPrefix(s, want) {
				t.Errorf("printed deadline %q, want %s…", s, want)
			}
			if a.TimeLeft != 72*time.Hour {
				t.Errorf("time left at awareness = %v, want 72h", a.TimeLeft)
			}
		})
	}
}

func TestDefaultZoneFromCountry(t *testing.T) {
	for _, c := range []struct{ country, zone, want string }{
		{"IT", "", "Europe/Rome"}, {"FR", "", "Europe/Paris"}, {"IT", "Europe/Dublin", "Europe/Dublin"},
		{"", "", "UTC"}, {"US", "", "UTC"}, {"IT", "Not/AZone", "UTC"},
	} {
		if got := zoneFor(c.zone, c.country).String(); got != c.want {
			t.Errorf("zoneFor(%q, %q) = %s, want %s", c.zone, c.country, got, c.want)
		}
	}
}

// assessAt assesses one incident alone in a pack with the test procedure.
func assessAt(inc Incident, now time.Time) Assessment {
	b := &Breach{Procedure: testProcedure(), Incidents: []Incident{inc}}
	return Assess(testOrg(), testRegister(), b, &b.Incidents[0], now)
}

func states(a Assessment) map[DutyKind]DutyState {
	m := map[DutyKind]DutyState{}
	for _, d := range a.Duties {
		m[d.Kind] = d.State
	}
	return m
}

// Each branch of the Art. 33/34 decision logic.
func TestDecisionBranches(t *testing.T) {
	aware := ts("2026-10-24T12:00:00+02:00")
	base := func(level RiskLevel) Incident {
		return Incident{ID: "x", Risk: RiskDecision{Level: level, Reasons: gdpr.Plain("r")}, Timeline: Timeline{Aware: aware}}
	}
	during := aware.Add(10 * time.Hour)
	after := aware.Add(100 * time.Hour)
	cases := []struct {
		name string
		inc  func() Incident
		now  time.Time
		want map[DutyKind]DutyState
	}{
		{"not a breach: record only", func() Incident { return base(NotABreach) }, after,
			map[DutyKind]DutyState{DutyRecord: Done}},
		{"unlikely: no notification", func() Incident { return base(Unlikely) }, after,
			map[DutyKind]DutyState{DutyRecord: Done, DutyNotifyAuthority: NotRequired, DutyCommunicate: NotRequired}},
		{"risk: notify, clock running", func() Incident { return base(Risk) }, during,
			map[DutyKind]DutyState{DutyRecord: Done, DutyNotifyAuthority: Pending, DutyCommunicate: NotRequired}},
		{"risk: not notified after 72 hours", func() Incident { return base(Risk) }, after,
			map[DutyKind]DutyState{DutyRecord: Done, DutyNotifyAuthority: Overdue, DutyCommunicate: NotRequired}},
		{"risk: notified in time", func() Incident {
			i := base(Risk)
			i.Notifications = []Submission{{Type: Complete, Sent: At(aware.Add(30 * time.Hour))}}
			return i
		}, after, map[DutyKind]DutyState{DutyRecord: Done, DutyNotifyAuthority: Done, DutyCommunicate: NotRequired}},
		{"risk: notified late", func() Incident {
			i := base(Risk)
			i.Notifications = []Submission{{Type: Complete, Sent: At(aware.Add(80 * time.Hour))}}
			return i
		}, after, map[DutyKind]DutyState{DutyRecord: Done, DutyNotifyAuthority: DoneLate, DutyCommunicate: NotRequired}},
		{"high: notify and communicate", func() Incident { return base(HighRisk) }, during,
			map[DutyKind]DutyState{DutyRecord: Done, DutyNotifyAuthority: Pending, DutyCommunicate: Pending}},
		{"high: communicated", func() Incident {
			i := base(HighRisk)
			i.Communication = &Communication{Sent: At(aware.Add(20 * time.Hour))}
			return i
		}, during, map[DutyKind]DutyState{DutyRecord: Done, DutyNotifyAuthority: Pending, DutyCommunicate: Done}},
		{"high: Art. 34(3) ground", func() Incident {
			i := base(HighRisk)
			i.Communication = &Communication{Exemption: Unintelligible, Justification: gdpr.Plain("AES")}
			return i
		}, after, map[DutyKind]DutyState{DutyRecord: Done, DutyNotifyAuthority: Overdue, DutyCommunicate: Exempt}},
		{"risk: authority orders communication", func() Incident {
			i := base(Risk)
			i.Communication = &Communication{OrderedByAuthority: true}
			return i
		}, after, map[DutyKind]DutyState{DutyRecord: Done, DutyNotifyAuthority: Overdue, DutyCommunicate: Overdue}},
		{"undetermined: the clock runs", func() Incident { return base(Undetermined) }, during,
			map[DutyKind]DutyState{DutyRecord: Done, DutyNotifyAuthority: Pending, DutyCommunicate: NotRequired}},
		{"not yet assessed: the clock runs", func() Incident { return base("") }, after,
			map[DutyKind]DutyState{DutyRecord: Done, DutyNotifyAuthority: Overdue, DutyCommunicate: NotRequired}},
		{"processor: tell the controller", func() Incident {
			i := base(HighRisk)
			i.Role = AsProcessor
			return i
		}, during, map[DutyKind]DutyState{DutyRecord: Done, DutyTellController: Pending}},
		{"processor: controller not told after the target", func() Incident {
			i := base(Risk)
			i.Role = AsProcessor
			return i
		}, aware.Add(25 * time.Hour), map[DutyKind]DutyState{DutyRecord: Done, DutyTellController: Overdue}},
		{"joint controller: controller duties", func() Incident {
			i := base(Risk)
			i.Role = AsJointController
			return i
		}, during, map[DutyKind]DutyState{DutyRecord: Done, DutyNotifyAuthority: Pending, DutyCommunicate: NotRequired}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := states(assessAt(c.inc(), c.now))
			if len(got) != len(c.want) {
				t.Errorf("duties = %v, want %v", got, c.want)
			}
			for k, v := range c.want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q", k, got[k], v)
				}
			}
		})
	}
}

func TestTimeLeftAndLateness(t *testing.T) {
	inc := Incident{ID: "x", Risk: RiskDecision{Level: Risk}, Timeline: Timeline{Aware: ts("2026-10-24T12:00:00+02:00")}}
	a := assessAt(inc, inc.Timeline.Aware.Add(70*time.Hour))
	if a.TimeLeft != 2*time.Hour || a.Late {
		t.Errorf("at 70 h: time left %v late %v, want 2h and not late", a.TimeLeft, a.Late)
	}
	a = assessAt(inc, inc.Timeline.Aware.Add(75*time.Hour))
	if a.TimeLeft != -3*time.Hour || !a.Late {
		t.Errorf("at 75 h: time left %v late %v, want -3h and late", a.TimeLeft, a.Late)
	}
	inc.Notifications = []Submission{{Type: Preliminary, Sent: At(inc.Timeline.Aware.Add(82*time.Hour + 30*time.Minute))}}
	a = assessAt(inc, inc.Timeline.Aware.Add(200*time.Hour))
	if a.Elapsed != 82*time.Hour+30*time.Minute || !a.Late || a.TimeLeft != 0 || a.Complete {
		t.Errorf("notified at 82h30: elapsed %v late %v left %v complete %v", a.Elapsed, a.Late, a.TimeLeft, a.Complete)
	}
	// A withdrawal does not count as the first notification.
	inc.Notifications = []Submission{{Type: Withdrawn, Sent: At(inc.Timeline.Aware.Add(time.Hour))}}
	if a = assessAt(inc, inc.Timeline.Aware.Add(10*time.Hour)); !a.Notified.IsZero() {
		t.Errorf("a withdrawal counted as notification at %v", a.Notified)
	}
}

// Art. 33(4): what a phased notification still lacks.
func TestMissingInformation(t *testing.T) {
	inc := highRisk()
	if a := assessAt(inc, testNow); len(a.Missing) != 0 || !a.Complete {
		t.Fatalf("clean incident: missing %v complete %v", a.Missing, a.Complete)
	}
	inc.Consequences, inc.Records, inc.DataSubjects = nil, Count{}, nil
	inc.Notifications = inc.Notifications[:1]
	a := assessAt(inc, testNow)
	want := []Item{ItemSubjects, ItemRecords, ItemConsequences}
	if len(a.Missing) != len(want) {
		t.Fatalf("missing = %v, want %v", a.Missing, want)
	}
	for i := range want {
		if a.Missing[i] != want[i] {
			t.Errorf("missing[%d] = %s, want %s", i, a.Missing[i], want[i])
		}
	}
	if a.Complete {
		t.Error("a preliminary notification counted as complete")
	}
	// An unknown number, stated as such, is not missing: "where possible".
	inc.Records = Count{Mode: NotKnown}
	if a := assessAt(inc, testNow); len(a.Missing) != 2 {
		t.Errorf("records of unknown number still missing: %v", a.Missing)
	}
}

func TestAssessmentFormat(t *testing.T) {
	n := loadNuvola(t)
	var b strings.Builder
	a := Assess(n.org, n.reg, n.b, n.incident(t, "2026-10-laptop"), n.now)
	if err := a.Format(&b, "en"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Incident 2026-10-laptop",
		"SE = DPC 3 × EI 1 + CB 0.5 = 3.5 → high",
		"Deadline (Art. 33(1)):",
		"2026-10-27 11:00 (UTC+01:00)",
		"82 h 30 min after awareness — beyond 72 hours, reasons for the delay given",
		"Communicate to the people affected (Art. 34(1)): done on 2026-10-29 10:00 (UTC+01:00)",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	a = Assess(n.org, n.reg, n.b, n.incident(t, "2026-05-email"), n.now)
	_ = a.Format(&b, "it")
	for _, want := range []string{"improbabile che presenti un rischio", "SE = DPC 1 × EI 1 + CB 0,25 = 1,25 → bassa", "non richiesto", "più di 100 interessati"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
	// While the clock runs the output says how long is left.
	inc := Incident{ID: "x", Title: gdpr.Plain("x"), Risk: RiskDecision{Level: HighRisk}, Timeline: Timeline{Aware: ts("2026-10-24T12:00:00+02:00")}}
	b.Reset()
	_ = assessAt(inc, inc.Timeline.Aware.Add(60*time.Hour+15*time.Minute)).Format(&b, "en")
	if !strings.Contains(b.String(), "Time left:") || !strings.Contains(b.String(), "11 h 45 min") {
		t.Errorf("no time left in:\n%s", b.String())
	}
}

func TestDrafts(t *testing.T) {
	for _, c := range []struct {
		name                 string
		inc                  Incident
		notification, letter bool
	}{
		{"unlikely", unlikely(), false, false},
		{"high risk", highRisk(), true, true},
		{"risk, nothing sent yet", func() Incident {
			i := highRisk()
			i.Risk.Level = Risk
			i.Notifications, i.Communication = nil, nil
			return i
		}(), true, false},
		{"high risk, exempt", func() Incident {
			i := highRisk()
			i.Communication = &Communication{Exemption: RiskNeutralised, Justification: gdpr.Plain("x")}
			return i
		}(), true, false},
		{"processor", func() Incident { i := highRisk(); asProcessor(&i); return i }(), false, false},
	} {
		n, l := assessAt(c.inc, testNow).Drafts()
		if n != c.notification || l != c.letter {
			t.Errorf("%s: drafts %v %v, want %v %v", c.name, n, l, c.notification, c.letter)
		}
	}
}

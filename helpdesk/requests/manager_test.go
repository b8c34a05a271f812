package requests_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
	"github.com/gdprkit/gdprkit/helpdesk/requests"
)

// clock returns a Now that starts at t and moves one minute per call.
func clock(t time.Time) func() time.Time {
	return func() time.Time { t = t.Add(time.Minute); return t }
}

func newManager() (*requests.Manager, *audit.MemoryStore) {
	log := &audit.MemoryStore{}
	return &requests.Manager{Store: &requests.MemoryStore{}, Audit: log, Now: clock(received)}, log
}

func events(t *testing.T, log *audit.MemoryStore) []audit.Event {
	t.Helper()
	var out []audit.Event
	for e, err := range log.Iterate(context.Background(), 1) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
	}
	return out
}

func TestManagerLifecycle(t *testing.T) {
	ctx := context.Background()
	m, log := newManager()
	r, err := m.Open(ctx, requests.New("R-1", requests.KindAccess, "cust-42", received, m.Calendar), "op-7")
	if err != nil {
		t.Fatal(err)
	}
	if r.Version != 1 {
		t.Errorf("version = %d", r.Version)
	}
	if _, err := m.SetIdentity(ctx, "R-1", requests.IdentityVerified, time.Time{}, "signed in", "op-7"); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Move(ctx, "R-1", requests.StateInProgress, time.Time{}, "", "op-7"); err != nil {
		t.Fatal(err)
	}
	r, err = m.Extend(ctx, "R-1", requests.Extension{Months: 2, Grounds: []requests.Ground{requests.GroundComplexity},
		Reasons: "three systems", Notified: received.AddDate(0, 0, 10)}, "op-7")
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Due.Format(time.DateOnly); got != "2026-04-30" {
		t.Errorf("extended due = %s", got)
	}
	if err := m.Exported(ctx, r, "op-7", map[string]string{"tickets": "3"}); err != nil {
		t.Fatal(err)
	}

	evs := events(t, log)
	var actions []string
	for _, e := range evs {
		actions = append(actions, e.Action)
		if e.Actor != "op-7" || e.Subject != "cust-42" || e.Purpose != "data-subject request (Art. 15)" || e.Details["request"] != "R-1" {
			t.Errorf("event %d = %+v", e.Seq, e)
		}
	}
	want := []string{requests.AuditOpen, requests.AuditIdentity, requests.AuditMove, requests.AuditExtend, requests.AuditExport}
	if !slices.Equal(actions, want) {
		t.Errorf("actions = %v, want %v", actions, want)
	}
	if d := evs[0].Details; d["kind"] != "access" || d["due"] != "2026-02-28" {
		t.Errorf("open details = %v", d)
	}
	if d := evs[2].Details; d["from"] != "received" || d["to"] != "in_progress" || d["state"] != "in_progress" {
		t.Errorf("move details = %v", d)
	}
	if d := evs[3].Details; d["months"] != "2" || d["grounds"] != "complexity" || d["due"] != "2026-04-30" {
		t.Errorf("extend details = %v", d)
	}
	if d := evs[4].Details; d["tickets"] != "3" || d["kind"] != "access" {
		t.Errorf("export details = %v", d)
	}
	if rep, err := audit.VerifyStore(ctx, log, audit.VerifyOptions{}); err != nil || rep.Events != 5 {
		t.Errorf("verify: %+v, %v", rep, err)
	}
}

// TestManagerRefusals: a refused change is neither stored nor logged.
func TestManagerRefusals(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		do   func(*requests.Manager) error
		want error
	}{
		{"unknown kind", func(m *requests.Manager) error {
			_, err := m.Open(ctx, requests.New("R-2", "complaint", "cust-42", received, m.Calendar), "op")
			return err
		}, requests.ErrInvalid},
		{"no subject", func(m *requests.Manager) error {
			_, err := m.Open(ctx, requests.New("R-2", requests.KindAccess, " ", received, m.Calendar), "op")
			return err
		}, requests.ErrInvalid},
		{"no id", func(m *requests.Manager) error {
			_, err := m.Open(ctx, requests.New("", requests.KindAccess, "cust-42", received, m.Calendar), "op")
			return err
		}, requests.ErrInvalid},
		{"duplicate id", func(m *requests.Manager) error {
			_, err := m.Open(ctx, requests.New("R-1", requests.KindErasure, "cust-9", received, m.Calendar), "op")
			return err
		}, requests.ErrExists},
		{"unknown request", func(m *requests.Manager) error {
			_, err := m.Move(ctx, "R-404", requests.StateVerifying, time.Time{}, "", "op")
			return err
		}, requests.ErrNotFound},
		{"received straight to completed", func(m *requests.Manager) error {
			_, err := m.Move(ctx, "R-1", requests.StateCompleted, time.Time{}, "", "op")
			return err
		}, requests.ErrIllegalTransition},
		{"refusal without reasons", func(m *requests.Manager) error {
			_, err := m.Move(ctx, "R-1", requests.StateRefused, time.Time{}, "", "op")
			return err
		}, requests.ErrReasonRequired},
		{"bad identity status", func(m *requests.Manager) error {
			_, err := m.SetIdentity(ctx, "R-1", "maybe", time.Time{}, "", "op")
			return err
		}, requests.ErrInvalid},
		{"late extension", func(m *requests.Manager) error {
			_, err := m.Extend(ctx, "R-1", requests.Extension{Months: 1, Grounds: []requests.Ground{requests.GroundNumber},
				Reasons: "many", Notified: received.AddDate(0, 2, 0)}, "op")
			return err
		}, requests.ErrExtensionLate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, log := newManager()
			if _, err := m.Open(ctx, requests.New("R-1", requests.KindAccess, "cust-42", received, m.Calendar), "op"); err != nil {
				t.Fatal(err)
			}
			if err := tt.do(m); !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if n := len(events(t, log)); n != 1 {
				t.Errorf("%d events, want only the opening", n)
			}
			if r, _ := m.Store.Get(ctx, "R-1"); r.Version != 1 {
				t.Errorf("request changed: version %d", r.Version)
			}
		})
	}
}

// TestManagerExtendInRequestZone: the deadline of a request opened in
// Rome is counted in Rome, whatever the manager's own calendar.
func TestManagerExtendInRequestZone(t *testing.T) {
	ctx := context.Background()
	rome, err := time.LoadLocation("Europe/Rome")
	if err != nil {
		t.Skip(err)
	}
	at := time.Date(2026, 1, 31, 23, 30, 0, 0, time.UTC) // 1 February in Rome
	opened := &requests.Manager{Store: &requests.MemoryStore{}, Calendar: requests.Calendar{Location: rome}}
	r, err := opened.Open(ctx, requests.New("R-1", requests.KindAccess, "cust-42", at, opened.Calendar), "op")
	if err != nil {
		t.Fatal(err)
	}
	if r.Zone != "Europe/Rome" || r.Due.In(rome).Format(time.DateOnly) != "2026-03-01" {
		t.Fatalf("zone %q, due %s", r.Zone, r.Due)
	}
	m := &requests.Manager{Store: opened.Store} // UTC calendar, no audit log
	if _, err := m.Move(ctx, "R-1", requests.StateVerifying, at, "", "op"); err != nil {
		t.Fatal(err)
	}
	r, err = m.Extend(ctx, "R-1", requests.Extension{Months: 2, Grounds: []requests.Ground{requests.GroundComplexity},
		Reasons: "r", Notified: at.Add(time.Hour)}, "op")
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Due.In(rome).Format(time.DateOnly); got != "2026-05-01" {
		t.Errorf("extended due = %s, want 2026-05-01 (three months from 1 February)", got)
	}
}

func TestCalendarOf(t *testing.T) {
	base := requests.Calendar{WorkingDays: true}
	cal, err := base.Of(requests.Request{ID: "R-1"})
	if err != nil || cal.Location != time.UTC || !cal.WorkingDays {
		t.Errorf("no zone: %+v, %v", cal, err)
	}
	if _, err := base.Of(requests.Request{ID: "R-1", Zone: "Mars/Olympus"}); err == nil {
		t.Error("unknown zone: no error")
	}
}

func TestKindArticle(t *testing.T) {
	for _, k := range requests.Kinds {
		if k.Article() == "" {
			t.Errorf("%s has no article", k)
		}
	}
	if requests.Kind("complaint").Article() != "" {
		t.Error("unknown kind has an article")
	}
}

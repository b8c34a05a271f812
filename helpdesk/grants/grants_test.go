package grants_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
	"github.com/gdprkit/gdprkit/helpdesk/grants"
)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func newManager() (*grants.Manager, *audit.MemoryStore, *clock) {
	c := &clock{t: time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)}
	log := &audit.MemoryStore{}
	n := 0
	var mu sync.Mutex
	m := &grants.Manager{Store: &grants.MemoryStore{}, Audit: log, Now: c.Now, NewID: func() string {
		mu.Lock()
		defer mu.Unlock()
		n++
		return "id-" + string(rune('0'+n))
	}}
	return m, log, c
}

// actions lists the audit actions recorded so far.
func actions(t *testing.T, log *audit.MemoryStore) []string {
	t.Helper()
	var out []string
	for e, err := range log.Iterate(context.Background(), 1) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, e.Action+":"+e.Details["reason"])
	}
	if _, err := audit.VerifyStore(context.Background(), log, audit.VerifyOptions{}); err != nil {
		t.Fatal(err)
	}
	return out
}

func refusal(t *testing.T, err error, want grants.Reason) {
	t.Helper()
	var r *grants.RefusalError
	if !errors.As(err, &r) || !errors.Is(err, grants.ErrRefused) {
		t.Fatalf("want a refusal (%s), got %v", want, err)
	}
	if r.Reason != want {
		t.Fatalf("reason = %q, want %q (%v)", r.Reason, want, err)
	}
}

func TestImpersonationScope(t *testing.T) {
	m, log, _ := newManager()
	ctx := context.Background()
	g, err := m.Impersonate(ctx, grants.ImpersonationRequest{Operator: "op-1", Customer: "cust-9", Ticket: "T-1", SourceIP: "203.0.113.5", Duration: 15 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if g.Purpose != grants.PurposeReproduce || g.Expires.Sub(g.Granted) != 15*time.Minute {
		t.Fatalf("grant = %+v", g)
	}
	tests := []struct {
		action grants.Action
		reason grants.Reason // "" = allowed
	}{
		{grants.ActionView, ""},
		{grants.ActionSearch, ""},
		{grants.ActionChangeData, grants.ReasonForbidden},
		{grants.ActionMakePayment, grants.ReasonForbidden},
		{grants.ActionChangeCredentials, grants.ReasonForbidden},
		{grants.ActionExportData, grants.ReasonForbidden},
		{grants.ActionDeleteData, grants.ReasonForbidden},
		{grants.ActionSendMessage, grants.ReasonForbidden},
		{"cancel_subscription", grants.ReasonOutOfScope},
	}
	for _, tt := range tests {
		err := m.Allow(ctx, g.ID, tt.action)
		if tt.reason == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.action, err)
			}
			continue
		}
		refusal(t, err, tt.reason)
	}
	got := actions(t, log)
	want := []string{"impersonation.grant:", "impersonation.allow:", "impersonation.allow:"}
	for range 7 {
		want = append(want, "impersonation.refuse:"+string(grants.ReasonForbidden))
	}
	want[len(want)-1] = "impersonation.refuse:" + string(grants.ReasonOutOfScope)
	if len(got) != len(want) {
		t.Fatalf("audit = %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("audit[%d] = %s, want %s", i, got[i], want[i])
		}
	}
}

func TestImpersonationExpiresOnTime(t *testing.T) {
	m, _, c := newManager()
	ctx := context.Background()
	g, err := m.Impersonate(ctx, grants.ImpersonationRequest{Operator: "op-1", Customer: "cust-9", Ticket: "T-1", Duration: 10 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	c.Advance(10*time.Minute - time.Microsecond)
	if err := m.Allow(ctx, g.ID, grants.ActionView); err != nil {
		t.Fatalf("one microsecond before expiry: %v", err)
	}
	c.Advance(time.Microsecond)
	refusal(t, m.Allow(ctx, g.ID, grants.ActionView), grants.ReasonExpired)
}

func TestImpersonationDefaultsAndRefusals(t *testing.T) {
	m, log, _ := newManager()
	ctx := context.Background()
	g, err := m.Impersonate(ctx, grants.ImpersonationRequest{Operator: "op", Customer: "c", Ticket: "T"})
	if err != nil || g.Expires.Sub(g.Granted) != grants.DefaultMaxImpersonation {
		t.Fatalf("default duration: %+v %v", g, err)
	}
	_, err = m.Impersonate(ctx, grants.ImpersonationRequest{Operator: "op", Customer: "c"})
	refusal(t, err, grants.ReasonNoTicket)
	_, err = m.Impersonate(ctx, grants.ImpersonationRequest{Operator: "op", Customer: "c", Ticket: "T", Duration: time.Hour})
	refusal(t, err, grants.ReasonTooLong)
	if _, err := m.Impersonate(ctx, grants.ImpersonationRequest{Customer: "c", Ticket: "T"}); !errors.Is(err, grants.ErrInvalid) {
		t.Fatalf("no operator: %v", err)
	}
	refusal(t, m.Allow(ctx, "nope", grants.ActionView), grants.ReasonUnknownGrant)
	if _, err := m.EndImpersonation(ctx, g.ID); err != nil {
		t.Fatal(err)
	}
	refusal(t, m.Allow(ctx, g.ID, grants.ActionView), grants.ReasonEnded)
	if _, err := m.EndImpersonation(ctx, g.ID); !errors.Is(err, grants.ErrAlreadyEnded) {
		t.Fatalf("second end: %v", err)
	}
	got := actions(t, log)
	want := []string{"impersonation.grant:", "impersonation.refuse:no ticket reference",
		"impersonation.refuse:longer than the maximum duration", "impersonation.refuse:no such grant",
		"impersonation.end:", "impersonation.refuse:ended"}
	if len(got) != len(want) {
		t.Fatalf("audit = %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("audit[%d] = %s, want %s", i, got[i], want[i])
		}
	}
}

func TestRemoteSessionNeedsConsent(t *testing.T) {
	m, log, _ := newManager()
	ctx := context.Background()
	_, err := m.StartRemote(ctx, "made-up", "op-1", "198.51.100.7")
	refusal(t, err, grants.ReasonNoConsent)
	refusal(t, m.CheckRemote(ctx, "made-up"), grants.ReasonNoConsent)
	got := actions(t, log)
	if len(got) != 2 || got[0] != "remote.refuse:no recorded consent" {
		t.Fatalf("audit = %v", got)
	}
}

func TestRemoteSessionLifecycle(t *testing.T) {
	m, log, c := newManager()
	ctx := context.Background()
	s, err := m.RecordConsent(ctx, grants.ConsentRequest{Ticket: "T-5", Operator: "op-1", Scope: "view screen",
		Consent: grants.Consent{Customer: "cust-9", Channel: "in_app_prompt", Evidence: "prompt-77"}})
	if err != nil {
		t.Fatal(err)
	}
	if s.State(c.Now()) != grants.SessionAwaitingStart || !s.ConsentExpires.Equal(c.Now().Add(grants.DefaultConsentWindow)) {
		t.Fatalf("session = %+v", s)
	}
	refusal(t, m.CheckRemote(ctx, s.ID), grants.ReasonNotStarted)
	_, err = m.StartRemote(ctx, s.ID, "op-2", "198.51.100.7")
	refusal(t, err, grants.ReasonWrongOperator)
	_, err = m.StartRemote(ctx, s.ID, "op-1", "not-an-ip")
	refusal(t, err, grants.ReasonInvalidCustomer)
	c.Advance(time.Minute)
	started, err := m.StartRemote(ctx, s.ID, "op-1", "198.51.100.7")
	if err != nil {
		t.Fatal(err)
	}
	if !started.Started.Equal(c.Now()) || started.CustomerIP != "198.51.100.7" || started.State(c.Now()) != grants.SessionActive {
		t.Fatalf("started = %+v", started)
	}
	if err := m.CheckRemote(ctx, s.ID); err != nil {
		t.Fatal(err)
	}
	_, err = m.StartRemote(ctx, s.ID, "op-1", "198.51.100.7")
	refusal(t, err, grants.ReasonConsentUsed)
	c.Advance(20 * time.Minute)
	ended, err := m.EndRemote(ctx, s.ID)
	if err != nil || !ended.Ended.Equal(c.Now()) {
		t.Fatalf("end: %+v %v", ended, err)
	}
	refusal(t, m.CheckRemote(ctx, s.ID), grants.ReasonEnded)

	var start, end audit.Event
	for e := range log.Iterate(ctx, 1) {
		switch e.Action {
		case grants.AuditRemoteStart:
			start = e
		case grants.AuditRemoteEnd:
			end = e
		}
	}
	if start.Actor != "op-1" || start.Subject != "cust-9" || start.Details["customer_ip"] != "198.51.100.7" ||
		start.Details["start"] != "2026-11-22T09:01:00Z" || start.Time.Location() != time.UTC {
		t.Fatalf("start event = %+v", start)
	}
	if end.Details["start"] != "2026-11-22T09:01:00Z" || end.Details["end"] != "2026-11-22T09:21:00Z" {
		t.Fatalf("end event = %+v", end)
	}
}

func TestRemoteConsentLapses(t *testing.T) {
	m, _, c := newManager()
	m.ConsentWindow = 5 * time.Minute
	ctx := context.Background()
	s, err := m.RecordConsent(ctx, grants.ConsentRequest{Operator: "op-1", Consent: grants.Consent{Customer: "c", Channel: "phone"}})
	if err != nil {
		t.Fatal(err)
	}
	c.Advance(5 * time.Minute)
	_, err = m.StartRemote(ctx, s.ID, "op-1", "2001:db8::1")
	refusal(t, err, grants.ReasonConsentExpired)
	if _, err := m.RecordConsent(ctx, grants.ConsentRequest{Operator: "op-1", Consent: grants.Consent{Customer: "c"}}); !errors.Is(err, grants.ErrInvalid) {
		t.Fatalf("consent without channel: %v", err)
	}
}

func TestRemoteDeadline(t *testing.T) {
	m, _, c := newManager()
	m.MaxRemote = time.Hour
	ctx := context.Background()
	s, _ := m.RecordConsent(ctx, grants.ConsentRequest{Operator: "op", Consent: grants.Consent{Customer: "c", Channel: "chat"}})
	if _, err := m.StartRemote(ctx, s.ID, "op", "192.0.2.1"); err != nil {
		t.Fatal(err)
	}
	c.Advance(time.Hour)
	refusal(t, m.CheckRemote(ctx, s.ID), grants.ReasonExpired)
}

func TestRemoteConsentIsSingleUseUnderRace(t *testing.T) {
	m, _, _ := newManager()
	ctx := context.Background()
	s, _ := m.RecordConsent(ctx, grants.ConsentRequest{Operator: "op", Consent: grants.Consent{Customer: "c", Channel: "chat"}})
	var ok, refused atomic.Int32
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			_, err := m.StartRemote(ctx, s.ID, "op", "192.0.2.1")
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, grants.ErrRefused):
				refused.Add(1)
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if ok.Load() != 1 || refused.Load() != 15 {
		t.Fatalf("%d starts, %d refusals", ok.Load(), refused.Load())
	}
}

// brokenLog refuses every append.
type brokenLog struct{ audit.MemoryStore }

func (*brokenLog) Append(context.Context, audit.Event) (audit.Event, error) {
	return audit.Event{}, errors.New("disk full")
}

func TestFailsClosedWithoutAuditLog(t *testing.T) {
	m, _, _ := newManager()
	ctx := context.Background()
	g, err := m.Impersonate(ctx, grants.ImpersonationRequest{Operator: "op", Customer: "c", Ticket: "T"})
	if err != nil {
		t.Fatal(err)
	}
	m.Audit = &brokenLog{}
	if err := m.Allow(ctx, g.ID, grants.ActionView); err == nil {
		t.Fatal("an allowed action went unlogged")
	}
	if _, err := m.Impersonate(ctx, grants.ImpersonationRequest{Operator: "op", Customer: "c", Ticket: "T"}); err == nil {
		t.Fatal("a grant went unlogged")
	}
	s, err := m.RecordConsent(ctx, grants.ConsentRequest{Operator: "op", Consent: grants.Consent{Customer: "c", Channel: "chat"}})
	if err == nil {
		t.Fatalf("consent went unlogged: %+v", s)
	}
}

func TestCheckIsPure(t *testing.T) {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	g := grants.Impersonation{ID: "g", Granted: at, Expires: at.Add(time.Minute)}
	if err := g.Check(grants.ActionView, at); err != nil || !g.Active(at) {
		t.Fatal(err)
	}
	if err := g.Check(grants.ActionView, at.Add(-time.Second)); err == nil {
		t.Fatal("allowed before the grant")
	}
	if g.Active(at.Add(time.Minute)) {
		t.Fatal("active at expiry")
	}
	want := "grants: act make_payment (g) refused: forbidden action"
	if err := g.Check(grants.ActionMakePayment, at); err == nil || err.Error() != want {
		t.Fatalf("err = %v", err)
	}
}

package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
	"github.com/gdprkit/gdprkit/helpdesk/grants"
	"github.com/gdprkit/gdprkit/helpdesk/requests"
	"github.com/gdprkit/gdprkit/helpdesk/store"
)

// epoch is the time the tests start from: fixed, so failures reproduce.
var epoch = time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC)

// Run runs the conformance tests; open must return empty stores each time
// it is called (it is called once per test).
func Run(t *testing.T, open func(t *testing.T) store.Stores) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Stores)
	}{
		{"AuditEmpty", testAuditEmpty},
		{"AuditAppendAndRead", testAuditAppendAndRead},
		{"AuditBatchIsAtomic", testAuditBatchIsAtomic},
		{"AuditManyPages", testAuditManyPages},
		{"AuditConcurrentAppends", testAuditConcurrentAppends},
		{"RequestsCreateGet", testRequestsCreateGet},
		{"RequestsOptimisticUpdate", testRequestsOptimisticUpdate},
		{"RequestsList", testRequestsList},
		{"GrantsImpersonation", testGrantsImpersonation},
		{"GrantsRemoteSingleUse", testGrantsRemoteSingleUse},
		{"GrantsRemoteRace", testGrantsRemoteRace},
		{"ManagerOverStores", testManagerOverStores},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

func testAuditEmpty(t *testing.T, s store.Stores) {
	ctx := context.Background()
	h, err := s.Audit.Head(ctx)
	if err != nil || h != (audit.Checkpoint{}) {
		t.Fatalf("head of an empty log = %+v, %v", h, err)
	}
	for _, err := range s.Audit.Iterate(ctx, 1) {
		t.Fatalf("an empty log yields (err %v)", err)
	}
	if rep, err := audit.VerifyStore(ctx, s.Audit, audit.VerifyOptions{}); err != nil || rep.Events != 0 {
		t.Fatalf("verify: %+v %v", rep, err)
	}
}

func readAll(t *testing.T, s audit.Store, from uint64) []audit.Event {
	t.Helper()
	var out []audit.Event
	for e, err := range s.Iterate(context.Background(), from) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
	}
	return out
}

func testAuditAppendAndRead(t *testing.T, s store.Stores) {
	ctx := context.Background()
	in := []audit.Event{
		{Time: epoch.Add(123456789 * time.Nanosecond), Actor: "op-1", Action: "ticket.read", Subject: "cust-1",
			Ticket: "T-1", Purpose: "support", Details: map[string]string{"ip": "192.0.2.1", "zz": "last", "a": "first"}},
		{Time: epoch.In(time.FixedZone("CET", 3600)), Actor: "op-2", Action: "ticket.search"},
		{Time: epoch, Actor: "op-3", Action: "x", Details: map[string]string{}},
		{Time: epoch, Actor: "op-4", Action: "unicode", Subject: "Nicolò 😀", Details: map[string]string{"k\u00e8y": "v\nalue\t\"q\""}},
	}
	var appended []audit.Event
	e, err := s.Audit.Append(ctx, in[0])
	if err != nil {
		t.Fatal(err)
	}
	appended = append(appended, e)
	batch, err := s.Audit.AppendBatch(ctx, in[1:])
	if err != nil {
		t.Fatal(err)
	}
	appended = append(appended, batch...)
	for i, e := range appended {
		if e.Seq != uint64(i+1) {
			t.Fatalf("event %d has seq %d", i, e.Seq)
		}
	}
	if appended[0].Time.Nanosecond() != 123456000 || appended[1].Time.Location() != time.UTC || appended[2].Details != nil {
		t.Fatalf("not normalised: %+v", appended[:3])
	}
	got := readAll(t, s.Audit, 1)
	if len(got) != len(appended) {
		t.Fatalf("read %d events, appended %d", len(got), len(appended))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], appended[i]) || !got[i].Time.Equal(appended[i].Time) {
			t.Fatalf("event %d read back as\n%+v\nappended as\n%+v", i, got[i], appended[i])
		}
	}
	if from3 := readAll(t, s.Audit, 3); len(from3) != 2 || from3[0].Seq != 3 {
		t.Fatalf("Iterate(3) = %+v", from3)
	}
	if past := readAll(t, s.Audit, 99); len(past) != 0 {
		t.Fatalf("Iterate past the head yields %d", len(past))
	}
	head, _ := s.Audit.Head(ctx)
	if head != appended[3].Checkpoint() {
		t.Fatalf("head = %+v", head)
	}
	if _, err := audit.VerifyStore(ctx, s.Audit, audit.VerifyOptions{Head: &head}); err != nil {
		t.Fatal(err)
	}
	// Iteration stops when the caller stops.
	n := 0
	for range s.Audit.Iterate(ctx, 1) {
		n++
		break
	}
	if n != 1 {
		t.Fatal("break did not stop the iteration")
	}
}

func testAuditBatchIsAtomic(t *testing.T, s store.Stores) {
	ctx := context.Background()
	if _, err := s.Audit.Append(ctx, audit.Event{Time: epoch, Actor: "a", Action: "b"}); err != nil {
		t.Fatal(err)
	}
	_, err := s.Audit.AppendBatch(ctx, []audit.Event{{Time: epoch, Actor: "a", Action: "b"}, {Time: epoch, Actor: "a"}})
	if !errors.Is(err, audit.ErrInvalidEvent) {
		t.Fatalf("err = %v", err)
	}
	if h, _ := s.Audit.Head(ctx); h.Seq != 1 {
		t.Fatalf("a refused batch moved the head to %d", h.Seq)
	}
	if out, err := s.Audit.AppendBatch(ctx, nil); err != nil || len(out) != 0 {
		t.Fatalf("empty batch: %v %v", out, err)
	}
}

func testAuditManyPages(t *testing.T, s store.Stores) {
	ctx := context.Background()
	const n = 2345 // more than one page of a SQL store
	batch := make([]audit.Event, n)
	for i := range batch {
		batch[i] = audit.Event{Time: epoch.Add(time.Duration(i) * time.Millisecond), Actor: "op", Action: "ticket.read",
			Ticket: fmt.Sprintf("T-%d", i)}
	}
	if _, err := s.Audit.AppendBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	rep, err := audit.VerifyStore(ctx, s.Audit, audit.VerifyOptions{})
	if err != nil || rep.Events != n {
		t.Fatalf("verify: %+v %v", rep, err)
	}
	from := audit.Checkpoint{}
	for e := range s.Audit.Iterate(ctx, 1000) {
		from = audit.Checkpoint{Seq: e.Seq - 1, Hash: e.PrevHash}
		break
	}
	rep, err = audit.VerifyStore(ctx, s.Audit, audit.VerifyOptions{From: from})
	if err != nil || rep.Events != n-999 {
		t.Fatalf("verify from 1000: %+v %v", rep, err)
	}
}

func testAuditConcurrentAppends(t *testing.T, s store.Stores) {
	ctx := context.Background()
	const workers, each = 6, 20
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				e := audit.Event{Time: epoch, Actor: fmt.Sprintf("w%d", w), Action: "ticket.read", Ticket: fmt.Sprint(i)}
				var err error
				if i%5 == 0 {
					_, err = s.Audit.AppendBatch(ctx, []audit.Event{e, e, e})
				} else {
					_, err = s.Audit.Append(ctx, e)
				}
				if err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	want := workers * (each + 2*each/5)
	rep, err := audit.VerifyStore(ctx, s.Audit, audit.VerifyOptions{})
	if err != nil || rep.Events != want {
		t.Fatalf("verify: %+v %v (want %d events)", rep, err, want)
	}
}

func newRequest(id, subject string, received time.Time) requests.Request {
	return requests.New(id, requests.KindAccess, subject, received, requests.Calendar{Location: time.FixedZone("CET", 3600)})
}

func testRequestsCreateGet(t *testing.T, s store.Stores) {
	ctx := context.Background()
	r := newRequest("R-1", "cust-1", epoch.Add(time.Nanosecond*1500))
	r.Channel = "email"
	r.Move(requests.StateVerifying, epoch.Add(time.Hour), "")
	r.SetIdentity(requests.IdentityVerified, epoch.Add(2*time.Hour), "signed in")
	r.Move(requests.StateInProgress, epoch.Add(3*time.Hour), "")
	if err := r.Extend(requests.Extension{Months: 2, Grounds: []requests.Ground{requests.GroundComplexity}, Reasons: "many systems",
		Notified: epoch.Add(24 * time.Hour)}, requests.Calendar{}); err != nil {
		t.Fatal(err)
	}
	created, err := s.Requests.Create(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if created.Version != 1 {
		t.Fatalf("version = %d", created.Version)
	}
	got, err := s.Requests.Get(ctx, "R-1")
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != r.ID || got.State != requests.StateExtended || !got.Due.Equal(r.Due) || !got.Received.Equal(r.Received) ||
		got.Extension == nil || got.Extension.Reasons != "many systems" || len(got.History) != len(r.History) || got.Version != 1 {
		t.Fatalf("read back %+v", got)
	}
	if _, err := s.Requests.Create(ctx, r); !errors.Is(err, requests.ErrExists) {
		t.Fatalf("duplicate: %v", err)
	}
	if _, err := s.Requests.Get(ctx, "nope"); !errors.Is(err, requests.ErrNotFound) {
		t.Fatalf("missing: %v", err)
	}
}

func testRequestsOptimisticUpdate(t *testing.T, s store.Stores) {
	ctx := context.Background()
	r, err := s.Requests.Create(ctx, newRequest("R-1", "c", epoch))
	if err != nil {
		t.Fatal(err)
	}
	a, b := r, r
	a.Move(requests.StateVerifying, epoch.Add(time.Hour), "")
	a, err = s.Requests.Update(ctx, a)
	if err != nil || a.Version != 2 || a.State != requests.StateVerifying {
		t.Fatalf("update: %+v %v", a, err)
	}
	b.Move(requests.StateRefused, epoch.Add(time.Hour), "manifestly unfounded")
	if _, err := s.Requests.Update(ctx, b); !errors.Is(err, requests.ErrConflict) {
		t.Fatalf("stale update: %v", err)
	}
	if got, _ := s.Requests.Get(ctx, "R-1"); got.State != requests.StateVerifying || got.Version != 2 {
		t.Fatalf("after a refused update: %+v", got)
	}
	ghost := newRequest("R-ghost", "c", epoch)
	if _, err := s.Requests.Update(ctx, ghost); !errors.Is(err, requests.ErrNotFound) {
		t.Fatalf("update of a missing request: %v", err)
	}
}

func testRequestsList(t *testing.T, s store.Stores) {
	ctx := context.Background()
	days := []struct {
		id, subject string
		received    time.Time
		state       requests.State
	}{
		{"R-b", "anna", epoch.AddDate(0, 0, 3), requests.StateReceived},
		{"R-a", "anna", epoch.AddDate(0, 0, 3), requests.StateReceived},
		{"R-c", "bruno", epoch, requests.StateVerifying},
		{"R-d", "anna", epoch.AddDate(0, 0, 10), requests.StateRefused},
		{"R-e", "carla", epoch.AddDate(0, 0, -20), requests.StateReceived},
	}
	for _, d := range days {
		r := newRequest(d.id, d.subject, d.received)
		if d.state == requests.StateVerifying {
			r.Move(requests.StateVerifying, d.received, "")
		}
		if d.state == requests.StateRefused {
			r.Move(requests.StateRefused, d.received, "excessive")
		}
		if _, err := s.Requests.Create(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	ids := func(f requests.Filter) string {
		rs, err := s.Requests.List(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		out := ""
		for _, r := range rs {
			out += r.ID + " "
		}
		return out
	}
	cal := requests.Calendar{Location: time.FixedZone("CET", 3600)}
	tests := []struct {
		name string
		f    requests.Filter
		want string
	}{
		{"all, soonest due first, then by id", requests.Filter{}, "R-e R-c R-a R-b R-d "},
		{"open", requests.Filter{States: requests.OpenStates}, "R-e R-c R-a R-b "},
		{"one person", requests.Filter{Subject: "anna"}, "R-a R-b R-d "},
		{"due by", requests.Filter{DueBy: cal.Due(epoch, 1)}, "R-e R-c "},
		{"combined", requests.Filter{States: []requests.State{requests.StateReceived}, Subject: "anna", DueBy: cal.Due(epoch.AddDate(0, 0, 3), 1)}, "R-a R-b "},
		{"none", requests.Filter{Subject: "nobody"}, ""},
	}
	for _, tt := range tests {
		if got := ids(tt.f); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func testGrantsImpersonation(t *testing.T, s store.Stores) {
	ctx := context.Background()
	g := grants.Impersonation{ID: "imp-1", Operator: "op", Customer: "c", Ticket: "T", Purpose: grants.PurposeReproduce,
		SourceIP: "192.0.2.1", Granted: epoch, Expires: epoch.Add(30 * time.Minute)}
	if err := s.Grants.CreateImpersonation(ctx, g); err != nil {
		t.Fatal(err)
	}
	if err := s.Grants.CreateImpersonation(ctx, g); !errors.Is(err, grants.ErrExists) {
		t.Fatalf("duplicate: %v", err)
	}
	got, err := s.Grants.Impersonation(ctx, "imp-1")
	if err != nil || !reflect.DeepEqual(got, g) {
		t.Fatalf("read back %+v, %v", got, err)
	}
	if _, err := s.Grants.Impersonation(ctx, "nope"); !errors.Is(err, grants.ErrNotFound) {
		t.Fatalf("missing: %v", err)
	}
	ended, err := s.Grants.EndImpersonation(ctx, "imp-1", epoch.Add(5*time.Minute))
	if err != nil || !ended.Ended.Equal(epoch.Add(5*time.Minute)) {
		t.Fatalf("end: %+v %v", ended, err)
	}
	if _, err := s.Grants.EndImpersonation(ctx, "imp-1", epoch.Add(6*time.Minute)); !errors.Is(err, grants.ErrAlreadyEnded) {
		t.Fatalf("second end: %v", err)
	}
	if _, err := s.Grants.EndImpersonation(ctx, "nope", epoch); !errors.Is(err, grants.ErrNotFound) {
		t.Fatalf("end missing: %v", err)
	}
	if got, _ := s.Grants.Impersonation(ctx, "imp-1"); !got.Ended.Equal(epoch.Add(5 * time.Minute)) {
		t.Fatalf("stored end = %v", got.Ended)
	}
}

func newSession(id string) grants.RemoteSession {
	return grants.RemoteSession{ID: id, Ticket: "T", Operator: "op", Scope: "view screen",
		Consent:        grants.Consent{Customer: "c", Channel: "in_app_prompt", Given: epoch, Evidence: "p-1"},
		ConsentExpires: epoch.Add(10 * time.Minute)}
}

func testGrantsRemoteSingleUse(t *testing.T, s store.Stores) {
	ctx := context.Background()
	rs := newSession("rs-1")
	if err := s.Grants.CreateRemote(ctx, rs); err != nil {
		t.Fatal(err)
	}
	if err := s.Grants.CreateRemote(ctx, rs); !errors.Is(err, grants.ErrExists) {
		t.Fatalf("duplicate: %v", err)
	}
	if got, err := s.Grants.Remote(ctx, "rs-1"); err != nil || !reflect.DeepEqual(got, rs) {
		t.Fatalf("read back %+v, %v", got, err)
	}
	if _, err := s.Grants.EndRemote(ctx, "rs-1", epoch); !errors.Is(err, grants.ErrNotStarted) {
		t.Fatalf("end before start: %v", err)
	}
	start := epoch.Add(2 * time.Minute)
	started, err := s.Grants.StartRemote(ctx, "rs-1", start, "2001:db8::7", start.Add(time.Hour))
	if err != nil || !started.Started.Equal(start) || started.CustomerIP != "2001:db8::7" || !started.Deadline.Equal(start.Add(time.Hour)) {
		t.Fatalf("start: %+v %v", started, err)
	}
	if _, err := s.Grants.StartRemote(ctx, "rs-1", start, "2001:db8::7", start); !errors.Is(err, grants.ErrAlreadyStarted) {
		t.Fatalf("second start: %v", err)
	}
	if _, err := s.Grants.StartRemote(ctx, "nope", start, "x", start); !errors.Is(err, grants.ErrNotFound) {
		t.Fatalf("start missing: %v", err)
	}
	end := start.Add(20 * time.Minute)
	ended, err := s.Grants.EndRemote(ctx, "rs-1", end)
	if err != nil || !ended.Ended.Equal(end) || !ended.Started.Equal(start) {
		t.Fatalf("end: %+v %v", ended, err)
	}
	if _, err := s.Grants.EndRemote(ctx, "rs-1", end); !errors.Is(err, grants.ErrAlreadyEnded) {
		t.Fatalf("second end: %v", err)
	}
	if got, _ := s.Grants.Remote(ctx, "rs-1"); !got.Ended.Equal(end) || got.CustomerIP != "2001:db8::7" {
		t.Fatalf("stored: %+v", got)
	}
}

func testGrantsRemoteRace(t *testing.T, s store.Stores) {
	ctx := context.Background()
	if err := s.Grants.CreateRemote(ctx, newSession("rs-race")); err != nil {
		t.Fatal(err)
	}
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		started int
	)
	for i := range 8 {
		wg.Go(func() {
			_, err := s.Grants.StartRemote(ctx, "rs-race", epoch.Add(time.Duration(i)*time.Second), fmt.Sprintf("192.0.2.%d", i), epoch.Add(time.Hour))
			switch {
			case err == nil:
				mu.Lock()
				started++
				mu.Unlock()
			case !errors.Is(err, grants.ErrAlreadyStarted):
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if started != 1 {
		t.Fatalf("%d starts of one consent", started)
	}
}

// testManagerOverStores runs the grants workflow on the stores, with its
// audit trail in the same database.
func testManagerOverStores(t *testing.T, s store.Stores) {
	ctx := context.Background()
	now := epoch
	m := &grants.Manager{Store: s.Grants, Audit: s.Audit, Now: func() time.Time { return now }}
	g, err := m.Impersonate(ctx, grants.ImpersonationRequest{Operator: "op", Customer: "c", Ticket: "T-1", Duration: 10 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Allow(ctx, g.ID, grants.ActionView); err != nil {
		t.Fatal(err)
	}
	if err := m.Allow(ctx, g.ID, grants.ActionMakePayment); !errors.Is(err, grants.ErrRefused) {
		t.Fatalf("payment: %v", err)
	}
	now = now.Add(10 * time.Minute)
	if err := m.Allow(ctx, g.ID, grants.ActionView); !errors.Is(err, grants.ErrRefused) {
		t.Fatalf("after expiry: %v", err)
	}
	if _, err := m.StartRemote(ctx, "rs-none", "op", "192.0.2.1"); !errors.Is(err, grants.ErrRefused) {
		t.Fatalf("start without consent: %v", err)
	}
	rs, err := m.RecordConsent(ctx, grants.ConsentRequest{Ticket: "T-1", Operator: "op", Consent: grants.Consent{Customer: "c", Channel: "phone"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.StartRemote(ctx, rs.ID, "op", "192.0.2.1"); err != nil {
		t.Fatal(err)
	}
	if _, err := m.EndRemote(ctx, rs.ID); err != nil {
		t.Fatal(err)
	}
	var actions []string
	for e := range s.Audit.Iterate(ctx, 1) {
		actions = append(actions, e.Action)
	}
	want := []string{"impersonation.grant", "impersonation.allow", "impersonation.refuse", "impersonation.refuse",
		"remote.refuse", "remote.consent", "remote.start", "remote.end"}
	if !reflect.DeepEqual(actions, want) {
		t.Fatalf("audit = %v", actions)
	}
	if _, err := audit.VerifyStore(ctx, s.Audit, audit.VerifyOptions{}); err != nil {
		t.Fatal(err)
	}
}

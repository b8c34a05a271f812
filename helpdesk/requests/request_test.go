package requests_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/requests"
)

var received = time.Date(2026, 1, 31, 15, 0, 0, 0, time.UTC)

func newRequest() requests.Request {
	return requests.New("R-1", requests.KindAccess, "cust-42", received, requests.Calendar{})
}

func TestNewRequest(t *testing.T) {
	r := newRequest()
	if r.State != requests.StateReceived || r.Identity != requests.IdentityPending || r.Due.Format(time.DateOnly) != "2026-02-28" {
		t.Fatalf("request = %+v", r)
	}
}

// TestTransitionTable tries every move from every state: only the table's
// moves pass (identity verified and reasons given, so only the table
// decides).
func TestTransitionTable(t *testing.T) {
	all := []requests.State{requests.StateReceived, requests.StateVerifying, requests.StateInProgress,
		requests.StateExtended, requests.StateCompleted, requests.StateRefused, requests.StateClosed}
	at := received.Add(time.Hour)
	for _, from := range all {
		for _, to := range all {
			r := newRequest()
			r.State, r.Identity = from, requests.IdentityVerified
			err := r.Move(to, at, "reasons")
			legal := to != requests.StateExtended && slices.Contains(requests.Transitions[from], to)
			if legal {
				if err != nil || r.State != to {
					t.Errorf("%s → %s: %v", from, to, err)
				}
				continue
			}
			var te *requests.TransitionError
			if !errors.As(err, &te) || !errors.Is(err, requests.ErrIllegalTransition) || te.From != from || te.To != to {
				t.Errorf("%s → %s: want an illegal-transition error, got %v", from, to, err)
			}
			if r.State != from {
				t.Errorf("%s → %s: state changed to %s on a refused move", from, to, r.State)
			}
		}
	}
}

func TestMovePreconditions(t *testing.T) {
	at := received.Add(time.Hour)
	r := newRequest()
	if err := r.Move(requests.StateInProgress, at, ""); !errors.Is(err, requests.ErrIdentityNotVerified) {
		t.Fatalf("in progress without identity: %v", err)
	}
	if err := r.Move(requests.StateRefused, at, "  "); !errors.Is(err, requests.ErrReasonRequired) {
		t.Fatalf("refusal without reasons: %v", err)
	}
	if err := r.Move(requests.StateVerifying, at, "asked for the order number"); err != nil {
		t.Fatal(err)
	}
	if err := r.SetIdentity(requests.IdentityFailed, at, "order number wrong"); err != nil {
		t.Fatal(err)
	}
	if err := r.Move(requests.StateRefused, at, "identity could not be verified (Art. 12(2))"); err != nil {
		t.Fatal(err)
	}
	if r.Reason == "" || len(r.History) != 4 {
		t.Fatalf("request = %+v", r)
	}
	if err := r.SetIdentity(requests.IdentityVerified, at, ""); err == nil {
		t.Fatal("identity changed on a refused request")
	}
	if err := r.Move(requests.StateClosed, at, ""); err != nil {
		t.Fatal(err)
	}
}

func TestFullLifecycle(t *testing.T) {
	cal := requests.Calendar{}
	r := newRequest()
	steps := []func() error{
		func() error { return r.Move(requests.StateVerifying, received.Add(time.Hour), "") },
		func() error { return r.SetIdentity(requests.IdentityVerified, received.Add(2*time.Hour), "logged in") },
		func() error { return r.Move(requests.StateInProgress, received.Add(3*time.Hour), "") },
		func() error {
			return r.Extend(requests.Extension{Months: 2, Grounds: []requests.Ground{requests.GroundComplexity},
				Reasons: "ten years of tickets in three systems", Notified: time.Date(2026, 2, 20, 10, 0, 0, 0, time.UTC)}, cal)
		},
		func() error {
			return r.Move(requests.StateCompleted, time.Date(2026, 4, 30, 10, 0, 0, 0, time.UTC), "bundle sent")
		},
		func() error { return r.Move(requests.StateClosed, time.Date(2026, 5, 2, 10, 0, 0, 0, time.UTC), "") },
	}
	for i, s := range steps {
		if err := s(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	if r.Due.Format(time.DateOnly) != "2026-04-30" {
		t.Fatalf("extended due = %s", r.Due.Format(time.DateOnly))
	}
	var path []requests.State
	for _, s := range r.History {
		path = append(path, s.To)
	}
	want := []requests.State{"received", "verifying", "verifying", "in_progress", "extended", "completed", "closed"}
	if !slices.Equal(path, want) {
		t.Fatalf("history = %v", path)
	}
}

func TestExtensionRules(t *testing.T) {
	cal := requests.Calendar{}
	ok := requests.Extension{Months: 2, Grounds: []requests.Ground{requests.GroundNumber}, Reasons: "many requests this month",
		Notified: time.Date(2026, 2, 28, 23, 59, 59, 0, time.UTC)}
	tests := []struct {
		name   string
		change func(e *requests.Extension, r *requests.Request)
		err    error  // nil: accepted
		due    string // when accepted
	}{
		{"on the last day of the first month", func(*requests.Extension, *requests.Request) {}, nil, "2026-04-30"},
		{"one month", func(e *requests.Extension, _ *requests.Request) { e.Months = 1 }, nil, "2026-03-31"},
		{"the day after", func(e *requests.Extension, _ *requests.Request) {
			e.Notified = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
		}, requests.ErrExtensionLate, ""},
		{"three months", func(e *requests.Extension, _ *requests.Request) { e.Months = 3 }, requests.ErrExtensionTooLong, ""},
		{"zero months", func(e *requests.Extension, _ *requests.Request) { e.Months = 0 }, requests.ErrExtensionTooLong, ""},
		{"no reasons", func(e *requests.Extension, _ *requests.Request) { e.Reasons = " " }, requests.ErrExtensionUnjustified, ""},
		{"no ground", func(e *requests.Extension, _ *requests.Request) { e.Grounds = nil }, requests.ErrExtensionUnjustified, ""},
		{"ground outside Art. 12(3)", func(e *requests.Extension, _ *requests.Request) {
			e.Grounds = []requests.Ground{"holidays"}
		}, requests.ErrExtensionUnjustified, ""},
		{"not told", func(e *requests.Extension, _ *requests.Request) { e.Notified = time.Time{} }, requests.ErrExtensionUnjustified, ""},
		{"told before receipt", func(e *requests.Extension, _ *requests.Request) {
			e.Notified = received.Add(-time.Hour)
		}, requests.ErrExtensionUnjustified, ""},
		{"twice", func(_ *requests.Extension, r *requests.Request) {
			r.Extension = &requests.Extension{Months: 1}
		}, requests.ErrAlreadyExtended, ""},
		{"after completion", func(_ *requests.Extension, r *requests.Request) { r.State = requests.StateCompleted },
			requests.ErrIllegalTransition, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRequest()
			r.State, r.Identity = requests.StateInProgress, requests.IdentityVerified
			e := ok
			tt.change(&e, &r)
			err := r.Extend(e, cal)
			if tt.err == nil {
				if err != nil || r.State != requests.StateExtended || r.Due.Format(time.DateOnly) != tt.due {
					t.Fatalf("err %v, state %s, due %s", err, r.State, r.Due.Format(time.DateOnly))
				}
				return
			}
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if tt.err != requests.ErrIllegalTransition {
				var ee *requests.ExtensionError
				if !errors.As(err, &ee) {
					t.Fatalf("want an *ExtensionError, got %T", err)
				}
			}
			if r.State == requests.StateExtended {
				t.Fatal("state changed on a refused extension")
			}
		})
	}
}

func TestExtensionInLeapYear(t *testing.T) {
	r := requests.New("R", requests.KindErasure, "c", time.Date(2028, 1, 31, 8, 0, 0, 0, time.UTC), requests.Calendar{})
	if r.Due.Format(time.DateOnly) != "2028-02-29" {
		t.Fatalf("due = %s", r.Due.Format(time.DateOnly))
	}
	r.Move(requests.StateVerifying, r.Received, "")
	ext := requests.Extension{Months: 1, Grounds: []requests.Ground{requests.GroundComplexity}, Reasons: "r",
		Notified: time.Date(2028, 2, 29, 18, 0, 0, 0, time.UTC)}
	if err := r.Extend(ext, requests.Calendar{}); err != nil {
		t.Fatal(err)
	}
	if r.Due.Format(time.DateOnly) != "2028-03-31" {
		t.Fatalf("extended due = %s", r.Due.Format(time.DateOnly))
	}
}

func TestOverdue(t *testing.T) {
	cal := requests.Calendar{}
	r := newRequest() // due 28 February 2026
	if r.Overdue(time.Date(2026, 2, 28, 23, 59, 59, 0, time.UTC), cal) {
		t.Fatal("overdue on the due day")
	}
	if !r.Overdue(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), cal) {
		t.Fatal("not overdue the day after")
	}
	r.State = requests.StateCompleted
	if r.Overdue(time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), cal) {
		t.Fatal("a completed request is overdue")
	}
}

func TestKindValid(t *testing.T) {
	for _, k := range requests.Kinds {
		if !k.Valid() {
			t.Errorf("%s invalid", k)
		}
	}
	if requests.Kind("complaint").Valid() {
		t.Error("complaint valid")
	}
}

package grants_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
	"github.com/gdprkit/gdprkit/helpdesk/grants"
)

func ExampleManager_Allow() {
	ctx := context.Background()
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	m := &grants.Manager{
		Store: &grants.MemoryStore{},
		Audit: &audit.MemoryStore{},
		Now:   func() time.Time { return now },
	}
	g, _ := m.Impersonate(ctx, grants.ImpersonationRequest{
		Operator: "op-7", Customer: "cust-42", Ticket: "T-1001", Duration: 15 * time.Minute,
	})
	fmt.Println("view:", m.Allow(ctx, g.ID, grants.ActionView))

	err := m.Allow(ctx, g.ID, grants.ActionMakePayment)
	var refusal *grants.RefusalError
	if errors.As(err, &refusal) {
		fmt.Println("payment:", refusal.Reason)
	}
	now = now.Add(15 * time.Minute)
	errors.As(m.Allow(ctx, g.ID, grants.ActionView), &refusal)
	fmt.Println("later:", refusal.Reason)
	// Output:
	// view: <nil>
	// payment: forbidden action
	// later: expired
}

func ExampleManager_StartRemote() {
	ctx := context.Background()
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	log := &audit.MemoryStore{}
	m := &grants.Manager{Store: &grants.MemoryStore{}, Audit: log, Now: func() time.Time { return now }}

	// Without consent there is nothing to start.
	_, err := m.StartRemote(ctx, "rs_guess", "op-7", "198.51.100.7")
	fmt.Println(err)

	s, _ := m.RecordConsent(ctx, grants.ConsentRequest{
		Ticket: "T-1001", Operator: "op-7", Scope: "view screen",
		Consent: grants.Consent{Customer: "cust-42", Channel: "in_app_prompt"},
	})
	now = now.Add(2 * time.Minute)
	s, err = m.StartRemote(ctx, s.ID, "op-7", "198.51.100.7")
	fmt.Println(s.State(now), err)
	now = now.Add(25 * time.Minute)
	s, _ = m.EndRemote(ctx, s.ID)
	fmt.Println(s.Started.Format(time.TimeOnly), "→", s.Ended.Format(time.TimeOnly), "UTC")

	for e := range log.Iterate(ctx, 1) {
		fmt.Println(e.Seq, e.Action)
	}
	// Output:
	// grants: start remote session (rs_guess) refused: no recorded consent
	// active <nil>
	// 09:02:00 → 09:27:00 UTC
	// 1 remote.refuse
	// 2 remote.consent
	// 3 remote.start
	// 4 remote.end
}

package grants_test

import (
	"context"
	"testing"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
	"github.com/gdprkit/gdprkit/helpdesk/grants"
)

func BenchmarkAllow(b *testing.B) {
	m := &grants.Manager{Store: &grants.MemoryStore{}, Audit: &audit.MemoryStore{}}
	ctx := context.Background()
	g, err := m.Impersonate(ctx, grants.ImpersonationRequest{Operator: "op", Customer: "c", Ticket: "T"})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := m.Allow(ctx, g.ID, grants.ActionView); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRemoteSession(b *testing.B) {
	m := &grants.Manager{Store: &grants.MemoryStore{}, Audit: &audit.MemoryStore{}}
	ctx := context.Background()
	for b.Loop() {
		s, err := m.RecordConsent(ctx, grants.ConsentRequest{Operator: "op", Consent: grants.Consent{Customer: "c", Channel: "chat"}})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := m.StartRemote(ctx, s.ID, "op", "192.0.2.1"); err != nil {
			b.Fatal(err)
		}
		if _, err := m.EndRemote(ctx, s.ID); err != nil {
			b.Fatal(err)
		}
	}
}

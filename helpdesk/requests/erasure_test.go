package requests_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
	"github.com/gdprkit/gdprkit/helpdesk/requests"
)

var testKey = []byte("0123456789abcdef0123456789abcdef")

// fakeSubsystem counts and erases records held in a map.
func fakeSubsystem(name string, m requests.Method, held map[string]int, fail error) requests.Subsystem {
	return requests.Subsystem{
		Name: name, Method: m,
		Count: func(_ context.Context, subject string) (int, error) { return held[subject], nil },
		Erase: func(_ context.Context, subject string) (int, error) {
			if fail != nil {
				return 0, fail
			}
			n := held[subject]
			delete(held, subject)
			return n, nil
		},
	}
}

func TestErasurePlanAndReceipt(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { now = now.Add(time.Second); return now }
	const person = "Anna.Rossi@Example.it"
	tickets := map[string]int{person: 12}
	attachments := map[string]int{person: 3}
	transcripts := map[string]int{person: 2}
	actors := map[string]int{person: 40}
	backups := requests.Subsystem{Name: "backups", Method: requests.MethodExpire, Expiry: 90 * 24 * time.Hour,
		Count: func(context.Context, string) (int, error) { return 1, nil }}
	subsystems := []requests.Subsystem{
		fakeSubsystem("tickets", requests.MethodDelete, tickets, nil),
		fakeSubsystem("attachments", requests.MethodDelete, attachments, nil),
		fakeSubsystem("transcripts", requests.MethodDelete, transcripts, nil),
		fakeSubsystem("audit-actor-fields", requests.MethodPseudonymise, actors, nil),
		backups,
	}
	exceptions := []requests.Exception{
		{Subsystem: "attachments", Ground: requests.ExceptLegalObligation, Reason: "invoices: art. 2220 c.c., 10 years",
			Until: time.Date(2036, 1, 1, 0, 0, 0, 0, time.UTC)},
		{Subsystem: "transcripts", Ground: requests.ExceptLegalClaims, Reason: "dispute settled", Until: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}, // lapsed
	}
	log := &audit.MemoryStore{}
	opts := requests.ErasureOptions{Request: "R-3", Now: clock, Key: testKey, KeyID: "erasure-2026", Audit: log, Actor: "privacy-bot"}
	plan, err := requests.NewErasurePlan(ctx, person, subsystems, exceptions, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Steps) != 5 || plan.Steps[0].Records != 12 || plan.Steps[1].Exception == nil || plan.Steps[2].Exception != nil {
		t.Fatalf("plan = %+v", plan.Steps)
	}
	if want := plan.Planned.Add(90 * 24 * time.Hour); !plan.Steps[4].GoneBy.Equal(want) {
		t.Fatalf("backups gone by %v, want %v", plan.Steps[4].GoneBy, want)
	}
	receipt, err := plan.Execute(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !receipt.Complete || len(receipt.Lines) != 5 {
		t.Fatalf("receipt = %+v", receipt)
	}
	if tickets[person] != 0 || attachments[person] != 3 || transcripts[person] != 0 || actors[person] != 0 {
		t.Fatal("erased the wrong things")
	}
	got := map[string]int{}
	for _, l := range receipt.Lines {
		got[l.Subsystem] = l.Erased
	}
	if got["tickets"] != 12 || got["attachments"] != 0 || got["transcripts"] != 2 || got["audit-actor-fields"] != 40 {
		t.Fatalf("erased = %v", got)
	}
	if !receipt.Started.Before(receipt.Completed) {
		t.Fatal("times out of order")
	}
	// The receipt proves the erasure without naming the person.
	js, _ := json.Marshal(receipt)
	for _, s := range []string{"anna", "Anna", "rossi", "example.it"} {
		if strings.Contains(string(js), s) {
			t.Fatalf("receipt names the person (%q): %s", s, js)
		}
	}
	if !receipt.Concerns(testKey, "  anna.rossi@example.IT ") {
		t.Fatal("receipt does not match the normalised identity")
	}
	if receipt.Concerns(testKey, "someone@example.it") || receipt.Concerns([]byte("another key of thirty-two bytes!"), person) {
		t.Fatal("receipt matches another person or key")
	}
	// One audit event per subsystem, pseudonymous.
	var acts []string
	for e := range log.Iterate(ctx, 1) {
		acts = append(acts, e.Action)
		if strings.Contains(strings.ToLower(e.Subject), "anna") || !strings.HasPrefix(e.Subject, "hmac:") {
			t.Fatalf("audit subject = %q", e.Subject)
		}
	}
	if strings.Join(acts, ",") != "erasure.delete,erasure.kept,erasure.delete,erasure.pseudonymise,erasure.expire" {
		t.Fatalf("audit = %v", acts)
	}
}

func TestErasureFailingSubsystem(t *testing.T) {
	ctx := context.Background()
	boom := errors.New("attachment store offline")
	held := map[string]int{"c": 1}
	subs := []requests.Subsystem{
		fakeSubsystem("attachments", requests.MethodDelete, map[string]int{"c": 2}, boom),
		fakeSubsystem("tickets", requests.MethodDelete, held, nil),
	}
	plan, err := requests.NewErasurePlan(ctx, "c", subs, nil, requests.ErasureOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := plan.Execute(ctx, requests.ErasureOptions{Key: testKey})
	if !errors.Is(err, boom) || r.Complete || r.Lines[0].Error == "" || r.Lines[1].Erased != 1 {
		t.Fatalf("receipt %+v, err %v", r, err)
	}
}

func TestErasurePlanRefusals(t *testing.T) {
	ctx := context.Background()
	subs := []requests.Subsystem{fakeSubsystem("tickets", requests.MethodDelete, map[string]int{}, nil)}
	tests := []struct {
		name    string
		subject string
		subs    []requests.Subsystem
		exc     []requests.Exception
	}{
		{"no subject", " ", subs, nil},
		{"unknown subsystem", "c", subs, []requests.Exception{{Subsystem: "crm", Ground: requests.ExceptLegalHold, Reason: "x"}}},
		{"exception without reason", "c", subs, []requests.Exception{{Ground: requests.ExceptLegalHold}}},
		{"exception without ground", "c", subs, []requests.Exception{{Reason: "x"}}},
		{"repeated subsystem", "c", append(subs, subs[0]), nil},
		{"no eraser", "c", []requests.Subsystem{{Name: "x", Method: requests.MethodDelete, Count: subs[0].Count}}, nil},
	}
	for _, tt := range tests {
		if _, err := requests.NewErasurePlan(ctx, tt.subject, tt.subs, tt.exc, requests.ErasureOptions{}); err == nil {
			t.Errorf("%s: accepted", tt.name)
		}
	}
	plan, _ := requests.NewErasurePlan(ctx, "c", subs, nil, requests.ErasureOptions{})
	if _, err := plan.Execute(ctx, requests.ErasureOptions{Key: []byte("short")}); !errors.Is(err, requests.ErrShortKey) {
		t.Fatalf("short key: %v", err)
	}
}

func TestSubjectDigest(t *testing.T) {
	a, _ := requests.SubjectDigest(testKey, "Mario  Rossi")
	b, _ := requests.SubjectDigest(testKey, " mario rossi")
	// Decomposed "è" (e + U+0300) normalises to the composed form.
	c, _ := requests.SubjectDigest(testKey, "Nicolò")
	d, _ := requests.SubjectDigest(testKey, "Nicolo\u0300")
	if a != b || c != d || len(a) != 64 {
		t.Fatalf("digests: %s %s %s %s", a, b, c, d)
	}
	// HMAC-SHA-256("0123…cdef", "mario rossi"), computed with Python's hmac module.
	const want = "7066b4b811f09c4428318fd6c5f58ac197dbdf16406ceb5f5684da9349f69354"
	if a != want {
		t.Fatalf("digest = %s, want %s", a, want)
	}
	if got := requests.ExceptLegalClaims.Article(); got != "Art. 17(3)(e)" {
		t.Fatalf("Article = %s", got)
	}
}

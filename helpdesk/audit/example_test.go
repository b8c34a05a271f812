package audit_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

// A fixed clock keeps the example's output stable.
func fixedClock() time.Time { return time.Date(2026, 11, 22, 10, 30, 0, 0, time.UTC) }

func Example() {
	ctx := context.Background()
	log := audit.Logger{Store: &audit.MemoryStore{}, Now: fixedClock}

	log.Record(ctx, audit.Event{Actor: "op-7", Action: "ticket.read", Subject: "cust-42", Ticket: "T-1001", Purpose: "support"})
	log.Record(ctx, audit.Event{Actor: "op-7", Action: "ticket.export", Subject: "cust-42", Ticket: "T-1001",
		Purpose: "access request", Details: map[string]string{"request": "R-9"}})

	rep, err := audit.VerifyStore(ctx, log.Store, audit.VerifyOptions{})
	fmt.Println(rep.Events, "events verified; error:", err)
	// Output: 2 events verified; error: <nil>
}

func ExampleVerify() {
	ctx := context.Background()
	var store audit.MemoryStore
	log := audit.Logger{Store: &store, Now: fixedClock}
	for _, who := range []string{"op-1", "op-2", "op-3"} {
		log.Record(ctx, audit.Event{Actor: who, Action: "ticket.read", Ticket: "T-7"})
	}
	var events []audit.Event
	for e := range store.Iterate(ctx, 1) {
		events = append(events, e)
	}
	events[1].Actor = "op-9" // someone edits the log

	_, err := audit.Verify(audit.Events(events), audit.VerifyOptions{})
	var be *audit.BreakError
	if errors.As(err, &be) {
		fmt.Println("broken at seq", be.Seq, "-", be.Kind)
	}
	// Output: broken at seq 2 - changed
}

func ExampleWriteJSONL() {
	ctx := context.Background()
	var store audit.MemoryStore
	log := audit.Logger{Store: &store, Now: fixedClock}
	log.Record(ctx, audit.Event{Actor: "op-1", Action: "impersonation.grant", Subject: "cust-42", Ticket: "T-7"})

	var out strings.Builder
	audit.WriteJSONL(&out, store.Iterate(ctx, 1))
	// Print the line without its 64-digit hashes.
	line := out.String()
	fmt.Print(line[:strings.Index(line, `"prev_hash"`)] + "…}\n")

	rep, err := audit.VerifyJSONL(strings.NewReader(out.String()), audit.VerifyOptions{})
	fmt.Println(rep.Events, err)
	// Output:
	// {"seq":1,"time":"2026-11-22T10:30:00Z","actor":"op-1","action":"impersonation.grant","subject":"cust-42","ticket":"T-7",…}
	// 1 <nil>
}

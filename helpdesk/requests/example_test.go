package requests_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/requests"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

func ExampleAddMonths() {
	for _, d := range []string{"2026-03-05", "2026-01-31", "2028-01-31", "2026-03-31"} {
		t, _ := time.Parse(time.DateOnly, d)
		fmt.Println(d, "→", requests.AddMonths(t, 1).Format(time.DateOnly))
	}
	// Output:
	// 2026-03-05 → 2026-04-05
	// 2026-01-31 → 2026-02-28
	// 2028-01-31 → 2028-02-29
	// 2026-03-31 → 2026-04-30
}

func ExampleRequest_Extend() {
	cal := requests.Calendar{}
	r := requests.New("R-1", requests.KindAccess, "cust-42", time.Date(2026, 1, 31, 9, 0, 0, 0, time.UTC), cal)
	fmt.Println("due", r.Due.Format(time.DateOnly))

	r.Move(requests.StateVerifying, r.Received, "")
	late := requests.Extension{Months: 2, Grounds: []requests.Ground{requests.GroundComplexity},
		Reasons: "tickets in three systems", Notified: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	fmt.Println(errors.Is(r.Extend(late, cal), requests.ErrExtensionLate))

	onTime := late
	onTime.Notified = time.Date(2026, 2, 20, 9, 0, 0, 0, time.UTC)
	fmt.Println(r.Extend(onTime, cal), "due", r.Due.Format(time.DateOnly))
	// Output:
	// due 2026-02-28
	// true
	// <nil> due 2026-04-30
}

func ExampleRequest_Move() {
	r := requests.New("R-2", requests.KindErasure, "cust-42", time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC), requests.Calendar{})
	fmt.Println(r.Move(requests.StateCompleted, r.Received, ""))
	fmt.Println(r.Move(requests.StateInProgress, r.Received, ""))
	r.SetIdentity(requests.IdentityVerified, r.Received, "signed in")
	fmt.Println(r.Move(requests.StateInProgress, r.Received, ""), r.State)
	// Output:
	// requests: R-2: received → completed: illegal transition
	// requests: R-2: received → in_progress: identity not verified
	// <nil> in_progress
}

func ExampleNewBundle() {
	tickets := []ticket.Ticket{{
		ID: "T-1", Subject: "cust-42", Channel: "chat", Created: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC),
		Fields:   []ticket.Field{{Name: "email", Value: "anna@example.it"}},
		Messages: []ticket.Message{{Author: "customer", Body: "My colleague luca@example.com has the same problem"}},
	}}
	// helpdesk/redact provides a real redactor.
	redact := func(s string) string { return strings.ReplaceAll(s, "luca@example.com", "[email]") }
	b, err := requests.NewBundle("cust-42", slices.Values(tickets), requests.BundleOptions{
		Request: "R-7", Generated: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), Redactor: redact,
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(b.Tickets[0].Messages[0].Body)
	files, _ := b.Files()
	for _, f := range files {
		fmt.Println(f.Name)
	}
	// Output:
	// My colleague [email] has the same problem
	// bundle.json
	// bundle.schema.json
	// tickets.csv
	// items.csv
}

func ExampleNewErasurePlan() {
	ctx := context.Background()
	count := func(n int) func(context.Context, string) (int, error) {
		return func(context.Context, string) (int, error) { return n, nil }
	}
	subsystems := []requests.Subsystem{
		{Name: "tickets", Method: requests.MethodDelete, Count: count(12), Erase: count(12)},
		{Name: "attachments", Method: requests.MethodDelete, Count: count(3), Erase: count(3)},
		{Name: "backups", Method: requests.MethodExpire, Count: count(1), Expiry: 90 * 24 * time.Hour},
	}
	exceptions := []requests.Exception{{Subsystem: "attachments", Ground: requests.ExceptLegalObligation,
		Reason: "invoices: art. 2220 c.c."}}
	opts := requests.ErasureOptions{
		Request: "R-3", Key: []byte("a 32-byte key held by the DPO!!!"),
		Now: func() time.Time { return time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC) },
	}
	plan, _ := requests.NewErasurePlan(ctx, "anna@example.it", subsystems, exceptions, opts)
	receipt, _ := plan.Execute(ctx, opts)
	for _, l := range receipt.Lines {
		switch {
		case l.Exception != nil:
			fmt.Printf("%s: kept (%s)\n", l.Subsystem, l.Exception.Ground.Article())
		case !l.GoneBy.IsZero():
			fmt.Printf("%s: gone by %s\n", l.Subsystem, l.GoneBy.Format(time.DateOnly))
		default:
			fmt.Printf("%s: %d erased\n", l.Subsystem, l.Erased)
		}
	}
	fmt.Println(receipt.Complete, receipt.Concerns(opts.Key, "Anna@Example.it"))
	// Output:
	// tickets: 12 erased
	// attachments: kept (Art. 17(3)(b))
	// backups: gone by 2026-08-02
	// true true
}

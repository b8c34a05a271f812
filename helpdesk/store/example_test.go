package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
	"github.com/gdprkit/gdprkit/helpdesk/requests"
	"github.com/gdprkit/gdprkit/helpdesk/store"
)

func ExampleOpenSQLite() {
	dir, _ := os.MkdirTemp("", "gdprkit")
	defer os.RemoveAll(dir)
	ctx := context.Background()

	db, err := store.OpenSQLite(ctx, filepath.Join(dir, "helpdesk.db"))
	if err != nil {
		panic(err)
	}
	defer db.Close()
	s := db.Stores()

	at := time.Date(2026, 1, 31, 10, 0, 0, 0, time.UTC)
	s.Audit.Append(ctx, audit.Event{Time: at, Actor: "op-7", Action: "ticket.read", Subject: "cust-42", Ticket: "T-1"})
	rep, err := audit.VerifyStore(ctx, s.Audit, audit.VerifyOptions{})
	fmt.Println("verified", rep.Events, "event(s):", err)

	s.Requests.Create(ctx, requests.New("R-1", requests.KindAccess, "cust-42", at, requests.Calendar{}))
	open, _ := s.Requests.List(ctx, requests.Filter{States: requests.OpenStates})
	for _, r := range open {
		fmt.Println(r.ID, r.Kind, "due", r.Due.Format(time.DateOnly))
	}
	// Output:
	// verified 1 event(s): <nil>
	// R-1 access due 2026-02-28
}

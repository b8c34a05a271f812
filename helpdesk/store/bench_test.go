package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

// BenchmarkAuditAppend measures audit appends, one per transaction and in
// batches of 100, on SQLite and PostgreSQL; events/s is the figure to read.
// The test PostgreSQL server runs with fsync off; SQLite runs in WAL mode
// with synchronous=NORMAL, as OpenSQLite sets it.
func BenchmarkAuditAppend(b *testing.B) {
	backends := []struct {
		name string
		open func(testing.TB) *testDB
	}{{"sqlite", openSQLite}, {"postgres", openPostgres}}
	for _, be := range backends {
		for _, batch := range []int{1, 100} {
			b.Run(fmt.Sprintf("%s/batch=%d", be.name, batch), func(b *testing.B) {
				db := be.open(b)
				log := db.Audit()
				ctx := context.Background()
				events := make([]audit.Event, batch)
				for i := range events {
					events[i] = audit.Event{Time: time.Unix(1767225600, 0), Actor: "op-7", Action: "ticket.read",
						Subject: "cust-42", Ticket: "T-1001", Purpose: "support", Details: map[string]string{"ip": "192.0.2.1"}}
				}
				n := 0
				for b.Loop() {
					if _, err := log.AppendBatch(ctx, events); err != nil {
						b.Fatal(err)
					}
					n += batch
				}
				b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
			})
		}
	}
}

// BenchmarkVerifyStore reads back and verifies 10,000 events.
func BenchmarkVerifyStore(b *testing.B) {
	for _, be := range []struct {
		name string
		open func(testing.TB) *testDB
	}{{"sqlite", openSQLite}, {"postgres", openPostgres}} {
		b.Run(be.name, func(b *testing.B) {
			db := be.open(b)
			ctx := context.Background()
			events := make([]audit.Event, 10_000)
			for i := range events {
				events[i] = audit.Event{Time: time.Unix(int64(i), 0), Actor: "op", Action: "ticket.read", Ticket: fmt.Sprint(i)}
			}
			if _, err := db.Audit().AppendBatch(ctx, events); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := audit.VerifyStore(ctx, db.Audit(), audit.VerifyOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

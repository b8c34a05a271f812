package store_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
	"github.com/gdprkit/gdprkit/helpdesk/store"
	"github.com/gdprkit/gdprkit/helpdesk/store/storetest"
)

func TestMemoryConformance(t *testing.T) {
	storetest.Run(t, func(*testing.T) store.Stores { return store.MemoryStores() })
}

func TestSQLiteConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Stores { return openSQLite(t).Stores() })
}

func TestPostgresConformance(t *testing.T) {
	needPostgres(t)
	storetest.Run(t, func(t *testing.T) store.Stores { return openPostgres(t).Stores() })
}

// dbs runs fn against SQLite and PostgreSQL.
func dbs(t *testing.T, fn func(t *testing.T, open func(t testing.TB) *testDB)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, openSQLite) })
	t.Run("postgres", func(t *testing.T) { needPostgres(t); fn(t, openPostgres) })
}

func TestMigrationsAppliedOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kit.db")
	for range 2 {
		db, err := store.OpenSQLite(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		v, err := db.SchemaVersion(ctx)
		if err != nil || v != store.SchemaVersion() {
			t.Fatalf("schema version %d %v", v, err)
		}
		db.Close()
	}
	raw, _ := sql.Open("sqlite", path)
	defer raw.Close()
	var n int
	raw.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&n)
	if n != len([]int{store.SchemaVersion()}) {
		t.Fatalf("%d migration rows", n)
	}
	var mode string
	raw.QueryRow(`PRAGMA journal_mode`).Scan(&mode)
	if mode != "wal" {
		t.Fatalf("journal mode %q", mode)
	}
}

func TestPostgresReopen(t *testing.T) {
	srv := needPostgres(t)
	ctx := context.Background()
	dsn, err := srv.NewDatabase(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Two processes opening a fresh database at once migrate it once.
	errs := make(chan error, 2)
	for range 2 {
		go func() {
			db, err := store.OpenPostgres(ctx, dsn)
			if err == nil {
				db.Close()
			}
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	db, err := store.OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, err := db.SchemaVersion(ctx); err != nil || v != store.SchemaVersion() {
		t.Fatalf("schema version %d %v", v, err)
	}
}

// TestAuditAppendOnlyInDatabase: the database itself refuses to change or
// remove an event.
func TestAuditAppendOnlyInDatabase(t *testing.T) {
	dbs(t, func(t *testing.T, open func(testing.TB) *testDB) {
		ctx := context.Background()
		db := open(t)
		if _, err := db.Audit().Append(ctx, audit.Event{Time: time.Now(), Actor: "a", Action: "b"}); err != nil {
			t.Fatal(err)
		}
		raw := db.raw
		for _, q := range []string{`UPDATE audit_events SET actor = 'x'`, `DELETE FROM audit_events`} {
			_, err := raw.ExecContext(ctx, q)
			if err == nil || !strings.Contains(err.Error(), "append-only") {
				t.Errorf("%s: %v", q, err)
			}
		}
		if db.Dialect() == store.Postgres {
			if _, err := raw.ExecContext(ctx, `TRUNCATE audit_events`); err == nil {
				t.Error("TRUNCATE allowed")
			}
		}
	})
}

// TestAuditTwoHandles appends through two independent handles on one
// database, as two processes would: the chain stays whole.
func TestAuditTwoHandles(t *testing.T) {
	dbs(t, func(t *testing.T, open func(testing.TB) *testDB) {
		ctx := context.Background()
		a := open(t)
		b := a.reopen(t)
		done := make(chan error, 2)
		for _, db := range []*store.DB{a.DB, b} {
			go func() {
				for i := range 30 {
					if _, err := db.Audit().Append(ctx, audit.Event{Time: time.Unix(int64(i), 0), Actor: db.Dialect().String(), Action: "x"}); err != nil {
						done <- err
						return
					}
				}
				done <- nil
			}()
		}
		for range 2 {
			if err := <-done; err != nil {
				t.Fatal(err)
			}
		}
		head, _ := a.Audit().Head(ctx)
		rep, err := audit.VerifyStore(ctx, b.Audit(), audit.VerifyOptions{Head: &head})
		if err != nil || rep.Events != 60 {
			t.Fatalf("verify: %+v %v", rep, err)
		}
	})
}

// TestVerifyDetectsTamperingInDatabase changes a stored event behind the
// triggers' back and expects Verify to name it.
func TestVerifyDetectsTamperingInDatabase(t *testing.T) {
	dbs(t, func(t *testing.T, open func(testing.TB) *testDB) {
		ctx := context.Background()
		db := open(t)
		for i := range 5 {
			db.Audit().Append(ctx, audit.Event{Time: time.Unix(int64(i), 0), Actor: "op", Action: "ticket.read", Subject: "c"})
		}
		raw := db.raw
		disable, enable := `DROP TRIGGER audit_events_no_update`, ""
		if db.Dialect() == store.Postgres {
			disable = `ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`
			enable = `ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change`
		}
		if _, err := raw.ExecContext(ctx, disable); err != nil {
			t.Fatal(err)
		}
		if _, err := raw.ExecContext(ctx, `UPDATE audit_events SET subject = 'someone else' WHERE seq = 3`); err != nil {
			t.Fatal(err)
		}
		if enable != "" {
			raw.ExecContext(ctx, enable)
		}
		_, err := audit.VerifyStore(ctx, db.Audit(), audit.VerifyOptions{})
		var be *audit.BreakError
		if !errorsAs(err, &be) || be.Seq != 3 || be.Kind != audit.BreakChanged {
			t.Fatalf("verify: %v", err)
		}
	})
}

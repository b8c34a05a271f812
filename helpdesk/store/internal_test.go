package store_test

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"

	"github.com/gdprkit/gdprkit/helpdesk/store"
)

func errorsAs(err error, target any) bool { return errors.As(err, target) }

// testDB is an open store database with what tests need beside it: a raw
// connection (to tamper behind the store's back) and a way to open a
// second, independent handle, as a second process would.
type testDB struct {
	*store.DB
	raw    *sql.DB
	reopen func(t testing.TB) *store.DB
}

func openSQLite(t testing.TB) *testDB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kit.db")
	open := func(t testing.TB) *store.DB {
		db, err := store.OpenSQLite(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	db := open(t)
	raw, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	return &testDB{DB: db, raw: raw, reopen: open}
}

func openPostgres(t testing.TB) *testDB {
	t.Helper()
	srv := needPostgres(t)
	ctx := context.Background()
	dsn, err := srv.NewDatabase(ctx)
	if err != nil {
		t.Fatal(err)
	}
	open := func(t testing.TB) *store.DB {
		db, err := store.OpenPostgres(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	db := open(t)
	raw, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	return &testDB{DB: db, raw: raw, reopen: open}
}

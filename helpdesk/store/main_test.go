package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/gdprkit/gdprkit/helpdesk/store/internal/pgtest"
)

// pg is the PostgreSQL test server, nil when none is installed.
var pg *pgtest.Server

// pgMissing says why pg is nil.
var pgMissing error

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	srv, err := pgtest.Start(context.Background())
	switch {
	case errors.Is(err, pgtest.ErrNoServer) && os.Getenv("CI") == "true":
		fmt.Fprintln(os.Stderr, "FAIL: CI=true but PostgreSQL is not installed:", err)
		return 1
	case errors.Is(err, pgtest.ErrNoServer):
		pgMissing = err
	case err != nil:
		fmt.Fprintln(os.Stderr, "FAIL: start PostgreSQL:", err)
		return 1
	default:
		pg = srv
		defer srv.Stop()
	}
	return m.Run()
}

// needPostgres skips t, with the reason, when no server is installed;
// TestMain has already failed the run in CI.
func needPostgres(t testing.TB) *pgtest.Server {
	t.Helper()
	if pg == nil {
		t.Skipf("PostgreSQL tests skipped: %v (install Debian's postgresql package)", pgMissing)
	}
	return pg
}

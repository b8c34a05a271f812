package cli

import (
	"bytes"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// runMain runs the CLI in-process and returns the exit code and output.
func runMain(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestAuditVerifyTamperedStore changes the SQLite store behind the
// store's back — dropping the triggers that make the log append-only, as
// someone with the database file can — and expects verify to name the
// broken event.
func TestAuditVerifyTamperedStore(t *testing.T) {
	tests := []struct {
		name, sql, want string
	}{
		{"changed", `DROP TRIGGER audit_events_no_update; UPDATE audit_events SET actor = 'mallory' WHERE seq = 2`,
			"audit log broken at seq 2: changed: the event does not match its hash"},
		{"deleted", `DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events WHERE seq = 2`,
			"audit log broken at seq 3: deleted: seq 2 is missing"},
		{"relinked", `DROP TRIGGER audit_events_no_update; UPDATE audit_events SET prev_hash = hash WHERE seq = 3`,
			"audit log broken at seq 3: unlinked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "s.db")
			for _, subject := range []string{"cust-1", "cust-2", "cust-3"} {
				if code, _, errs := runMain("requests", "open", "--db", db, "--kind", "access", "--subject", subject, "--received", "2026-03-02"); code != 0 {
					t.Fatalf("open: %d %s", code, errs)
				}
			}
			if code, out, errs := runMain("audit", "verify", "--db", db); code != 0 || !strings.Contains(out, "OK, 3 event(s)") {
				t.Fatalf("before: %d %s %s", code, out, errs)
			}
			sqlDB, err := sql.Open("sqlite", db)
			if err != nil {
				t.Fatal(err)
			}
			for _, stmt := range strings.Split(tt.sql, "; ") {
				if _, err := sqlDB.Exec(stmt); err != nil {
					t.Fatalf("%s: %v", stmt, err)
				}
			}
			sqlDB.Close()
			code, _, errs := runMain("audit", "verify", "--db", db)
			if code != ExitFindings || !strings.Contains(errs, tt.want) {
				t.Errorf("after: exit %d, stderr %q; want 1 and %q", code, errs, tt.want)
			}
		})
	}
}

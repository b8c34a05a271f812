package cli

import (
	"context"
	"errors"
	"os"
	"strings"
	"time"
	_ "time/tzdata" // --tz works on systems without a zoneinfo database

	"github.com/spf13/cobra"

	"github.com/gdprkit/gdprkit/helpdesk/store"
)

// dbEnv names the environment variable that gives --db its default, so a
// DPO's shell can set the store once.
const dbEnv = "GDPRKIT_DB"

// dbFlag adds --db to c and returns where it lands.
func dbFlag(c *cobra.Command, persistent bool) *string {
	var path string
	fs := c.Flags()
	if persistent {
		fs = c.PersistentFlags()
	}
	fs.StringVar(&path, "db", os.Getenv(dbEnv), "SQLite file of the helpdesk store (default $"+dbEnv+")")
	return &path
}

// openDB opens the SQLite store at path. A command that only reads refuses
// a missing file, rather than create an empty store and report on it.
func openDB(ctx context.Context, path string, create bool) (*store.DB, error) {
	if path == "" {
		return nil, usageErr("no store given: use --db FILE or set $%s", dbEnv)
	}
	if !create {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, usageErr("no store at %s", path)
		}
	}
	db, err := store.OpenSQLite(ctx, path)
	if err != nil {
		return nil, &exitError{code: ExitUsage, err: err}
	}
	return db, nil
}

// parseLocation parses --tz: an IANA zone name such as Europe/Rome.
func parseLocation(name string) (*time.Location, error) {
	if name == "" || strings.EqualFold(name, "UTC") {
		return time.UTC, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, usageErr("--tz: unknown time zone %q (use an IANA name such as Europe/Rome)", name)
	}
	return loc, nil
}

// whenLayouts are the forms a date or time flag accepts; times without a
// zone are read in the calendar's zone.
var whenLayouts = []string{time.DateOnly, "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02T15:04:05", "2006-01-02 15:04:05"}

// parseWhen parses a date (midnight), a date and time, or an RFC 3339
// time, the first two in loc.
func parseWhen(flag, s string, loc *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	for _, l := range whenLayouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, usageErr("%s: %q is not a date (YYYY-MM-DD), a date and time (YYYY-MM-DDTHH:MM) or an RFC 3339 time", flag, s)
}

// optionalWhen is parseWhen for a flag whose zero means "now".
func optionalWhen(flag, s string, loc *time.Location) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return parseWhen(flag, s, loc)
}

// orNA shows an empty value as a dash.
func orNA(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// quoteList formats allowed values for an error message.
func quoteList(vs []string) string { return strings.Join(vs, ", ") }

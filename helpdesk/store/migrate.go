package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// migration is one versioned change of the schema, in both dialects.
type migration struct {
	version  int
	name     string
	sqlite   []string
	postgres []string
}

// zeroHash is the hash before the first audit event, in hex.
var zeroHash = strings.Repeat("0", 64)

var migrations = []migration{
	{
		version: 1, name: "audit log, requests, grants",
		sqlite: []string{
			`CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL, hash TEXT NOT NULL)`,
			`INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '` + zeroHash + `')`,
			`CREATE TABLE audit_events (
				seq BIGINT PRIMARY KEY, time_us BIGINT NOT NULL,
				actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL, ticket TEXT NOT NULL, purpose TEXT NOT NULL,
				details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)`,
			`CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
				BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`,
			`CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
				BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`,
			`CREATE TABLE requests (
				id TEXT PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, state TEXT NOT NULL,
				due_us BIGINT NOT NULL, version BIGINT NOT NULL, body TEXT NOT NULL)`,
			`CREATE INDEX requests_due ON requests (due_us, id)`,
			`CREATE INDEX requests_subject ON requests (subject)`,
			`CREATE TABLE impersonations (id TEXT PRIMARY KEY, ended_us BIGINT, body TEXT NOT NULL)`,
			`CREATE TABLE remote_sessions (id TEXT PRIMARY KEY, started_us BIGINT, ended_us BIGINT, body TEXT NOT NULL)`,
		},
		postgres: []string{
			`CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL, hash TEXT NOT NULL)`,
			`INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '` + zeroHash + `')`,
			`CREATE TABLE audit_events (
				seq BIGINT PRIMARY KEY, time_us BIGINT NOT NULL,
				actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL, ticket TEXT NOT NULL, purpose TEXT NOT NULL,
				details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)`,
			`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$`,
			`CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
				FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
			`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
				FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
			`CREATE TABLE requests (
				id TEXT PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, state TEXT NOT NULL,
				due_us BIGINT NOT NULL, version BIGINT NOT NULL, body TEXT NOT NULL)`,
			`CREATE INDEX requests_due ON requests (due_us, id)`,
			`CREATE INDEX requests_subject ON requests (subject)`,
			`CREATE TABLE impersonations (id TEXT PRIMARY KEY, ended_us BIGINT, body TEXT NOT NULL)`,
			`CREATE TABLE remote_sessions (id TEXT PRIMARY KEY, started_us BIGINT, ended_us BIGINT, body TEXT NOT NULL)`,
		},
	},
}

// SchemaVersion is the schema version this package writes.
func SchemaVersion() int { return migrations[len(migrations)-1].version }

// migrate applies the migrations db lacks, in one transaction, recording
// each in schema_migrations: a failed migration leaves the schema as it
// was. On PostgreSQL an advisory lock keeps two processes from migrating at
// once (CREATE TABLE IF NOT EXISTS alone races there); on SQLite the write
// transaction (BEGIN IMMEDIATE) does.
func migrate(ctx context.Context, db *sql.DB, d Dialect) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	defer tx.Rollback()
	if d == Postgres {
		// Any fixed key: it names this package's migration lock.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7411001)`); err != nil {
			return fmt.Errorf("store: migration lock: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_us BIGINT NOT NULL)`); err != nil {
		return fmt.Errorf("store: create schema_migrations: %w", err)
	}
	var current sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&current); err != nil {
		return fmt.Errorf("store: schema version: %w", err)
	}
	if int(current.Int64) > SchemaVersion() {
		return fmt.Errorf("store: the database has schema version %d, newer than this program's %d", current.Int64, SchemaVersion())
	}
	for _, m := range migrations {
		if m.version <= int(current.Int64) {
			continue
		}
		stmts := m.sqlite
		if d == Postgres {
			stmts = m.postgres
		}
		for _, s := range stmts {
			if _, err := tx.ExecContext(ctx, s); err != nil {
				return fmt.Errorf("store: migration %d (%s): %w", m.version, m.name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, d.rebind(`INSERT INTO schema_migrations (version, name, applied_us) VALUES (?, ?, ?)`),
			m.version, m.name, nowMicros()); err != nil {
			return fmt.Errorf("store: migration %d: %w", m.version, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	return nil
}

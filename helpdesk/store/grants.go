package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/grants"
)

// grantStore keeps grants and sessions as JSON bodies; the started and
// ended columns carry the compare-and-set conditions.
type grantStore struct {
	db *sql.DB
	d  Dialect
}

func (s *grantStore) CreateImpersonation(ctx context.Context, g grants.Impersonation) error {
	body, err := json.Marshal(g)
	if err != nil {
		return err
	}
	return s.insert(ctx, `INSERT INTO impersonations (id, ended_us, body) VALUES (?, ?, ?)`, `impersonations`, g.ID,
		micros(g.Ended), string(body))
}

func (s *grantStore) CreateRemote(ctx context.Context, r grants.RemoteSession) error {
	body, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return s.insert(ctx, `INSERT INTO remote_sessions (id, started_us, ended_us, body) VALUES (?, ?, ?, ?)`, `remote_sessions`, r.ID,
		micros(r.Started), micros(r.Ended), string(body))
}

// insert runs an INSERT after checking in the same transaction that id is
// free, so a taken id is grants.ErrExists in both dialects.
func (s *grantStore) insert(ctx context.Context, q, table, id string, args ...any) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: %s: %w", table, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*) FROM `+table+` WHERE id = ?`), id).Scan(&n); err != nil {
		return fmt.Errorf("store: %s: %w", table, err)
	}
	if n > 0 {
		return grants.ErrExists
	}
	if _, err := tx.ExecContext(ctx, s.d.rebind(q), append([]any{id}, args...)...); err != nil {
		return fmt.Errorf("store: %s %s: %w", table, id, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: %s: %w", table, err)
	}
	return nil
}

func (s *grantStore) Impersonation(ctx context.Context, id string) (grants.Impersonation, error) {
	var g grants.Impersonation
	err := s.get(ctx, s.db, `impersonations`, id, &g)
	return g, err
}

func (s *grantStore) Remote(ctx context.Context, id string) (grants.RemoteSession, error) {
	var r grants.RemoteSession
	err := s.get(ctx, s.db, `remote_sessions`, id, &r)
	return r, err
}

type querier interface {
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

func (s *grantStore) get(ctx context.Context, q querier, table, id string, v any) error {
	var body string
	err := q.QueryRowContext(ctx, s.d.rebind(`SELECT body FROM `+table+` WHERE id = ?`+s.lock(q)), id).Scan(&body)
	if err != nil {
		if nf := notFound(err, grants.ErrNotFound); nf == grants.ErrNotFound {
			return nf
		}
		return fmt.Errorf("store: %s %s: %w", table, id, err)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		return fmt.Errorf("store: %s %s: %w", table, id, err)
	}
	return nil
}

// lock locks the row read inside a transaction (PostgreSQL).
func (s *grantStore) lock(q querier) string {
	if _, ok := q.(*sql.Tx); ok {
		return s.d.forUpdate()
	}
	return ""
}

func (s *grantStore) EndImpersonation(ctx context.Context, id string, at time.Time) (grants.Impersonation, error) {
	var g grants.Impersonation
	err := s.update(ctx, `impersonations`, id, &g, func() error {
		if !g.Ended.IsZero() {
			return grants.ErrAlreadyEnded
		}
		g.Ended = at.UTC()
		return nil
	}, func(body string) (string, []any) {
		return `UPDATE impersonations SET ended_us = ?, body = ? WHERE id = ? AND ended_us IS NULL`,
			[]any{micros(g.Ended), body, id}
	})
	return g, err
}

func (s *grantStore) StartRemote(ctx context.Context, id string, at time.Time, customerIP string, deadline time.Time) (grants.RemoteSession, error) {
	var r grants.RemoteSession
	err := s.update(ctx, `remote_sessions`, id, &r, func() error {
		if !r.Started.IsZero() {
			return grants.ErrAlreadyStarted
		}
		r.Started, r.CustomerIP, r.Deadline = at.UTC(), customerIP, deadline.UTC()
		return nil
	}, func(body string) (string, []any) {
		return `UPDATE remote_sessions SET started_us = ?, body = ? WHERE id = ? AND started_us IS NULL`,
			[]any{micros(r.Started), body, id}
	})
	return r, err
}

func (s *grantStore) EndRemote(ctx context.Context, id string, at time.Time) (grants.RemoteSession, error) {
	var r grants.RemoteSession
	err := s.update(ctx, `remote_sessions`, id, &r, func() error {
		switch {
		case r.Started.IsZero():
			return grants.ErrNotStarted
		case !r.Ended.IsZero():
			return grants.ErrAlreadyEnded
		}
		r.Ended = at.UTC()
		return nil
	}, func(body string) (string, []any) {
		return `UPDATE remote_sessions SET ended_us = ?, body = ? WHERE id = ? AND started_us IS NOT NULL AND ended_us IS NULL`,
			[]any{micros(r.Ended), body, id}
	})
	return r, err
}

// update reads the row into v inside a transaction (the row locked on
// PostgreSQL, the write lock held on SQLite), lets change check and modify
// v, and writes it back with stmt, a conditional UPDATE that also holds the
// check, so a single use stays single even without the locks.
func (s *grantStore) update(ctx context.Context, table, id string, v any, change func() error,
	stmt func(body string) (string, []any)) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: %s: %w", table, err)
	}
	defer tx.Rollback()
	if err := s.get(ctx, tx, table, id, v); err != nil {
		return err
	}
	if err := change(); err != nil {
		return err
	}
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	q, args := stmt(string(body))
	res, err := tx.ExecContext(ctx, s.d.rebind(q), args...)
	if err != nil {
		return fmt.Errorf("store: %s %s: %w", table, id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("store: %s %s: %w", table, id, err)
	} else if n == 0 {
		// Changed between the read and the write: cannot happen under the
		// locks above; the condition refused it all the same.
		return fmt.Errorf("store: %s %s changed meanwhile: %w", table, id, grants.ErrAlreadyStarted)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: %s: %w", table, err)
	}
	return nil
}

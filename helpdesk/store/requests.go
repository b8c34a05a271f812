package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/gdprkit/gdprkit/helpdesk/requests"
)

// requestStore keeps requests as JSON bodies with the columns that lists
// filter and sort on.
type requestStore struct {
	db *sql.DB
	d  Dialect
}

func (s *requestStore) Create(ctx context.Context, r requests.Request) (requests.Request, error) {
	r.Version = 1
	body, err := json.Marshal(r)
	if err != nil {
		return requests.Request{}, fmt.Errorf("store: request %s: %w", r.ID, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return requests.Request{}, fmt.Errorf("store: create request: %w", err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*) FROM requests WHERE id = ?`), r.ID).Scan(&n); err != nil {
		return requests.Request{}, fmt.Errorf("store: create request: %w", err)
	}
	if n > 0 {
		return requests.Request{}, requests.ErrExists
	}
	if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO requests (id, kind, subject, state, due_us, version, body) VALUES (?, ?, ?, ?, ?, ?, ?)`),
		r.ID, string(r.Kind), r.Subject, string(r.State), r.Due.UnixMicro(), r.Version, string(body)); err != nil {
		return requests.Request{}, fmt.Errorf("store: create request %s: %w", r.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return requests.Request{}, fmt.Errorf("store: create request: %w", err)
	}
	return decodeRequest(body)
}

func decodeRequest(body []byte) (requests.Request, error) {
	var r requests.Request
	if err := json.Unmarshal(body, &r); err != nil {
		return r, fmt.Errorf("store: request body: %w", err)
	}
	return r, nil
}

func (s *requestStore) Get(ctx context.Context, id string) (requests.Request, error) {
	var body string
	err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT body FROM requests WHERE id = ?`), id).Scan(&body)
	if err != nil {
		return requests.Request{}, notFound(err, requests.ErrNotFound)
	}
	return decodeRequest([]byte(body))
}

func (s *requestStore) Update(ctx context.Context, r requests.Request) (requests.Request, error) {
	old := r.Version
	r.Version++
	body, err := json.Marshal(r)
	if err != nil {
		return requests.Request{}, fmt.Errorf("store: request %s: %w", r.ID, err)
	}
	res, err := s.db.ExecContext(ctx, s.d.rebind(`UPDATE requests SET kind = ?, subject = ?, state = ?, due_us = ?, version = ?, body = ?
		WHERE id = ? AND version = ?`),
		string(r.Kind), r.Subject, string(r.State), r.Due.UnixMicro(), r.Version, string(body), r.ID, old)
	if err != nil {
		return requests.Request{}, fmt.Errorf("store: update request %s: %w", r.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return requests.Request{}, fmt.Errorf("store: update request %s: %w", r.ID, err)
	} else if n == 0 {
		if _, err := s.Get(ctx, r.ID); err != nil {
			return requests.Request{}, err
		}
		return requests.Request{}, requests.ErrConflict
	}
	return decodeRequest(body)
}

func (s *requestStore) List(ctx context.Context, f requests.Filter) ([]requests.Request, error) {
	var (
		where []string
		args  []any
	)
	if len(f.States) > 0 {
		marks := make([]string, len(f.States))
		for i, st := range f.States {
			marks[i] = "?"
			args = append(args, string(st))
		}
		where = append(where, "state IN ("+strings.Join(marks, ", ")+")")
	}
	if f.Subject != "" {
		where = append(where, "subject = ?")
		args = append(args, f.Subject)
	}
	if !f.DueBy.IsZero() {
		where = append(where, "due_us <= ?")
		args = append(args, f.DueBy.UnixMicro())
	}
	q := `SELECT body FROM requests`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	// Byte order of ids, as requests.SortByDue sorts: PostgreSQL would
	// otherwise follow the database's locale.
	q += " ORDER BY due_us, id"
	if s.d == Postgres {
		q += ` COLLATE "C"`
	}
	rows, err := s.db.QueryContext(ctx, s.d.rebind(q), args...)
	if err != nil {
		return nil, fmt.Errorf("store: list requests: %w", err)
	}
	defer rows.Close()
	var out []requests.Request
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, fmt.Errorf("store: list requests: %w", err)
		}
		r, err := decodeRequest([]byte(body))
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list requests: %w", err)
	}
	return out, nil
}

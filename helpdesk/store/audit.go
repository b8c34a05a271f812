package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"iter"
	"strings"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

// auditStore is the audit log in SQL.
type auditStore struct {
	db *sql.DB
	d  Dialect
}

// auditPage is how many events Iterate reads per query: no cursor stays
// open while the caller works on the events.
const auditPage = 1000

const auditColumns = `seq, time_us, actor, action, subject, ticket, purpose, details, prev_hash, hash`

func (s *auditStore) Append(ctx context.Context, e audit.Event) (audit.Event, error) {
	out, err := s.AppendBatch(ctx, []audit.Event{e})
	if err != nil {
		return audit.Event{}, err
	}
	return out[0], nil
}

// AppendBatch seals and inserts events in one transaction holding the
// chain's write lock: the audit_head row (PostgreSQL) or the database
// (SQLite, BEGIN IMMEDIATE).
func (s *auditStore) AppendBatch(ctx context.Context, events []audit.Event) ([]audit.Event, error) {
	for _, e := range events {
		if err := audit.Validate(e); err != nil {
			return nil, err
		}
	}
	if len(events) == 0 {
		return nil, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: audit append: %w", err)
	}
	defer tx.Rollback()
	var (
		head    audit.Checkpoint
		hashHex string
	)
	if err := tx.QueryRowContext(ctx, `SELECT seq, hash FROM audit_head WHERE id = 1`+s.d.forUpdate()).Scan(&head.Seq, &hashHex); err != nil {
		return nil, fmt.Errorf("store: audit head: %w", err)
	}
	if head.Hash, err = audit.ParseHash(hashHex); err != nil {
		return nil, fmt.Errorf("store: audit head: %w", err)
	}
	out := make([]audit.Event, len(events))
	for i, e := range events {
		out[i] = audit.Seal(head, e)
		head = out[i].Checkpoint()
	}
	// Multi-row INSERTs: one round trip per chunk, not per event.
	for start := 0; start < len(out); start += insertChunk {
		if err := s.insert(ctx, tx, out[start:min(start+insertChunk, len(out))]); err != nil {
			return nil, err
		}
	}
	if _, err := tx.ExecContext(ctx, s.d.rebind(`UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1`),
		int64(head.Seq), head.Hash.String()); err != nil {
		return nil, fmt.Errorf("store: audit head: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: audit append: %w", err)
	}
	return out, nil
}

// insertChunk is how many events one INSERT writes: 10 parameters each,
// well below SQLite's and PostgreSQL's parameter limits.
const insertChunk = 200

func (s *auditStore) insert(ctx context.Context, tx *sql.Tx, events []audit.Event) error {
	var q strings.Builder
	q.WriteString(`INSERT INTO audit_events (` + auditColumns + `) VALUES `)
	args := make([]any, 0, 10*len(events))
	for i, e := range events {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
		details, err := json.Marshal(e.Details) // sorted keys; "null" when none
		if err != nil {
			return fmt.Errorf("store: audit details: %w", err)
		}
		args = append(args, int64(e.Seq), e.Time.UnixMicro(), e.Actor, e.Action, e.Subject, e.Ticket,
			e.Purpose, string(details), e.PrevHash.String(), e.Hash.String())
	}
	if _, err := tx.ExecContext(ctx, s.d.rebind(q.String()), args...); err != nil {
		return fmt.Errorf("store: audit append seq %d–%d: %w", events[0].Seq, events[len(events)-1].Seq, err)
	}
	return nil
}

func (s *auditStore) Iterate(ctx context.Context, from uint64) iter.Seq2[audit.Event, error] {
	return func(yield func(audit.Event, error) bool) {
		next := max(from, 1)
		for {
			page, err := s.page(ctx, next)
			if err != nil {
				yield(audit.Event{}, err)
				return
			}
			for _, e := range page {
				if !yield(e, nil) {
					return
				}
			}
			if len(page) < auditPage {
				return
			}
			next = page[len(page)-1].Seq + 1
		}
	}
}

func (s *auditStore) page(ctx context.Context, from uint64) ([]audit.Event, error) {
	rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT `+auditColumns+` FROM audit_events WHERE seq >= ? ORDER BY seq LIMIT ?`),
		int64(from), auditPage)
	if err != nil {
		return nil, fmt.Errorf("store: audit read: %w", err)
	}
	defer rows.Close()
	var out []audit.Event
	for rows.Next() {
		var (
			e                   audit.Event
			seq, us             int64
			details, prev, hash string
		)
		if err := rows.Scan(&seq, &us, &e.Actor, &e.Action, &e.Subject, &e.Ticket, &e.Purpose, &details, &prev, &hash); err != nil {
			return nil, fmt.Errorf("store: audit read: %w", err)
		}
		e.Seq = uint64(seq)
		e.Time = fromMicros(&us)
		if err := json.Unmarshal([]byte(details), &e.Details); err != nil {
			return nil, fmt.Errorf("store: audit seq %d details: %w", seq, err)
		}
		if e.PrevHash, err = audit.ParseHash(prev); err != nil {
			return nil, fmt.Errorf("store: audit seq %d: %w", seq, err)
		}
		if e.Hash, err = audit.ParseHash(hash); err != nil {
			return nil, fmt.Errorf("store: audit seq %d: %w", seq, err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: audit read: %w", err)
	}
	return out, nil
}

func (s *auditStore) Head(ctx context.Context) (audit.Checkpoint, error) {
	var (
		h       audit.Checkpoint
		seq     int64
		hashHex string
	)
	if err := s.db.QueryRowContext(ctx, `SELECT seq, hash FROM audit_head WHERE id = 1`).Scan(&seq, &hashHex); err != nil {
		return h, fmt.Errorf("store: audit head: %w", err)
	}
	h.Seq = uint64(seq)
	var err error
	h.Hash, err = audit.ParseHash(hashHex)
	return h, err
}

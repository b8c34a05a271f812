package requests

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"slices"
	"sync"
	"time"
)

// Errors a [Store] returns.
var (
	ErrNotFound = errors.New("requests: not found")
	ErrExists   = errors.New("requests: id already exists")
	// ErrConflict: the request changed in the store since it was read.
	ErrConflict = errors.New("requests: changed by someone else")
)

// Filter selects requests to list. The zero Filter selects all.
type Filter struct {
	// States keeps requests in these states; empty keeps all. Use
	// [OpenStates] for the requests awaiting an answer.
	States []State
	// Subject keeps one person's requests.
	Subject string
	// DueBy keeps requests due on or before this day.
	DueBy time.Time
}

// Match reports whether r passes the filter.
func (f Filter) Match(r Request) bool {
	return (len(f.States) == 0 || slices.Contains(f.States, r.State)) &&
		(f.Subject == "" || f.Subject == r.Subject) &&
		(f.DueBy.IsZero() || !r.Due.After(f.DueBy))
}

// Store keeps requests.
type Store interface {
	// Create stores a new request with Version 1 and returns it.
	Create(ctx context.Context, r Request) (Request, error)
	// Get returns the request with id.
	Get(ctx context.Context, id string) (Request, error)
	// Update stores r if the stored request still has r.Version, and
	// returns it with the next Version; otherwise ErrConflict.
	Update(ctx context.Context, r Request) (Request, error)
	// List returns the requests f selects, soonest due first (then by id).
	List(ctx context.Context, f Filter) ([]Request, error)
}

// SortByDue orders requests soonest due first, then by id.
func SortByDue(rs []Request) {
	slices.SortFunc(rs, func(a, b Request) int {
		return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.ID, b.ID))
	})
}

// MemoryStore is a [Store] in memory, safe for concurrent use. Its zero
// value is empty.
type MemoryStore struct {
	mu   sync.Mutex
	reqs map[string][]byte // JSON, so callers never share slices with it
}

// Create implements [Store].
func (m *MemoryStore) Create(_ context.Context, r Request) (Request, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.reqs[r.ID]; ok {
		return Request{}, ErrExists
	}
	if m.reqs == nil {
		m.reqs = map[string][]byte{}
	}
	r.Version = 1
	return m.put(r)
}

// Get implements [Store].
func (m *MemoryStore) Get(_ context.Context, id string) (Request, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.reqs[id]
	if !ok {
		return Request{}, ErrNotFound
	}
	var r Request
	err := json.Unmarshal(b, &r)
	return r, err
}

// Update implements [Store].
func (m *MemoryStore) Update(_ context.Context, r Request) (Request, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.reqs[r.ID]
	if !ok {
		return Request{}, ErrNotFound
	}
	var old Request
	if err := json.Unmarshal(b, &old); err != nil {
		return Request{}, err
	}
	if old.Version != r.Version {
		return Request{}, ErrConflict
	}
	r.Version++
	return m.put(r)
}

func (m *MemoryStore) put(r Request) (Request, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return Request{}, err
	}
	m.reqs[r.ID] = b
	var out Request
	err = json.Unmarshal(b, &out)
	return out, err
}

// List implements [Store].
func (m *MemoryStore) List(_ context.Context, f Filter) ([]Request, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Request
	for _, b := range m.reqs {
		var r Request
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, err
		}
		if f.Match(r) {
			out = append(out, r)
		}
	}
	SortByDue(out)
	return out, nil
}

package grants

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Errors a [Store] returns.
var (
	// ErrNotFound: no grant or session with that id.
	ErrNotFound = errors.New("grants: not found")
	// ErrExists: the id is taken.
	ErrExists = errors.New("grants: id already exists")
	// ErrAlreadyStarted: the session's consent was already used.
	ErrAlreadyStarted = errors.New("grants: session already started")
	// ErrNotStarted: the session never started.
	ErrNotStarted = errors.New("grants: session not started")
	// ErrAlreadyEnded: the grant or session already ended.
	ErrAlreadyEnded = errors.New("grants: already ended")
)

// Store keeps impersonation grants and remote sessions. Starting a session
// is a compare-and-set, so a consent is used once even when two starts
// race.
type Store interface {
	// CreateImpersonation stores a new grant.
	CreateImpersonation(ctx context.Context, g Impersonation) error
	// Impersonation returns the grant with id.
	Impersonation(ctx context.Context, id string) (Impersonation, error)
	// EndImpersonation records that the grant ended at at.
	EndImpersonation(ctx context.Context, id string, at time.Time) (Impersonation, error)
	// CreateRemote stores a new session awaiting its start.
	CreateRemote(ctx context.Context, s RemoteSession) error
	// Remote returns the session with id.
	Remote(ctx context.Context, id string) (RemoteSession, error)
	// StartRemote records the start, once: ErrAlreadyStarted if the
	// session had started.
	StartRemote(ctx context.Context, id string, at time.Time, customerIP string, deadline time.Time) (RemoteSession, error)
	// EndRemote records the end of a started session.
	EndRemote(ctx context.Context, id string, at time.Time) (RemoteSession, error)
}

// MemoryStore is a [Store] in memory, safe for concurrent use. Its zero
// value is empty.
type MemoryStore struct {
	mu   sync.Mutex
	imps map[string]Impersonation
	rems map[string]RemoteSession
}

// CreateImpersonation implements [Store].
func (m *MemoryStore) CreateImpersonation(_ context.Context, g Impersonation) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.imps == nil {
		m.imps = map[string]Impersonation{}
	}
	if _, ok := m.imps[g.ID]; ok {
		return ErrExists
	}
	m.imps[g.ID] = g
	return nil
}

// Impersonation implements [Store].
func (m *MemoryStore) Impersonation(_ context.Context, id string) (Impersonation, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	g, ok := m.imps[id]
	if !ok {
		return Impersonation{}, ErrNotFound
	}
	return g, nil
}

// EndImpersonation implements [Store].
func (m *MemoryStore) EndImpersonation(_ context.Context, id string, at time.Time) (Impersonation, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	g, ok := m.imps[id]
	switch {
	case !ok:
		return Impersonation{}, ErrNotFound
	case !g.Ended.IsZero():
		return g, ErrAlreadyEnded
	}
	g.Ended = at
	m.imps[id] = g
	return g, nil
}

// CreateRemote implements [Store].
func (m *MemoryStore) CreateRemote(_ context.Context, s RemoteSession) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.rems == nil {
		m.rems = map[string]RemoteSession{}
	}
	if _, ok := m.rems[s.ID]; ok {
		return ErrExists
	}
	m.rems[s.ID] = s
	return nil
}

// Remote implements [Store].
func (m *MemoryStore) Remote(_ context.Context, id string) (RemoteSession, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.rems[id]
	if !ok {
		return RemoteSession{}, ErrNotFound
	}
	return s, nil
}

// StartRemote implements [Store].
func (m *MemoryStore) StartRemote(_ context.Context, id string, at time.Time, customerIP string, deadline time.Time) (RemoteSession, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.rems[id]
	switch {
	case !ok:
		return RemoteSession{}, ErrNotFound
	case !s.Started.IsZero():
		return s, ErrAlreadyStarted
	}
	s.Started, s.CustomerIP, s.Deadline = at, customerIP, deadline
	m.rems[id] = s
	return s, nil
}

// EndRemote implements [Store].
func (m *MemoryStore) EndRemote(_ context.Context, id string, at time.Time) (RemoteSession, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.rems[id]
	switch {
	case !ok:
		return RemoteSession{}, ErrNotFound
	case s.Started.IsZero():
		return s, ErrNotStarted
	case !s.Ended.IsZero():
		return s, ErrAlreadyEnded
	}
	s.Ended = at
	m.rems[id] = s
	return s, nil
}

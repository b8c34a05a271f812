package audit

import (
	"context"
	"iter"
	"sync"
)

// MemoryStore is a [Store] in memory, safe for concurrent use: for tests,
// examples and short-lived tools. Its zero value is an empty log.
type MemoryStore struct {
	mu     sync.RWMutex
	events []Event
}

// Append implements [Store].
func (m *MemoryStore) Append(ctx context.Context, e Event) (Event, error) {
	out, err := m.AppendBatch(ctx, []Event{e})
	if err != nil {
		return Event{}, err
	}
	return out[0], nil
}

// AppendBatch implements [Store].
func (m *MemoryStore) AppendBatch(ctx context.Context, events []Event) ([]Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, e := range events {
		if err := Validate(e); err != nil {
			return nil, err
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	head := m.head()
	out := make([]Event, len(events))
	for i, e := range events {
		out[i] = Seal(head, cloneEvent(e))
		head = out[i].Checkpoint()
	}
	m.events = append(m.events, out...)
	return cloneEvents(out), nil
}

// Iterate implements [Store]. It yields a snapshot taken when iteration
// starts.
func (m *MemoryStore) Iterate(ctx context.Context, from uint64) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		m.mu.RLock()
		events := m.events
		m.mu.RUnlock()
		start := 0
		if from > 1 {
			start = int(min(from-1, uint64(len(events))))
		}
		for _, e := range events[start:] {
			if err := ctx.Err(); err != nil {
				yield(Event{}, err)
				return
			}
			if !yield(cloneEvent(e), nil) {
				return
			}
		}
	}
}

// Head implements [Store].
func (m *MemoryStore) Head(ctx context.Context) (Checkpoint, error) {
	if err := ctx.Err(); err != nil {
		return Checkpoint{}, err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.head(), nil
}

func (m *MemoryStore) head() Checkpoint {
	if len(m.events) == 0 {
		return Checkpoint{}
	}
	return m.events[len(m.events)-1].Checkpoint()
}

// cloneEvent copies the Details map, so callers cannot change a stored
// event through it.
func cloneEvent(e Event) Event {
	if e.Details != nil {
		d := make(map[string]string, len(e.Details))
		for k, v := range e.Details {
			d[k] = v
		}
		e.Details = d
	}
	return e
}

func cloneEvents(es []Event) []Event {
	out := make([]Event, len(es))
	for i, e := range es {
		out[i] = cloneEvent(e)
	}
	return out
}

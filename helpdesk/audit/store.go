package audit

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"time"
)

// Store keeps the log. Implementations serialise appends, so the chain is
// computed against the true head even when many goroutines or processes
// append at once, and never change or remove an event.
type Store interface {
	// Append seals e after the current head (see [Seal]) and stores it,
	// returning the event as stored.
	Append(ctx context.Context, e Event) (Event, error)
	// AppendBatch appends events in order, atomically: all or none.
	AppendBatch(ctx context.Context, events []Event) ([]Event, error)
	// Iterate yields the events with Seq ≥ from in order. It stops at the
	// first error, which it yields.
	Iterate(ctx context.Context, from uint64) iter.Seq2[Event, error]
	// Head returns the last event's number and hash; the zero Checkpoint
	// for an empty log.
	Head(ctx context.Context) (Checkpoint, error)
}

// ErrInvalidEvent is returned for an event a store refuses: one without a
// time, an actor or an action.
var ErrInvalidEvent = errors.New("audit: invalid event")

// Validate checks what every stored event must have.
func Validate(e Event) error {
	switch {
	case e.Time.IsZero():
		return fmt.Errorf("%w: no time", ErrInvalidEvent)
	case e.Actor == "":
		return fmt.Errorf("%w: no actor", ErrInvalidEvent)
	case e.Action == "":
		return fmt.Errorf("%w: no action", ErrInvalidEvent)
	}
	return nil
}

// Logger records events in a [Store], stamping them with its clock.
type Logger struct {
	// Store receives the events.
	Store Store
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

func (l *Logger) now() time.Time {
	if l.Now == nil {
		return time.Now()
	}
	return l.Now()
}

// Record appends e, setting its time from the clock when it has none.
func (l *Logger) Record(ctx context.Context, e Event) (Event, error) {
	if e.Time.IsZero() {
		e.Time = l.now()
	}
	return l.Store.Append(ctx, e)
}

// RecordBatch appends events atomically, setting missing times from the
// clock.
func (l *Logger) RecordBatch(ctx context.Context, events []Event) ([]Event, error) {
	now := l.now()
	batch := make([]Event, len(events))
	for i, e := range events {
		if e.Time.IsZero() {
			e.Time = now
		}
		batch[i] = e
	}
	return l.Store.AppendBatch(ctx, batch)
}

// VerifyStore verifies the log in s from opts.From on.
func VerifyStore(ctx context.Context, s Store, opts VerifyOptions) (Report, error) {
	return Verify(s.Iterate(ctx, opts.From.Seq+1), opts)
}

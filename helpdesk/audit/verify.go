package audit

import (
	"errors"
	"fmt"
	"iter"
	"time"
)

// ErrBroken is matched (errors.Is) by every [*BreakError].
var ErrBroken = errors.New("audit: chain broken")

// BreakKind says how the chain was found broken.
type BreakKind int

// The kinds of break [Verify] tells apart.
const (
	// BreakChanged: the event does not match its own hash — its content or
	// its hash was changed.
	BreakChanged BreakKind = iota + 1
	// BreakUnlinked: the event does not point at the hash of the one before
	// it — the previous event was changed and rehashed, or replaced.
	BreakUnlinked
	// BreakDeleted: numbers jump forward — events are missing.
	BreakDeleted
	// BreakInserted: an event that the chain does not account for, such as
	// a second event with a number already used.
	BreakInserted
	// BreakReordered: events are out of order.
	BreakReordered
	// BreakTruncated: the log ends before the checkpoint it must contain.
	BreakTruncated
	// BreakRewritten: the chain is consistent but disagrees with the
	// checkpoint kept outside it — it was recomputed from some event on.
	BreakRewritten
)

var breakNames = [...]string{
	BreakChanged: "changed", BreakUnlinked: "unlinked", BreakDeleted: "deleted",
	BreakInserted: "inserted", BreakReordered: "reordered", BreakTruncated: "truncated",
	BreakRewritten: "rewritten",
}

// String returns the kind's name, e.g. "changed".
func (k BreakKind) String() string {
	if k > 0 && int(k) < len(breakNames) {
		return breakNames[k]
	}
	return fmt.Sprintf("BreakKind(%d)", int(k))
}

// BreakError is the first broken link [Verify] found.
type BreakError struct {
	// Kind is how the chain is broken.
	Kind BreakKind
	// Index is the position of the offending event in the verified
	// sequence, from 0 (for BreakTruncated, the number of events read).
	Index int
	// Seq is the number the offending event carries; ExpectedSeq the
	// number it should carry.
	Seq, ExpectedSeq uint64
	// Expected and Found are the hashes that disagree, where the kind is
	// about hashes (changed, unlinked, rewritten).
	Expected, Found Hash
	// Detail explains the break in words.
	Detail string
}

// Error describes the break.
func (e *BreakError) Error() string {
	s := fmt.Sprintf("audit: chain broken at seq %d (event #%d): %s", e.Seq, e.Index, e.Kind)
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	if e.Expected != e.Found {
		s += fmt.Sprintf(" (expected hash %s, found %s)", e.Expected, e.Found)
	}
	return s
}

// Is reports whether target is [ErrBroken].
func (e *BreakError) Is(target error) bool { return target == ErrBroken }

// VerifyOptions say where verification starts and which checkpoint the log
// must contain. The zero value verifies a whole log from event 1.
type VerifyOptions struct {
	// From is the point the events follow: zero for a log from its first
	// event, or a trusted checkpoint when older events were purged.
	From Checkpoint
	// Head, when set, is a checkpoint kept outside the log: the log must
	// reach it and agree with it. Without it, losing the last events and
	// recomputing every hash after a change go unnoticed.
	Head *Checkpoint
}

// Report is what a successful verification saw.
type Report struct {
	// Events is how many events were verified.
	Events int
	// Head is the last verified event's checkpoint (From when none).
	Head Checkpoint
}

// Events adapts a slice to the sequence [Verify] and [WriteJSONL] take.
func Events(events []Event) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		for _, e := range events {
			if !yield(e, nil) {
				return
			}
		}
	}
}

// Verify recomputes the chain over events and returns the first broken
// link as a [*BreakError]; an error the sequence yields is returned as it
// is. It looks one event ahead to tell a reorder or an insertion from a
// change.
func Verify(events iter.Seq2[Event, error], opts VerifyOptions) (Report, error) {
	v := verifier{prev: opts.From, head: opts.Head}
	// Two slots: the event being checked and the one after it.
	var (
		slots [2]Event
		cur   = -1
	)
	for e, err := range events {
		if err != nil {
			return v.report(), err
		}
		next := (cur + 1) & 1
		slots[next] = e
		if cur >= 0 {
			if err := v.check(&slots[cur], &slots[next]); err != nil {
				return v.report(), err
			}
		}
		cur = next
	}
	if cur >= 0 {
		if err := v.check(&slots[cur], nil); err != nil {
			return v.report(), err
		}
	}
	if h := opts.Head; h != nil && v.prev.Seq < h.Seq {
		return v.report(), &BreakError{
			Kind: BreakTruncated, Index: v.n, Seq: v.prev.Seq, ExpectedSeq: h.Seq,
			Detail: fmt.Sprintf("the log ends at seq %d, before the checkpoint at seq %d", v.prev.Seq, h.Seq),
		}
	}
	return v.report(), nil
}

type verifier struct {
	prev Checkpoint
	head *Checkpoint
	n    int
	buf  []byte
}

func (v *verifier) report() Report { return Report{Events: v.n, Head: v.prev} }

// check verifies e against the chain so far; next is the event after it,
// nil at the end.
func (v *verifier) check(e, next *Event) error {
	want := v.prev.Seq + 1
	fail := func(kind BreakKind, expected, found Hash, format string, args ...any) error {
		return &BreakError{Kind: kind, Index: v.n, Seq: e.Seq, ExpectedSeq: want,
			Expected: expected, Found: found, Detail: fmt.Sprintf(format, args...)}
	}
	// nextRelinks: the next event links where e should have, so e is the
	// extra one.
	nextRelinks := next != nil && next.PrevHash == v.prev.Hash
	switch {
	case e.Seq > want:
		if next != nil && next.Seq == want {
			if nextRelinks && e.PrevHash != next.Hash {
				return fail(BreakInserted, Hash{}, Hash{}, "seq %d stands where seq %d belongs and is not part of the chain", e.Seq, want)
			}
			return fail(BreakReordered, Hash{}, Hash{}, "seq %d comes before seq %d", e.Seq, want)
		}
		if e.Seq == want+1 {
			return fail(BreakDeleted, Hash{}, Hash{}, "seq %d is missing", want)
		}
		return fail(BreakDeleted, Hash{}, Hash{}, "seqs %d–%d are missing", want, e.Seq-1)
	case e.Seq < want:
		return fail(BreakInserted, Hash{}, Hash{}, "seq %d was already used or comes too late (seq %d expected)", e.Seq, want)
	}
	// A broken event followed by one with its number that links where it
	// should have is an extra event, not a changed one.
	inserted := next != nil && next.Seq == e.Seq && nextRelinks
	if e.PrevHash != v.prev.Hash {
		if inserted {
			return fail(BreakInserted, Hash{}, Hash{}, "an event was inserted before the real seq %d", e.Seq)
		}
		return fail(BreakUnlinked, v.prev.Hash, e.PrevHash, "the event does not link to the event before it")
	}
	if !e.Time.Equal(e.Time.Truncate(time.Microsecond)) {
		return fail(BreakChanged, Hash{}, Hash{}, "the time has digits below the microsecond that no store writes")
	}
	got := hashWith(&v.buf, v.prev.Hash, *e)
	if got != e.Hash {
		if inserted {
			return fail(BreakInserted, Hash{}, Hash{}, "an event was inserted before the real seq %d", e.Seq)
		}
		return fail(BreakChanged, got, e.Hash, "the event does not match its hash")
	}
	if h := v.head; h != nil && h.Seq == e.Seq && h.Hash != e.Hash {
		return fail(BreakRewritten, h.Hash, e.Hash, "the log disagrees with the checkpoint kept outside it")
	}
	v.prev = e.Checkpoint()
	v.n++
	return nil
}

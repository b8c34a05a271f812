package retention

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk"
)

// Key is the idempotency key of one retention action: the first 16 bytes
// (128 bits) of the SHA-256 of
//
//	"gdprkit-retention-v1\n" + ticket id + "\n" + action + "\n" + target stage + "\n" + due
//
// with the action and stage as their keys ("anonymise", "anonymised") and
// the due time in RFC 3339 UTC with nanoseconds as needed
// ("2026-11-22T00:00:00Z"). A vendor's executor records the keys of the
// actions it ran and skips a decision whose key it has seen, so planning
// again — after a crash, or the next day before the ticket's stage was
// saved — never runs an action twice. The same action planned again gets
// the same key; a new due date (the ticket reopened and closed again, the
// policy changed) makes a new action with a new key.
//
// The key is an identifier, not a secret: it says nothing beyond the
// ticket id the executor already holds, so it is not keyed. 128 bits keep
// accidental collisions negligible (about 2^64 keys before one is
// likely). The text form is 32 lower-case hex digits; any other program
// can compute it from the recipe above.
type Key [16]byte

// NewKey returns the key of the action that takes ticket id into stage
// target, due at due.
func NewKey(id string, action Action, target helpdesk.Stage, due time.Time) Key {
	// A buffer on the stack holds the usual input; a longer id grows it
	// on the heap.
	var buf [128]byte
	b := append(buf[:0], "gdprkit-retention-v1\n"...)
	b = append(b, id...)
	b = append(b, '\n')
	b = append(b, action.String()...)
	b = append(b, '\n')
	b = append(b, target...)
	b = append(b, '\n')
	b = due.UTC().AppendFormat(b, time.RFC3339Nano)
	sum := sha256.Sum256(b)
	var k Key
	copy(k[:], sum[:])
	return k
}

// IsZero reports whether k is the zero key (no action).
func (k Key) IsZero() bool { return k == Key{} }

// String returns the key as 32 hex digits; "" for the zero key.
func (k Key) String() string {
	if k.IsZero() {
		return ""
	}
	return hex.EncodeToString(k[:])
}

// MarshalText writes the key as hex.
func (k Key) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a key written by MarshalText.
func (k *Key) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = Key{}
		return nil
	}
	if len(b) != 2*len(k) {
		return fmt.Errorf("retention: key %q: want %d hex digits", b, 2*len(k))
	}
	_, err := hex.Decode(k[:], b)
	if err != nil {
		return fmt.Errorf("retention: key %q: %w", b, err)
	}
	return nil
}

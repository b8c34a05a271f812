package audit

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"slices"
	"time"
)

// Event is one entry of the audit log.
type Event struct {
	// Seq is the event's position in the log, from 1; the store assigns it.
	Seq uint64 `json:"seq"`
	// Time is when it happened, in UTC to the microsecond.
	Time time.Time `json:"time"`
	// Actor is who acted: an operator id, a system component, or a
	// pseudonymous token.
	Actor string `json:"actor"`
	// Action is what was done, e.g. "ticket.read" or "impersonation.grant".
	Action string `json:"action"`
	// Subject is the data subject or other target the action concerned.
	Subject string `json:"subject,omitempty"`
	// Ticket is the support ticket the action belongs to.
	Ticket string `json:"ticket,omitempty"`
	// Purpose is why it was done.
	Purpose string `json:"purpose,omitempty"`
	// Details hold further facts (grant id, source IP, reason…). They are
	// hashed in ascending key order, so map order does not matter.
	Details map[string]string `json:"details,omitempty"`
	// PrevHash is the hash of the previous event (zero for the first).
	PrevHash Hash `json:"prev_hash"`
	// Hash is SHA-256 over PrevHash and the event's [Canonical] encoding.
	Hash Hash `json:"hash"`
}

// Hash is a SHA-256 digest. Its text form is 64 lower-case hex digits.
type Hash [sha256.Size]byte

// String returns the lower-case hex form.
func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// IsZero reports whether h is all zeros, the hash before the first event.
func (h Hash) IsZero() bool { return h == Hash{} }

// MarshalText writes the lower-case hex form.
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// errHashText is returned for a hash that is not 64 lower-case hex digits.
var errHashText = errors.New("audit: hash must be 64 lower-case hex digits")

// UnmarshalText reads exactly 64 lower-case hex digits: the one spelling
// [Hash.MarshalText] writes, so a changed letter case is a change too.
func (h *Hash) UnmarshalText(b []byte) error {
	if len(b) != 2*len(h) {
		return errHashText
	}
	for _, c := range b {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return errHashText
		}
	}
	_, err := hex.Decode(h[:], b)
	return err
}

// ParseHash parses the lower-case hex form of a hash.
func ParseHash(s string) (Hash, error) {
	var h Hash
	err := h.UnmarshalText([]byte(s))
	return h, err
}

// Checkpoint names a point of the chain: the last event's number and hash.
// The zero Checkpoint is the empty log.
type Checkpoint struct {
	Seq  uint64 `json:"seq"`
	Hash Hash   `json:"hash"`
}

// Normalize returns e with its time in UTC truncated to the microsecond
// (what every store keeps) and empty Details as nil.
func Normalize(e Event) Event {
	e.Time = e.Time.UTC().Truncate(time.Microsecond)
	if len(e.Details) == 0 {
		e.Details = nil
	}
	return e
}

// canonicalTag opens every canonical encoding: it names the format and its
// version, so hashes of a future format can never collide with these.
const canonicalTag = "gdprkit.audit.v1"

// Canonical returns the canonical encoding of e that its hash covers (see
// the package documentation). PrevHash and Hash are not part of it.
func Canonical(e Event) []byte { return AppendCanonical(nil, e) }

// AppendCanonical appends the canonical encoding of e to dst.
func AppendCanonical(dst []byte, e Event) []byte {
	dst = appendString(dst, canonicalTag)
	dst = binary.BigEndian.AppendUint32(dst, 8)
	dst = binary.BigEndian.AppendUint64(dst, e.Seq)
	dst = binary.BigEndian.AppendUint32(dst, 8)
	dst = binary.BigEndian.AppendUint64(dst, uint64(e.Time.UnixMicro()))
	for _, s := range [...]string{e.Actor, e.Action, e.Subject, e.Ticket, e.Purpose} {
		dst = appendString(dst, s)
	}
	var small [8]string // most events have few details: no allocation
	keys := small[:0]
	for k := range e.Details {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(keys)))
	for _, k := range keys {
		dst = appendString(dst, k)
		dst = appendString(dst, e.Details[k])
	}
	return dst
}

func appendString(dst []byte, s string) []byte {
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(s)))
	return append(dst, s...)
}

// ComputeHash returns SHA-256(prev || Canonical(e)).
func ComputeHash(prev Hash, e Event) Hash {
	var buf []byte
	return hashWith(&buf, prev, e)
}

// hashWith is ComputeHash reusing *buf for the encoding.
func hashWith(buf *[]byte, prev Hash, e Event) Hash {
	*buf = append((*buf)[:0], prev[:]...)
	*buf = AppendCanonical(*buf, e)
	return sha256.Sum256(*buf)
}

// Seal makes e the event after head: it normalises e, numbers it
// head.Seq+1, links it to head.Hash and computes its hash. Stores call it
// while they hold the log's write lock.
func Seal(head Checkpoint, e Event) Event {
	e = Normalize(e)
	e.Seq = head.Seq + 1
	e.PrevHash = head.Hash
	e.Hash = ComputeHash(e.PrevHash, e)
	return e
}

// Checkpoint returns the point of the chain that ends with e.
func (e Event) Checkpoint() Checkpoint { return Checkpoint{Seq: e.Seq, Hash: e.Hash} }

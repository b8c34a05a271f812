// Package audit is the helpdesk's tamper-evident, append-only audit log:
// every read, search, export, impersonation, remote session, erasure and
// re-identification becomes an [Event] (Arts. 5(2), 32).
//
// # The chain
//
// Events are numbered from 1 ([Event.Seq]) and chained: each event carries
// the hash of the one before it ([Event.PrevHash]) and its own hash
// ([Event.Hash]):
//
//	Hash(n) = SHA-256( Hash(n-1) || Canonical(event n) )
//	Hash(0) = 32 zero bytes
//
// [Canonical] is a length-prefixed binary encoding in a fixed field order:
// the ASCII tag "gdprkit.audit.v1", then Seq, Time, Actor, Action, Subject,
// Ticket, Purpose and the Details. Every item is written as a 4-byte
// big-endian length followed by its bytes; Seq is its 8-byte big-endian
// value; Time is the 8-byte big-endian two's-complement count of
// microseconds since 1970-01-01T00:00:00Z; strings are their UTF-8 bytes;
// the Details are their count (4-byte big-endian) followed by each key and
// value, keys in ascending byte order. Lengths make the encoding
// unambiguous: no two different events encode to the same bytes.
//
// Times are kept to the microsecond in UTC ([Normalize]), so an event reads
// back from SQLite, PostgreSQL or a JSON file exactly as it was hashed.
//
// [Verify] recomputes the chain and reports the first broken link as a
// [*BreakError]: which event, what kind of break ([BreakKind]: changed,
// deleted, inserted, reordered, unlinked, truncated) and the expected and
// found hash or number. A hash chain without a key can be recomputed by
// someone who rewrites every later event too, and nothing in the log shows
// the loss of its last events: keep a [Checkpoint] (from [Store.Head]) somewhere the
// log's writers cannot change — a ticket, a signed e-mail, another system —
// and pass it as [VerifyOptions.Head].
//
// # Storage
//
// The log sits behind [Store] ([MemoryStore] here; SQLite and PostgreSQL in
// helpdesk/store). A [Logger] stamps events with its clock and appends
// them. [WriteJSONL] exports a log as JSON lines and [ReadJSONL] reads one
// back for verification, refusing any line that is not exactly as
// [WriteJSONL] would write it.
//
// # Personal data in the log
//
// The chain forbids rewriting an event, so an erasure request cannot edit
// the log: write pseudonymous identifiers (the keyed tokens of
// helpdesk/pseudonym) into Actor and Subject, and let erasure destroy the
// mapping from token to person (Arts. 17, 19; helpdesk policy §1).
package audit

package requests

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

// Method is how a subsystem erases a person's data.
type Method string

// The erasure methods.
const (
	// MethodDelete removes the records.
	MethodDelete Method = "delete"
	// MethodPseudonymise replaces identifiers with tokens whose key is
	// then destroyed for this person — for audit-log actor fields, which
	// the log's chain forbids rewriting.
	MethodPseudonymise Method = "pseudonymise"
	// MethodCryptoShred destroys the key the records are encrypted with.
	MethodCryptoShred Method = "crypto_shred"
	// MethodExpire leaves the records to expire with their medium, as in
	// backups kept for a fixed time and not restored in between.
	MethodExpire Method = "expire"
)

// Subsystem is one of the vendor's stores that may hold a person's data:
// tickets, attachments, transcripts, audit-log actor fields, backups.
type Subsystem struct {
	// Name identifies the subsystem, e.g. "tickets".
	Name string
	// Method is how it erases.
	Method Method
	// Count returns how many records hold subject's data.
	Count func(ctx context.Context, subject string) (int, error)
	// Erase erases them and returns how many it erased. For MethodExpire
	// it may be nil: nothing is done now.
	Erase func(ctx context.Context, subject string) (int, error)
	// Expiry, for MethodExpire, is how long the last copy is kept (the
	// backup retention): the data are gone by then.
	Expiry time.Duration
}

// ExceptionGround is why some data must be kept despite an erasure
// request.
type ExceptionGround string

// The grounds of Art. 17(3) a helpdesk meets.
const (
	// ExceptLegalObligation: a legal obligation requires keeping them,
	// e.g. commercial correspondence for 10 years (Art. 17(3)(b)).
	ExceptLegalObligation ExceptionGround = "legal_obligation"
	// ExceptLegalClaims: they are needed for the establishment, exercise
	// or defence of legal claims (Art. 17(3)(e)).
	ExceptLegalClaims ExceptionGround = "legal_claims"
	// ExceptLegalHold: a hold ordered by a court or an authority, or by
	// counsel for a pending dispute (Art. 17(3)(b) or (e)).
	ExceptLegalHold ExceptionGround = "legal_hold"
)

// Article returns the provision a ground rests on.
func (g ExceptionGround) Article() string {
	switch g {
	case ExceptLegalObligation:
		return "Art. 17(3)(b)"
	case ExceptLegalClaims:
		return "Art. 17(3)(e)"
	case ExceptLegalHold:
		return "Art. 17(3)(b), (e)"
	}
	return ""
}

// Exception keeps a subsystem's data despite the request.
type Exception struct {
	// Subsystem is the subsystem kept; "" means every subsystem.
	Subsystem string `json:"subsystem,omitempty"`
	// Ground is the legal ground.
	Ground ExceptionGround `json:"ground"`
	// Reason says what is kept and why, e.g. "invoices: art. 2220 c.c.".
	Reason string `json:"reason"`
	// Until is when the exception lapses; zero means until lifted.
	Until time.Time `json:"until,omitzero"`
}

// ErasureStep is what the plan does in one subsystem.
type ErasureStep struct {
	Subsystem string `json:"subsystem"`
	Method    Method `json:"method"`
	// Records is how many records hold the person's data.
	Records int `json:"records"`
	// Exception, when set, keeps the subsystem's data.
	Exception *Exception `json:"exception,omitempty"`
	// GoneBy, for MethodExpire, is when the last copy expires.
	GoneBy time.Time `json:"gone_by,omitzero"`
}

// ErasurePlan is an erasure request's plan across subsystems. It holds the
// person's identity in memory only; its steps do not name the person.
type ErasurePlan struct {
	// Request is the request's id.
	Request string `json:"request,omitempty"`
	// Planned is when the plan was made.
	Planned time.Time `json:"planned"`
	// Steps, one per subsystem, in the order given.
	Steps []ErasureStep `json:"steps"`

	subject    string
	subsystems []Subsystem
}

// ErasureOptions configure an erasure.
type ErasureOptions struct {
	// Request is the request's id.
	Request string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Key is the HMAC key of the receipt's subject digest, at least 32
	// bytes, held apart from the receipts.
	Key []byte
	// KeyID names the key, so the digest can be recomputed later.
	KeyID string
	// Audit, when set, receives one "erasure.<method>" event per
	// subsystem, with the subject digest, never the identity.
	Audit audit.Store
	// Actor is the audit events' actor (the operator or job).
	Actor string
}

func (o ErasureOptions) now() time.Time {
	if o.Now == nil {
		return time.Now().UTC().Truncate(time.Microsecond)
	}
	return o.Now().UTC().Truncate(time.Microsecond)
}

// ErrUnknownSubsystem is returned for an exception naming no subsystem of
// the plan.
var ErrUnknownSubsystem = errors.New("requests: exception for an unknown subsystem")

// NewErasurePlan counts subject's records in each subsystem and decides
// which exceptions keep what. Exceptions that have lapsed are ignored.
func NewErasurePlan(ctx context.Context, subject string, subsystems []Subsystem, exceptions []Exception, opts ErasureOptions) (*ErasurePlan, error) {
	if strings.TrimSpace(subject) == "" {
		return nil, errors.New("requests: erasure plan without a subject")
	}
	now := opts.now()
	names := map[string]bool{}
	for _, s := range subsystems {
		if s.Name == "" || names[s.Name] {
			return nil, fmt.Errorf("requests: subsystem name %q empty or repeated", s.Name)
		}
		if s.Count == nil || (s.Erase == nil && s.Method != MethodExpire) {
			return nil, fmt.Errorf("requests: subsystem %s needs Count and Erase", s.Name)
		}
		names[s.Name] = true
	}
	for _, e := range exceptions {
		if e.Subsystem != "" && !names[e.Subsystem] {
			return nil, fmt.Errorf("%w: %s", ErrUnknownSubsystem, e.Subsystem)
		}
		if e.Ground.Article() == "" || strings.TrimSpace(e.Reason) == "" {
			return nil, fmt.Errorf("requests: exception for %q needs a ground and a reason", e.Subsystem)
		}
	}
	p := &ErasurePlan{Request: opts.Request, Planned: now, subject: subject, subsystems: subsystems}
	for _, s := range subsystems {
		n, err := s.Count(ctx, subject)
		if err != nil {
			return nil, fmt.Errorf("requests: count in %s: %w", s.Name, err)
		}
		step := ErasureStep{Subsystem: s.Name, Method: s.Method, Records: n}
		for _, e := range exceptions {
			if (e.Subsystem == "" || e.Subsystem == s.Name) && (e.Until.IsZero() || now.Before(e.Until)) {
				e := e
				step.Exception = &e
				break
			}
		}
		if s.Method == MethodExpire && step.Exception == nil {
			step.GoneBy = now.Add(s.Expiry)
		}
		p.Steps = append(p.Steps, step)
	}
	return p, nil
}

// ReceiptLine is what happened in one subsystem.
type ReceiptLine struct {
	Subsystem string `json:"subsystem"`
	Method    Method `json:"method"`
	// Planned is how many records the plan counted; Erased how many the
	// subsystem erased.
	Planned int `json:"planned"`
	Erased  int `json:"erased"`
	// At is when the subsystem finished.
	At time.Time `json:"at,omitzero"`
	// GoneBy, for MethodExpire, is when the last copy expires.
	GoneBy time.Time `json:"gone_by,omitzero"`
	// Exception is why the data were kept.
	Exception *Exception `json:"exception,omitempty"`
	// Error is why the subsystem failed.
	Error string `json:"error,omitempty"`
}

// Receipt proves an erasure without naming the person: it holds the keyed
// digest of the person's normalised identity.
type Receipt struct {
	// Request is the request's id.
	Request string `json:"request,omitempty"`
	// Subject is HMAC-SHA-256(key, NormalizeIdentity(identity)) in hex.
	Subject string `json:"subject_hmac"`
	// KeyID names the key.
	KeyID string `json:"key_id,omitempty"`
	// Started and Completed bound the erasure.
	Started   time.Time `json:"started"`
	Completed time.Time `json:"completed"`
	// Complete is true when every subsystem without an exception erased
	// what it was asked to.
	Complete bool `json:"complete"`
	// Lines, one per subsystem.
	Lines []ReceiptLine `json:"lines"`
}

// MinKeySize is the shortest HMAC key [SubjectDigest] accepts (256 bits).
const MinKeySize = 32

// ErrShortKey is returned for an HMAC key shorter than [MinKeySize].
var ErrShortKey = errors.New("requests: HMAC key shorter than 32 bytes")

// NormalizeIdentity puts an identity in one form before hashing: Unicode
// NFC, lower case, no surrounding space, inner runs of space as one space.
// Normalise phone numbers to E.164 before calling it.
func NormalizeIdentity(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(norm.NFC.String(s))), " ")
}

// SubjectDigest returns the hex HMAC-SHA-256 of the normalised identity.
func SubjectDigest(key []byte, identity string) (string, error) {
	if len(key) < MinKeySize {
		return "", ErrShortKey
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte(NormalizeIdentity(identity)))
	return hex.EncodeToString(m.Sum(nil)), nil
}

// Concerns reports whether the receipt is about identity, given the key.
func (r Receipt) Concerns(key []byte, identity string) bool {
	d, err := SubjectDigest(key, identity)
	if err != nil {
		return false
	}
	return hmac.Equal([]byte(d), []byte(r.Subject))
}

// Execute erases in every subsystem the plan does not keep, in order, and
// returns the receipt. A failing subsystem does not stop the others; the
// receipt marks it, Complete is false and the error names it.
func (p *ErasurePlan) Execute(ctx context.Context, opts ErasureOptions) (Receipt, error) {
	digest, err := SubjectDigest(opts.Key, p.subject)
	if err != nil {
		return Receipt{}, err
	}
	r := Receipt{Request: p.Request, Subject: digest, KeyID: opts.KeyID, Started: opts.now(), Complete: true}
	var errs []error
	for i, step := range p.Steps {
		s := p.subsystems[i]
		line := ReceiptLine{Subsystem: step.Subsystem, Method: step.Method, Planned: step.Records,
			Exception: step.Exception, GoneBy: step.GoneBy}
		if step.Exception == nil && s.Erase != nil {
			n, err := s.Erase(ctx, p.subject)
			line.Erased = n
			if err != nil {
				line.Error = err.Error()
				r.Complete = false
				errs = append(errs, fmt.Errorf("requests: erase in %s: %w", s.Name, err))
			}
		}
		line.At = opts.now()
		if opts.Audit != nil {
			if err := p.record(ctx, opts, digest, line); err != nil {
				r.Complete = false
				errs = append(errs, err)
			}
		}
		r.Lines = append(r.Lines, line)
	}
	r.Completed = opts.now()
	return r, errors.Join(errs...)
}

func (p *ErasurePlan) record(ctx context.Context, opts ErasureOptions, digest string, l ReceiptLine) error {
	action := "erasure." + string(l.Method)
	d := map[string]string{"subsystem": l.Subsystem, "planned": fmt.Sprint(l.Planned), "erased": fmt.Sprint(l.Erased),
		"request": p.Request, "key_id": opts.KeyID}
	if l.Exception != nil {
		action = "erasure.kept"
		d["ground"], d["reason"] = string(l.Exception.Ground), l.Exception.Reason
	}
	if l.Error != "" {
		action = "erasure.failed"
		d["error"] = l.Error
	}
	for k, v := range d {
		if v == "" {
			delete(d, k)
		}
	}
	actor := opts.Actor
	if actor == "" {
		actor = "erasure"
	}
	_, err := opts.Audit.Append(ctx, audit.Event{Time: l.At, Actor: actor, Action: action, Subject: "hmac:" + digest,
		Purpose: "erasure request (Art. 17)", Details: d})
	if err != nil {
		return fmt.Errorf("requests: audit log: %w", err)
	}
	return nil
}

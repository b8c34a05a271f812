package requests

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Kind is the right a request exercises.
type Kind string

// The kinds of request.
const (
	KindAccess        Kind = "access"        // Art. 15
	KindRectification Kind = "rectification" // Art. 16
	KindErasure       Kind = "erasure"       // Art. 17
	KindRestriction   Kind = "restriction"   // Art. 18
	KindPortability   Kind = "portability"   // Art. 20
	KindObjection     Kind = "objection"     // Art. 21
)

// Kinds lists every kind, in article order.
var Kinds = []Kind{KindAccess, KindRectification, KindErasure, KindRestriction, KindPortability, KindObjection}

// Valid reports whether k is one of [Kinds].
func (k Kind) Valid() bool { return slices.Contains(Kinds, k) }

// IdentityStatus is how far the person's identity has been checked.
type IdentityStatus string

// The identity statuses.
const (
	IdentityPending  IdentityStatus = "pending"
	IdentityVerified IdentityStatus = "verified"
	IdentityFailed   IdentityStatus = "failed"
)

// State is where a request stands.
type State string

// The states.
const (
	StateReceived   State = "received"
	StateVerifying  State = "verifying"
	StateInProgress State = "in_progress"
	StateExtended   State = "extended"
	StateCompleted  State = "completed"
	StateRefused    State = "refused"
	StateClosed     State = "closed"
)

// Transitions is the table of legal moves: from each state, the states it
// may move to. StateExtended is entered only through [Request.Extend].
var Transitions = map[State][]State{
	StateReceived:   {StateVerifying, StateInProgress, StateRefused},
	StateVerifying:  {StateInProgress, StateExtended, StateRefused},
	StateInProgress: {StateExtended, StateCompleted, StateRefused},
	StateExtended:   {StateCompleted, StateRefused},
	StateCompleted:  {StateClosed},
	StateRefused:    {StateClosed},
	StateClosed:     nil,
}

// OpenStates are the states in which a request still awaits its answer.
var OpenStates = []State{StateReceived, StateVerifying, StateInProgress, StateExtended}

// Open reports whether s awaits an answer.
func (s State) Open() bool { return slices.Contains(OpenStates, s) }

// Errors a [Request]'s methods return; they come wrapped in a
// [*TransitionError] or an [*ExtensionError].
var (
	ErrIllegalTransition    = errors.New("illegal transition")
	ErrIdentityNotVerified  = errors.New("identity not verified")
	ErrReasonRequired       = errors.New("a refusal needs its reasons")
	ErrExtensionLate        = errors.New("extension notified after the first month")
	ErrExtensionUnjustified = errors.New("extension without ground or reasons")
	ErrExtensionTooLong     = errors.New("extension longer than two further months")
	ErrAlreadyExtended      = errors.New("request already extended")
)

// TransitionError is a move a request may not make.
type TransitionError struct {
	ID       string
	From, To State
	Err      error
}

// Error returns "requests: R-1: received → completed: illegal transition".
func (e *TransitionError) Error() string {
	return fmt.Sprintf("requests: %s: %s → %s: %v", e.ID, e.From, e.To, e.Err)
}

// Unwrap returns the reason.
func (e *TransitionError) Unwrap() error { return e.Err }

// ExtensionError is an extension the rules of Art. 12(3) do not allow.
type ExtensionError struct {
	ID     string
	Err    error
	Detail string
}

// Error describes the refused extension.
func (e *ExtensionError) Error() string {
	s := fmt.Sprintf("requests: %s: %v", e.ID, e.Err)
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Unwrap returns the sentinel error.
func (e *ExtensionError) Unwrap() error { return e.Err }

// Ground is a reason Art. 12(3) accepts for an extension.
type Ground string

// The grounds for an extension.
const (
	GroundComplexity Ground = "complexity"
	GroundNumber     Ground = "number_of_requests"
)

// Extension is the controller's decision to take longer.
type Extension struct {
	// Months is how many further months: 1 or 2.
	Months int `json:"months"`
	// Grounds are complexity and/or the number of requests.
	Grounds []Ground `json:"grounds"`
	// Reasons are the reasons as told to the person.
	Reasons string `json:"reasons"`
	// Notified is when the person was told.
	Notified time.Time `json:"notified"`
}

// Step is one entry of a request's history.
type Step struct {
	At       time.Time      `json:"at"`
	From     State          `json:"from"`
	To       State          `json:"to"`
	Identity IdentityStatus `json:"identity,omitempty"`
	Note     string         `json:"note,omitempty"`
}

// Request is one data-subject request.
type Request struct {
	// ID identifies the request.
	ID string `json:"id"`
	// Kind is the right exercised.
	Kind Kind `json:"kind"`
	// Subject is the person's id in the vendor's system.
	Subject string `json:"subject"`
	// Channel is how the request arrived (email, web form, phone…).
	Channel string `json:"channel,omitempty"`
	// Received is when it arrived (the clock starts here).
	Received time.Time `json:"received"`
	// Zone is the IANA time zone of the calendar the request was opened
	// under, e.g. "Europe/Rome"; empty for UTC. Its days are days of that
	// zone, whoever reads it later ([Calendar.Of]).
	Zone string `json:"zone,omitempty"`
	// Identity is the identity check's status.
	Identity IdentityStatus `json:"identity"`
	// State is where the request stands.
	State State `json:"state"`
	// Due is the last day to answer (see [Calendar.Due]).
	Due time.Time `json:"due"`
	// Extension is set once the period is extended.
	Extension *Extension `json:"extension,omitempty"`
	// Reason holds the reasons of a refusal.
	Reason string `json:"reason,omitempty"`
	// History lists every change, oldest first.
	History []Step `json:"history,omitempty"`
	// Version counts stored updates; a [Store] refuses an update made
	// from an older version.
	Version int64 `json:"version"`
}

// New returns a request received at received, due one month later.
func New(id string, kind Kind, subject string, received time.Time, cal Calendar) Request {
	received = received.UTC().Truncate(time.Microsecond)
	return Request{
		ID: id, Kind: kind, Subject: subject, Received: received, Zone: cal.zone(),
		Identity: IdentityPending, State: StateReceived, Due: cal.Due(received, 1),
		History: []Step{{At: received, To: StateReceived, Identity: IdentityPending}},
	}
}

func (r *Request) step(at time.Time, to State, note string) {
	r.History = append(r.History, Step{At: at.UTC().Truncate(time.Microsecond), From: r.State, To: to, Identity: r.Identity, Note: note})
	r.State = to
}

// Move changes the state along [Transitions]. Moving to in_progress or
// completed needs a verified identity; moving to refused needs the reasons
// in note. Extending goes through [Request.Extend].
func (r *Request) Move(to State, at time.Time, note string) error {
	fail := func(err error) error { return &TransitionError{ID: r.ID, From: r.State, To: to, Err: err} }
	if to == StateExtended || !slices.Contains(Transitions[r.State], to) {
		return fail(ErrIllegalTransition)
	}
	switch to {
	case StateInProgress, StateCompleted:
		if r.Identity != IdentityVerified {
			return fail(ErrIdentityNotVerified)
		}
	case StateRefused:
		if strings.TrimSpace(note) == "" {
			return fail(ErrReasonRequired)
		}
		r.Reason = note
	}
	r.step(at, to, note)
	return nil
}

// SetIdentity records the outcome of the identity check. A failed check
// does not refuse the request by itself: refuse it with [Request.Move] and
// the reasons.
func (r *Request) SetIdentity(s IdentityStatus, at time.Time, note string) error {
	if !r.State.Open() {
		return &TransitionError{ID: r.ID, From: r.State, To: r.State, Err: ErrIllegalTransition}
	}
	r.Identity = s
	r.step(at, r.State, note)
	return nil
}

// Extend extends the period by ext.Months further months. The person must
// have been told, with grounds and reasons, before the first month ended.
func (r *Request) Extend(ext Extension, cal Calendar) error {
	fail := func(err error, detail string) error { return &ExtensionError{ID: r.ID, Err: err, Detail: detail} }
	first := cal.Due(r.Received, 1)
	switch {
	case r.Extension != nil:
		return fail(ErrAlreadyExtended, "")
	case ext.Months < 1 || ext.Months > 2:
		return fail(ErrExtensionTooLong, fmt.Sprintf("%d months", ext.Months))
	case len(ext.Grounds) == 0 || strings.TrimSpace(ext.Reasons) == "":
		return fail(ErrExtensionUnjustified, "")
	case ext.Notified.IsZero() || ext.Notified.Before(r.Received):
		return fail(ErrExtensionUnjustified, "the person was not told")
	case !ext.Notified.Before(cal.End(first)):
		return fail(ErrExtensionLate, fmt.Sprintf("told on %s, the first month ended on %s",
			cal.Date(ext.Notified).Format(time.DateOnly), first.Format(time.DateOnly)))
	}
	for _, g := range ext.Grounds {
		if g != GroundComplexity && g != GroundNumber {
			return fail(ErrExtensionUnjustified, fmt.Sprintf("ground %q is not in Art. 12(3)", g))
		}
	}
	if !slices.Contains(Transitions[r.State], StateExtended) {
		return &TransitionError{ID: r.ID, From: r.State, To: StateExtended, Err: ErrIllegalTransition}
	}
	ext.Notified = ext.Notified.UTC().Truncate(time.Microsecond)
	r.Extension = &ext
	r.Due = cal.Due(r.Received, 1+ext.Months)
	r.step(ext.Notified, StateExtended, ext.Reasons)
	return nil
}

// Overdue reports whether the request is still open after its deadline.
func (r Request) Overdue(at time.Time, cal Calendar) bool {
	return r.State.Open() && !at.Before(cal.End(r.Due))
}

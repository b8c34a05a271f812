package requests

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

// The audit actions a [Manager] records.
const (
	AuditOpen     = "request.open"
	AuditIdentity = "request.identity"
	AuditMove     = "request.move"
	AuditExtend   = "request.extend"
	AuditExport   = "request.export"
)

// ErrInvalid is returned for a request missing what it must have: an id, a
// known kind, a subject, a receipt time.
var ErrInvalid = errors.New("requests: invalid request")

// Manager opens requests and moves them through their states, storing
// each change and recording it in the audit log, as the controller must
// be able to show how each request was handled (Art. 5(2), 12).
//
// A change is stored first and then recorded: when the audit log fails,
// the change stands and the error says the event is missing.
type Manager struct {
	// Store keeps the requests.
	Store Store
	// Audit receives one event per change; nil records nothing.
	Audit audit.Store
	// Calendar computes the deadlines.
	Calendar Calendar
	// Now is the clock of the audit events and of changes without a time;
	// nil means time.Now.
	Now func() time.Time
}

func (m *Manager) now() time.Time {
	if m.Now == nil {
		return time.Now().UTC().Truncate(time.Microsecond)
	}
	return m.Now().UTC().Truncate(time.Microsecond)
}

// Article returns the article of the right a kind exercises, e.g.
// "Art. 15"; "" for an unknown kind.
func (k Kind) Article() string {
	switch k {
	case KindAccess:
		return "Art. 15"
	case KindRectification:
		return "Art. 16"
	case KindErasure:
		return "Art. 17"
	case KindRestriction:
		return "Art. 18"
	case KindPortability:
		return "Art. 20"
	case KindObjection:
		return "Art. 21"
	}
	return ""
}

// purpose is the audit events' purpose for a request of kind k.
func purpose(k Kind) string { return "data-subject request (" + k.Article() + ")" }

// Open stores a new request made with [New] and records AuditOpen.
func (m *Manager) Open(ctx context.Context, r Request, actor string) (Request, error) {
	switch {
	case strings.TrimSpace(r.ID) == "":
		return Request{}, fmt.Errorf("%w: no id", ErrInvalid)
	case !r.Kind.Valid():
		return Request{}, fmt.Errorf("%w: kind %q is not one of %s", ErrInvalid, r.Kind, kindList())
	case strings.TrimSpace(r.Subject) == "":
		return Request{}, fmt.Errorf("%w: no subject", ErrInvalid)
	case r.Received.IsZero():
		return Request{}, fmt.Errorf("%w: no receipt time", ErrInvalid)
	}
	r, err := m.Store.Create(ctx, r)
	if err != nil {
		return Request{}, err
	}
	return r, m.record(ctx, r, actor, AuditOpen, map[string]string{
		"kind": string(r.Kind), "channel": r.Channel, "received": stamp(r.Received),
		"due": r.Due.Format(time.DateOnly),
	})
}

func kindList() string {
	s := make([]string, len(Kinds))
	for i, k := range Kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// SetIdentity records the outcome of the identity check of request id
// (see [Request.SetIdentity]); a zero at means now.
func (m *Manager) SetIdentity(ctx context.Context, id string, s IdentityStatus, at time.Time, note, actor string) (Request, error) {
	switch s {
	case IdentityPending, IdentityVerified, IdentityFailed:
	default:
		return Request{}, fmt.Errorf("%w: identity status %q is not pending, verified or failed", ErrInvalid, s)
	}
	return m.change(ctx, id, actor, AuditIdentity, func(r *Request) (map[string]string, error) {
		return map[string]string{"identity": string(s), "note": note}, r.SetIdentity(s, m.at(at), note)
	})
}

// Move moves request id to another state (see [Request.Move]); a zero at
// means now.
func (m *Manager) Move(ctx context.Context, id string, to State, at time.Time, note, actor string) (Request, error) {
	return m.change(ctx, id, actor, AuditMove, func(r *Request) (map[string]string, error) {
		d := map[string]string{"from": string(r.State), "to": string(to), "note": note}
		return d, r.Move(to, m.at(at), note)
	})
}

// Extend extends the period of request id (see [Request.Extend]); a zero
// ext.Notified means now.
func (m *Manager) Extend(ctx context.Context, id string, ext Extension, actor string) (Request, error) {
	if ext.Notified.IsZero() {
		ext.Notified = m.now()
	}
	return m.change(ctx, id, actor, AuditExtend, func(r *Request) (map[string]string, error) {
		grounds := make([]string, len(ext.Grounds))
		for i, g := range ext.Grounds {
			grounds[i] = string(g)
		}
		cal, err := m.Calendar.Of(*r)
		if err != nil {
			return nil, err
		}
		if err := r.Extend(ext, cal); err != nil {
			return nil, err
		}
		return map[string]string{"months": strconv.Itoa(ext.Months), "grounds": strings.Join(grounds, ","),
			"notified": stamp(ext.Notified), "due": r.Due.Format(time.DateOnly)}, nil
	})
}

// Exported records AuditExport: the copy of the data was made for request
// r. details say what was given (files, tickets, languages); the bundle
// itself never goes into the log.
func (m *Manager) Exported(ctx context.Context, r Request, actor string, details map[string]string) error {
	d := map[string]string{"kind": string(r.Kind)}
	for k, v := range details {
		d[k] = v
	}
	return m.record(ctx, r, actor, AuditExport, d)
}

func (m *Manager) at(t time.Time) time.Time {
	if t.IsZero() {
		return m.now()
	}
	return t
}

// change reads request id, applies fn, stores the result and records
// action with fn's details.
func (m *Manager) change(ctx context.Context, id, actor, action string, fn func(*Request) (map[string]string, error)) (Request, error) {
	r, err := m.Store.Get(ctx, id)
	if err != nil {
		return Request{}, err
	}
	details, err := fn(&r)
	if err != nil {
		return Request{}, err
	}
	if r, err = m.Store.Update(ctx, r); err != nil {
		return Request{}, err
	}
	return r, m.record(ctx, r, actor, action, details)
}

// record appends one event about r; empty details are dropped.
func (m *Manager) record(ctx context.Context, r Request, actor, action string, details map[string]string) error {
	if m.Audit == nil {
		return nil
	}
	d := map[string]string{"request": r.ID, "state": string(r.State)}
	for k, v := range details {
		if v != "" {
			d[k] = v
		}
	}
	if actor == "" {
		actor = "requests"
	}
	e := audit.Event{Time: m.now(), Actor: actor, Action: action, Subject: r.Subject, Purpose: purpose(r.Kind), Details: d}
	if _, err := m.Audit.Append(ctx, e); err != nil {
		return fmt.Errorf("requests: %s %s stored, but the audit log failed: %w", action, r.ID, err)
	}
	return nil
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

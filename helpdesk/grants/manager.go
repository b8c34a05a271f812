package grants

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/netip"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

// The defaults of [Manager]'s limits.
const (
	DefaultMaxImpersonation = 30 * time.Minute
	DefaultConsentWindow    = 10 * time.Minute
	DefaultMaxRemote        = 2 * time.Hour
)

// The audit actions a [Manager] records.
const (
	AuditImpersonationGrant  = "impersonation.grant"
	AuditImpersonationAllow  = "impersonation.allow"
	AuditImpersonationRefuse = "impersonation.refuse"
	AuditImpersonationEnd    = "impersonation.end"
	AuditRemoteConsent       = "remote.consent"
	AuditRemoteStart         = "remote.start"
	AuditRemoteCheck         = "remote.check"
	AuditRemoteRefuse        = "remote.refuse"
	AuditRemoteEnd           = "remote.end"
)

// ErrInvalid is returned for a request missing what it must name (an
// operator, a customer, a channel).
var ErrInvalid = errors.New("grants: invalid request")

// Manager grants, checks and ends impersonations and remote sessions,
// recording each step in the audit log.
type Manager struct {
	// Store keeps grants and sessions.
	Store Store
	// Audit receives an event for every request, check, use and refusal.
	Audit audit.Store
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// NewID makes grant and session ids; nil means 16 random bytes in hex.
	NewID func() string
	// MaxImpersonation caps an impersonation; zero means
	// [DefaultMaxImpersonation].
	MaxImpersonation time.Duration
	// ConsentWindow is how long a consent may wait for its session; zero
	// means [DefaultConsentWindow].
	ConsentWindow time.Duration
	// MaxRemote caps a remote session; zero means [DefaultMaxRemote].
	MaxRemote time.Duration
}

func (m *Manager) now() time.Time {
	// Stores keep microseconds: truncate here so what the store returns
	// equals what was decided on.
	if m.Now == nil {
		return time.Now().UTC().Truncate(time.Microsecond)
	}
	return m.Now().UTC().Truncate(time.Microsecond)
}

func (m *Manager) newID(prefix string) string {
	if m.NewID != nil {
		return m.NewID()
	}
	var b [16]byte
	rand.Read(b[:])
	return prefix + hex.EncodeToString(b[:])
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// record appends one event at now; its error wins over any decision.
func (m *Manager) record(ctx context.Context, now time.Time, e audit.Event) error {
	e.Time = now
	for k, v := range e.Details {
		if v == "" {
			delete(e.Details, k)
		}
	}
	if _, err := m.Audit.Append(ctx, e); err != nil {
		return fmt.Errorf("grants: audit log: %w", err)
	}
	return nil
}

// refused records a refusal and returns it (or the logging error).
func (m *Manager) refused(ctx context.Context, now time.Time, e audit.Event, r *RefusalError) error {
	if e.Details == nil {
		e.Details = map[string]string{}
	}
	e.Details["reason"] = string(r.Reason)
	if err := m.record(ctx, now, e); err != nil {
		return errors.Join(r, err)
	}
	return r
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// ImpersonationRequest asks for an impersonation grant.
type ImpersonationRequest struct {
	Operator, Customer string
	// Ticket is required: the ticket reporting the problem.
	Ticket string
	// SourceIP is the operator's address.
	SourceIP string
	// Duration of the grant; zero means the maximum.
	Duration time.Duration
}

// Impersonate grants an impersonation for [PurposeReproduce], read-only,
// for req.Duration. It refuses a request without a ticket or longer than
// the maximum.
func (m *Manager) Impersonate(ctx context.Context, req ImpersonationRequest) (Impersonation, error) {
	if req.Operator == "" || req.Customer == "" {
		return Impersonation{}, fmt.Errorf("%w: impersonation needs an operator and a customer", ErrInvalid)
	}
	now := m.now()
	max := orDefault(m.MaxImpersonation, DefaultMaxImpersonation)
	ev := audit.Event{Actor: req.Operator, Subject: req.Customer, Ticket: req.Ticket, Purpose: PurposeReproduce,
		Details: map[string]string{"source_ip": req.SourceIP}}
	if req.SourceIP == "" {
		delete(ev.Details, "source_ip")
	}
	var reason Reason
	switch {
	case req.Ticket == "":
		reason = ReasonNoTicket
	case req.Duration > max:
		reason = ReasonTooLong
	}
	if reason != "" {
		ev.Action = AuditImpersonationRefuse
		return Impersonation{}, m.refused(ctx, now, ev, &RefusalError{Op: "impersonate", Reason: reason})
	}
	d := req.Duration
	if d <= 0 {
		d = max
	}
	g := Impersonation{
		ID: m.newID("imp_"), Operator: req.Operator, Customer: req.Customer, Ticket: req.Ticket,
		Purpose: PurposeReproduce, SourceIP: req.SourceIP, Granted: now, Expires: now.Add(d),
	}
	ev.Action = AuditImpersonationGrant
	ev.Details["grant"] = g.ID
	ev.Details["expires"] = stamp(g.Expires)
	ev.Details["scope"] = "read-only"
	if err := m.record(ctx, now, ev); err != nil {
		return Impersonation{}, err
	}
	if err := m.Store.CreateImpersonation(ctx, g); err != nil {
		return Impersonation{}, fmt.Errorf("grants: store: %w", err)
	}
	return g, nil
}

// Allow decides whether the operator holding grant id may perform action
// now and records the decision. A refusal is a [*RefusalError].
func (m *Manager) Allow(ctx context.Context, id string, action Action) error {
	now := m.now()
	g, err := m.Store.Impersonation(ctx, id)
	if errors.Is(err, ErrNotFound) {
		ev := audit.Event{Actor: "unknown", Action: AuditImpersonationRefuse,
			Details: map[string]string{"grant": id, "action": string(action)}}
		return m.refused(ctx, now, ev, &RefusalError{Op: "act", ID: id, Action: action, Reason: ReasonUnknownGrant})
	}
	if err != nil {
		return fmt.Errorf("grants: store: %w", err)
	}
	ev := audit.Event{Actor: g.Operator, Subject: g.Customer, Ticket: g.Ticket, Purpose: g.Purpose,
		Details: map[string]string{"grant": g.ID, "action": string(action)}}
	if err := g.Check(action, now); err != nil {
		ev.Action = AuditImpersonationRefuse
		return m.refused(ctx, now, ev, err.(*RefusalError))
	}
	ev.Action = AuditImpersonationAllow
	return m.record(ctx, now, ev)
}

// EndImpersonation ends grant id now.
func (m *Manager) EndImpersonation(ctx context.Context, id string) (Impersonation, error) {
	now := m.now()
	g, err := m.Store.EndImpersonation(ctx, id, now)
	if err != nil {
		return g, fmt.Errorf("grants: end impersonation %s: %w", id, err)
	}
	return g, m.record(ctx, now, audit.Event{Actor: g.Operator, Action: AuditImpersonationEnd, Subject: g.Customer,
		Ticket: g.Ticket, Purpose: g.Purpose, Details: map[string]string{"grant": g.ID}})
}

// ConsentRequest records a customer's consent to one remote session.
type ConsentRequest struct {
	// Ticket is the ticket the session serves.
	Ticket string
	// Operator is the operator the customer authorises.
	Operator string
	// Scope is what is authorised, e.g. "view screen".
	Scope string
	// Consent is who consented, how and with what evidence; a zero
	// Consent.Given means now.
	Consent Consent
}

// RecordConsent records the customer's consent and returns the session
// waiting to start; it must start within the consent window.
func (m *Manager) RecordConsent(ctx context.Context, req ConsentRequest) (RemoteSession, error) {
	c := req.Consent
	if req.Operator == "" || c.Customer == "" || c.Channel == "" {
		return RemoteSession{}, fmt.Errorf("%w: consent needs an operator, a customer and a channel", ErrInvalid)
	}
	now := m.now()
	if c.Given.IsZero() {
		c.Given = now
	}
	c.Given = c.Given.UTC()
	if c.Given.After(now) {
		return RemoteSession{}, fmt.Errorf("%w: consent given in the future", ErrInvalid)
	}
	s := RemoteSession{
		ID: m.newID("rs_"), Ticket: req.Ticket, Operator: req.Operator, Scope: req.Scope, Consent: c,
		ConsentExpires: c.Given.Add(orDefault(m.ConsentWindow, DefaultConsentWindow)),
	}
	details := map[string]string{"session": s.ID, "channel": c.Channel, "consent_given": stamp(c.Given),
		"consent_expires": stamp(s.ConsentExpires), "scope": s.Scope, "evidence": c.Evidence}
	if err := m.record(ctx, now, audit.Event{Actor: req.Operator, Action: AuditRemoteConsent, Subject: c.Customer,
		Ticket: req.Ticket, Purpose: "remote assistance", Details: details}); err != nil {
		return RemoteSession{}, err
	}
	if err := m.Store.CreateRemote(ctx, s); err != nil {
		return RemoteSession{}, fmt.Errorf("grants: store: %w", err)
	}
	return s, nil
}

// StartRemote starts session id for operator, connected from customerIP.
// It refuses a session without recorded consent, with a consent given to
// another operator, already used, or lapsed.
func (m *Manager) StartRemote(ctx context.Context, id, operator, customerIP string) (RemoteSession, error) {
	now := m.now()
	ev := audit.Event{Actor: operator, Action: AuditRemoteRefuse, Purpose: "remote assistance",
		Details: map[string]string{"session": id, "customer_ip": customerIP}}
	refuse := func(r Reason) error {
		return m.refused(ctx, now, ev, &RefusalError{Op: "start remote session", ID: id, Reason: r})
	}
	if operator == "" {
		ev.Actor = "unknown"
	}
	s, err := m.Store.Remote(ctx, id)
	if errors.Is(err, ErrNotFound) {
		return RemoteSession{}, refuse(ReasonNoConsent)
	}
	if err != nil {
		return RemoteSession{}, fmt.Errorf("grants: store: %w", err)
	}
	ev.Subject, ev.Ticket = s.Consent.Customer, s.Ticket
	ip, err := netip.ParseAddr(customerIP)
	switch {
	case err != nil:
		return s, refuse(ReasonInvalidCustomer)
	case operator != s.Operator:
		return s, refuse(ReasonWrongOperator)
	case !s.Started.IsZero():
		return s, refuse(ReasonConsentUsed)
	case !now.Before(s.ConsentExpires):
		return s, refuse(ReasonConsentExpired)
	}
	deadline := now.Add(orDefault(m.MaxRemote, DefaultMaxRemote))
	// Log first: a session the log does not show must not run.
	ev.Action = AuditRemoteStart
	ev.Details = map[string]string{"session": id, "customer_ip": ip.String(), "start": stamp(now),
		"deadline": stamp(deadline), "consent_given": stamp(s.Consent.Given), "channel": s.Consent.Channel}
	if err := m.record(ctx, now, ev); err != nil {
		return s, err
	}
	started, err := m.Store.StartRemote(ctx, id, now, ip.String(), deadline)
	if errors.Is(err, ErrAlreadyStarted) {
		// Another start won the race after our checks.
		ev.Action, ev.Details = AuditRemoteRefuse, map[string]string{"session": id, "customer_ip": customerIP}
		return started, refuse(ReasonConsentUsed)
	}
	if err != nil {
		return started, fmt.Errorf("grants: store: %w", err)
	}
	return started, nil
}

// CheckRemote confirms that session id is running now (started, not ended,
// before its deadline) and records the check.
func (m *Manager) CheckRemote(ctx context.Context, id string) error {
	now := m.now()
	s, err := m.Store.Remote(ctx, id)
	if errors.Is(err, ErrNotFound) {
		ev := audit.Event{Actor: "unknown", Action: AuditRemoteRefuse, Details: map[string]string{"session": id}}
		return m.refused(ctx, now, ev, &RefusalError{Op: "continue remote session", ID: id, Reason: ReasonNoConsent})
	}
	if err != nil {
		return fmt.Errorf("grants: store: %w", err)
	}
	ev := audit.Event{Actor: s.Operator, Action: AuditRemoteCheck, Subject: s.Consent.Customer, Ticket: s.Ticket,
		Purpose: "remote assistance", Details: map[string]string{"session": id}}
	var reason Reason
	switch s.State(now) {
	case SessionAwaitingStart, SessionConsentExpired:
		reason = ReasonNotStarted
	case SessionEnded:
		reason = ReasonEnded
		if s.Ended.IsZero() {
			reason = ReasonExpired
		}
	}
	if reason != "" {
		ev.Action = AuditRemoteRefuse
		return m.refused(ctx, now, ev, &RefusalError{Op: "continue remote session", ID: id, Reason: reason})
	}
	return m.record(ctx, now, ev)
}

// EndRemote ends session id now and records the end.
func (m *Manager) EndRemote(ctx context.Context, id string) (RemoteSession, error) {
	now := m.now()
	s, err := m.Store.EndRemote(ctx, id, now)
	if err != nil {
		return s, fmt.Errorf("grants: end remote session %s: %w", id, err)
	}
	return s, m.record(ctx, now, audit.Event{Actor: s.Operator, Action: AuditRemoteEnd, Subject: s.Consent.Customer,
		Ticket: s.Ticket, Purpose: "remote assistance",
		Details: map[string]string{"session": id, "customer_ip": s.CustomerIP, "start": stamp(s.Started), "end": stamp(now)}})
}

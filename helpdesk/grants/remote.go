package grants

import "time"

// Consent is a customer's explicit authorisation of one remote-assistance
// session.
type Consent struct {
	// Customer is who consented.
	Customer string `json:"customer"`
	// Channel is how the consent was given, e.g. "in_app_prompt", "phone".
	Channel string `json:"channel"`
	// Given is when (UTC).
	Given time.Time `json:"given"`
	// Evidence points at the record of the answer: a prompt id, a call
	// recording, a chat message.
	Evidence string `json:"evidence,omitempty"`
}

// RemoteSession is one remote-assistance session and the consent behind it.
type RemoteSession struct {
	// ID identifies the session.
	ID string `json:"id"`
	// Ticket is the ticket the session serves.
	Ticket string `json:"ticket"`
	// Operator is the operator the customer authorised.
	Operator string `json:"operator"`
	// Scope is what the customer authorised, e.g. "view screen".
	Scope string `json:"scope,omitempty"`
	// Consent is the customer's authorisation.
	Consent Consent `json:"consent"`
	// ConsentExpires is when the unused consent lapses.
	ConsentExpires time.Time `json:"consent_expires"`
	// CustomerIP is the customer's address when the session started.
	CustomerIP string `json:"customer_ip,omitempty"`
	// Started and Ended bound the session; zero until they happen.
	Started time.Time `json:"started,omitzero"`
	Ended   time.Time `json:"ended,omitzero"`
	// Deadline is when a started session must end at the latest.
	Deadline time.Time `json:"deadline,omitzero"`
}

// SessionState is where a remote session stands.
type SessionState string

// The session states.
const (
	SessionAwaitingStart  SessionState = "awaiting_start"
	SessionConsentExpired SessionState = "consent_expired"
	SessionActive         SessionState = "active"
	SessionEnded          SessionState = "ended"
)

// State returns the session's state at t. A session past its deadline
// counts as ended.
func (s RemoteSession) State(t time.Time) SessionState {
	switch {
	case !s.Ended.IsZero() && !t.Before(s.Ended):
		return SessionEnded
	case !s.Started.IsZero() && !s.Deadline.IsZero() && !t.Before(s.Deadline):
		return SessionEnded
	case !s.Started.IsZero():
		return SessionActive
	case !t.Before(s.ConsentExpires):
		return SessionConsentExpired
	}
	return SessionAwaitingStart
}

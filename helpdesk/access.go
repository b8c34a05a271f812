package helpdesk

import "github.com/gdprkit/gdprkit/gdpr"

// AccessRole is one role with access to support data (Art. 29, 32; Codice
// art. 2-quaterdecies: named authorised persons with written
// instructions).
type AccessRole struct {
	// ID names the role, e.g. operator.
	ID string `json:"id" validate:"required,id"`
	// Name is the role's name in the documents.
	Name gdpr.Text `json:"name" validate:"required"`
	// Sees is what the role may see.
	Sees gdpr.Text `json:"sees,omitempty"`
	// May are what the role may do.
	May []Permission `json:"may,omitempty" validate:"omitempty,dive,enum"`
	// Note adds detail, e.g. the written instructions the role receives.
	Note gdpr.Text `json:"note,omitempty"`
}

// Can reports whether the role has permission p.
func (r AccessRole) Can(p Permission) bool {
	for _, x := range r.May {
		if x == p {
			return true
		}
	}
	return false
}

// Impersonation is whether and how an operator may see the product as a
// customer sees it (legal/helpdesk.md §1; Art. 5(1)(b),(f), 25, 32).
type Impersonation struct {
	// Allowed is true when operators may impersonate customers at all.
	Allowed bool `json:"allowed,omitempty"`
	// OnlyToReproduce states that impersonation serves only to reproduce
	// the problem the customer reported.
	OnlyToReproduce bool `json:"only_to_reproduce,omitempty"`
	// ReadOnly states that the operator only looks: no writes.
	ReadOnly bool `json:"read_only,omitempty"`
	// Forbidden are the actions refused whatever the ticket, e.g.
	// change_data and make_payment.
	Forbidden []Action `json:"forbidden,omitempty" validate:"omitempty,dive,enum"`
	// TicketRequired states that every impersonation names the ticket
	// that reports the problem.
	TicketRequired bool `json:"ticket_required,omitempty"`
	// TimeLimit is the longest an impersonation lasts (ISO 8601, e.g.
	// PT30M).
	TimeLimit gdpr.Duration `json:"time_limit,omitempty" validate:"omitempty,duration"`
	// Logged states that start, end and every action are logged as
	// operator → customer with the operator's IP address.
	Logged bool `json:"logged,omitempty"`
	// CustomerInformed states that the customer is told of it.
	CustomerInformed bool `json:"customer_informed,omitempty"`
	// Roles are the role ids that may impersonate.
	Roles []string `json:"roles,omitempty" validate:"omitempty,dive,id"`
}

// RemoteAssistance is whether and how an operator may open a remote
// session on a customer's device (Art. 25, 32; ePrivacy Dir. Art. 5(3)).
type RemoteAssistance struct {
	// Allowed is true when support offers remote sessions.
	Allowed bool `json:"allowed,omitempty"`
	// Tool is the system id (register systems) or the name of the remote
	// tool.
	Tool string `json:"tool,omitempty"`
	// Consent is when the customer's explicit consent is asked: per_session
	// is the only acceptable answer.
	Consent ConsentScope `json:"consent,omitempty" validate:"omitempty,enum"`
	// ConsentHow is how the consent is given and recorded, e.g. a code the
	// customer reads out and a button they press.
	ConsentHow gdpr.Text `json:"consent_how,omitempty"`
	// NoLaterAccess states that no access happens after the session ends
	// without a new consent (no unattended access).
	NoLaterAccess bool `json:"no_later_access,omitempty"`
	// CustomerCanEnd states that the customer sees the session and can end
	// it at any time.
	CustomerCanEnd bool `json:"customer_can_end,omitempty"`
	// Recorded is true when sessions are recorded (screen recording).
	Recorded bool `json:"recorded,omitempty"`
	// Logged are the items logged for every session.
	Logged []SessionLogItem `json:"logged,omitempty" validate:"omitempty,dive,enum"`
	// Roles are the role ids that may open sessions.
	Roles []string `json:"roles,omitempty" validate:"omitempty,dive,id"`
}

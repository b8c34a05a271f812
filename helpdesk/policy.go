package helpdesk

import "github.com/gdprkit/gdprkit/gdpr"

// Helpdesk is the pack's helpdesk section. In YAML it is the top-level
// helpdesk: key; today it holds the support-data policy, and it is a
// section of its own so that later settings of the runtime kit sit beside
// the policy rather than inside it.
type Helpdesk struct {
	// Policy is the support-data policy.
	Policy *Policy `json:"policy,omitempty"`
}

// Policy is the support-data policy of a helpdesk (legal/helpdesk.md §1):
// what support collects on each channel and why, who sees it, when an
// operator may impersonate a customer or open a remote session, how long
// tickets live and who answers requests. It belongs to one activity of the
// register, and the rules of [Check] keep the two consistent.
type Policy struct {
	// Activity is the id of the register activity the policy belongs to,
	// e.g. support.
	Activity string `json:"activity" validate:"required,id"`
	// Role is the organisation's role for the ticket data: controller (own
	// customers) or processor (a client's end users, Art. 28); empty is
	// controller.
	Role Role `json:"role,omitempty" validate:"omitempty,enum"`
	// Version of the policy documents, e.g. "1.2".
	Version string `json:"version,omitempty"`
	// Date is when the policy was last approved; empty uses the pack's
	// date.
	Date gdpr.Date `json:"date,omitempty" validate:"omitempty,date"`
	// Owner is who keeps the policy, e.g. the support lead.
	Owner string `json:"owner,omitempty"`
	// Channels are the intake channels with the fields each collects.
	Channels []Channel `json:"channels" validate:"required,min=1,dive"`
	// Ticketing is the recipient id (register recipients) of the ticketing
	// system's provider.
	Ticketing string `json:"ticketing,omitempty" validate:"omitempty,id"`
	// Processors are the recipient ids of the other processors support
	// uses (survey, telephony, hosting…).
	Processors []string `json:"processors,omitempty" validate:"omitempty,dive,id"`
	// Roles are the access roles and what each may see and do.
	Roles []AccessRole `json:"roles" validate:"required,min=1,dive"`
	// Impersonation says whether and how an operator may act as a customer.
	Impersonation Impersonation `json:"impersonation"`
	// RemoteAssistance says whether and how an operator may open a remote
	// session on the customer's device.
	RemoteAssistance RemoteAssistance `json:"remote_assistance"`
	// Closure is what happens when a ticket closes.
	Closure Closure `json:"closure"`
	// Retention is the life of ticket data: stages with their bounds.
	Retention Retention `json:"retention"`
	// AuditLog is what the audit log records and how long it is kept.
	AuditLog AuditLog `json:"audit_log"`
	// Rights is how people exercise their rights over support data.
	Rights RightsContact `json:"rights"`
	// BreachEscalation says how an operator escalates a ticket that
	// reveals a personal-data breach (Art. 33); empty uses the standard
	// wording (to the DPO and the breach team at once).
	BreachEscalation gdpr.Text `json:"breach_escalation,omitempty"`
}

// Closure is what happens to a ticket when it closes.
type Closure struct {
	// AutoCloseAfter closes a ticket waiting for the customer after this
	// much inactivity (ISO 8601, e.g. P14D); empty means no automatic
	// closure.
	AutoCloseAfter gdpr.Duration `json:"auto_close_after,omitempty" validate:"omitempty,duration"`
	// NoFurtherProcessing states that a closed ticket is not processed
	// further unless the customer writes again, which reopens it.
	NoFurtherProcessing bool `json:"no_further_processing"`
	// Note adds detail, e.g. what the closing message says.
	Note gdpr.Text `json:"note,omitempty"`
}

// AuditLog is what support's audit log records.
type AuditLog struct {
	// Events are the kinds of events recorded.
	Events []AuditEvent `json:"events,omitempty" validate:"omitempty,dive,enum"`
	// Retention is how long log entries are kept (ISO 8601).
	Retention gdpr.Duration `json:"retention,omitempty" validate:"omitempty,duration"`
	// Reviewer is the role id that reviews the log.
	Reviewer string `json:"reviewer,omitempty" validate:"omitempty,id"`
	// TamperEvident states that entries are chained so any change is
	// detected (helpdesk/audit).
	TamperEvident bool `json:"tamper_evident,omitempty"`
}

// RightsContact is how people exercise their rights over support data.
type RightsContact struct {
	// Email is the address for requests (access, erasure…).
	Email string `json:"email,omitempty" validate:"omitempty,email"`
	// URL is a web form for requests.
	URL string `json:"url,omitempty" validate:"omitempty,url"`
	// IdentityCheck says how the requester's identity is checked, in
	// proportion (Art. 12(6)); empty uses the standard wording (the
	// address the tickets came from, or the customer account).
	IdentityCheck gdpr.Text `json:"identity_check,omitempty"`
	// Note adds detail.
	Note gdpr.Text `json:"note,omitempty"`
}

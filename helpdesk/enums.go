package helpdesk

import (
	"slices"

	"github.com/gdprkit/gdprkit/internal/i18n"
)

// Enumerations of the support-data policy. Each is a string type with
// stable snake_case keys (the YAML values), Valid and Keys for the loader,
// and Label for documents; the labels live in the i18n.Helpdesk catalog
// under "<prefix>.<key>".

func validKey(keys []string, k string) bool { return k == "" || slices.Contains(keys, k) }

func label(prefix, key, lang string) string {
	if key == "" {
		return ""
	}
	return i18n.Helpdesk.T(lang, prefix+"."+key)
}

// Role is the organisation's role for ticket data.
type Role string

// The roles.
const (
	// AsController: the organisation's own customers and their users.
	AsController Role = "controller"
	// AsProcessor: a client's end users, handled on the client's behalf
	// under an Art. 28 contract.
	AsProcessor Role = "processor"
)

var roleKeys = []string{"controller", "processor"}

// Valid reports whether r is a known role or empty (controller).
func (r Role) Valid() bool { return validKey(roleKeys, string(r)) }

// Keys returns every role key.
func (Role) Keys() []string { return slices.Clone(roleKeys) }

// Label returns the role in words in lang.
func (r Role) Label(lang string) string {
	if r == "" {
		r = AsController
	}
	return label("role", string(r), lang)
}

// ChannelKind is a kind of intake channel.
type ChannelKind string

// The channel kinds.
const (
	ChannelPhone         ChannelKind = "phone"
	ChannelEmail         ChannelKind = "email"
	ChannelWebForm       ChannelKind = "web_form"
	ChannelChat          ChannelKind = "chat"
	ChannelVideo         ChannelKind = "video"
	ChannelSocial        ChannelKind = "social"
	ChannelRemoteSession ChannelKind = "remote_session"
)

var channelKeys = []string{"phone", "email", "web_form", "chat", "video", "social", "remote_session"}

// Valid reports whether k is a known kind or empty.
func (k ChannelKind) Valid() bool { return validKey(channelKeys, string(k)) }

// Keys returns every channel kind.
func (ChannelKind) Keys() []string { return slices.Clone(channelKeys) }

// Label returns the kind in words in lang.
func (k ChannelKind) Label(lang string) string { return label("channel", string(k), lang) }

// Permission is something an access role may do with support data.
type Permission string

// The permissions.
const (
	PermReadTickets       Permission = "read_tickets"
	PermReply             Permission = "reply"
	PermInternalNotes     Permission = "internal_notes"
	PermAttachments       Permission = "attachments"
	PermAssign            Permission = "assign"
	PermExport            Permission = "export"
	PermImpersonate       Permission = "impersonate"
	PermRemoteAssistance  Permission = "remote_assistance"
	PermTechnicalData     Permission = "technical_data"
	PermStatistics        Permission = "statistics"
	PermReidentify        Permission = "reidentify"
	PermErase             Permission = "erase"
	PermAuditLog          Permission = "audit_log"
	PermConfigure         Permission = "configure"
	PermRecordingsListen  Permission = "recordings"
	PermDataSubjectRights Permission = "data_subject_requests"
)

var permissionKeys = []string{"read_tickets", "reply", "internal_notes", "attachments", "assign", "export", "impersonate", "remote_assistance", "technical_data", "statistics", "reidentify", "erase", "audit_log", "configure", "recordings", "data_subject_requests"}

// Valid reports whether p is a known permission or empty.
func (p Permission) Valid() bool { return validKey(permissionKeys, string(p)) }

// Keys returns every permission.
func (Permission) Keys() []string { return slices.Clone(permissionKeys) }

// Label returns the permission in words in lang.
func (p Permission) Label(lang string) string { return label("perm", string(p), lang) }

// Action is an action refused to an impersonating operator. The keys are
// those of helpdesk/grants, which enforces them at run time.
type Action string

// The forbidden actions.
const (
	ActionChangeData        Action = "change_data"
	ActionMakePayment       Action = "make_payment"
	ActionChangeCredentials Action = "change_credentials"
	ActionExportData        Action = "export_data"
	ActionDeleteData        Action = "delete_data"
	ActionSendMessage       Action = "send_message"
)

var actionKeys = []string{"change_data", "make_payment", "change_credentials", "export_data", "delete_data", "send_message"}

// Valid reports whether a is a known action or empty.
func (a Action) Valid() bool { return validKey(actionKeys, string(a)) }

// Keys returns every action.
func (Action) Keys() []string { return slices.Clone(actionKeys) }

// Label returns the action in words in lang.
func (a Action) Label(lang string) string { return label("action", string(a), lang) }

// ConsentScope is when a customer's consent to remote assistance is asked.
type ConsentScope string

// The consent scopes.
const (
	// ConsentPerSession: explicit consent for every session — required.
	ConsentPerSession ConsentScope = "per_session"
	// ConsentOnce: consent once, e.g. in the contract — not enough for a
	// session on the customer's device.
	ConsentOnce ConsentScope = "once"
	// ConsentNone: no consent asked.
	ConsentNone ConsentScope = "none"
)

var consentKeys = []string{"per_session", "once", "none"}

// Valid reports whether c is a known scope or empty.
func (c ConsentScope) Valid() bool { return validKey(consentKeys, string(c)) }

// Keys returns every scope.
func (ConsentScope) Keys() []string { return slices.Clone(consentKeys) }

// Label returns the scope in words in lang.
func (c ConsentScope) Label(lang string) string { return label("consent", string(c), lang) }

// SessionLogItem is an item logged for every remote session.
type SessionLogItem string

// The session log items.
const (
	LogOperatorID SessionLogItem = "operator_id"
	LogCustomerIP SessionLogItem = "customer_ip"
	LogStart      SessionLogItem = "start"
	LogEnd        SessionLogItem = "end"
	LogConsent    SessionLogItem = "consent"
	LogScope      SessionLogItem = "scope"
	LogTicket     SessionLogItem = "ticket"
)

var logItemKeys = []string{"operator_id", "customer_ip", "start", "end", "consent", "scope", "ticket"}

// RequiredSessionLog are the items every remote session must log
// (the issue and legal/helpdesk.md §1: operator, customer IP, start and end
// in UTC).
var RequiredSessionLog = []SessionLogItem{LogOperatorID, LogCustomerIP, LogStart, LogEnd}

// Valid reports whether i is a known item or empty.
func (i SessionLogItem) Valid() bool { return validKey(logItemKeys, string(i)) }

// Keys returns every item.
func (SessionLogItem) Keys() []string { return slices.Clone(logItemKeys) }

// Label returns the item in words in lang.
func (i SessionLogItem) Label(lang string) string { return label("log", string(i), lang) }

// AuditEvent is a kind of event support's audit log records.
type AuditEvent string

// The audit events.
const (
	EventRead            AuditEvent = "read"
	EventSearch          AuditEvent = "search"
	EventExport          AuditEvent = "export"
	EventAdminChange     AuditEvent = "admin_change"
	EventImpersonation   AuditEvent = "impersonation"
	EventRemoteSession   AuditEvent = "remote_session"
	EventReidentify      AuditEvent = "reidentification"
	EventErasure         AuditEvent = "erasure"
	EventRetentionAction AuditEvent = "retention_action"
)

var auditEventKeys = []string{"read", "search", "export", "admin_change", "impersonation", "remote_session", "reidentification", "erasure", "retention_action"}

// Valid reports whether e is a known event or empty.
func (e AuditEvent) Valid() bool { return validKey(auditEventKeys, string(e)) }

// Keys returns every event.
func (AuditEvent) Keys() []string { return slices.Clone(auditEventKeys) }

// Label returns the event in words in lang.
func (e AuditEvent) Label(lang string) string { return label("event", string(e), lang) }

// Trigger is the event that ends a ticket's live stage.
type Trigger string

// The triggers.
const (
	// TriggerContractEnd: tickets stay live while the customer's contract
	// runs, so support history serves the contract.
	TriggerContractEnd Trigger = "contract_end"
	// TriggerTicketClosed: each ticket's own clock starts when it closes.
	TriggerTicketClosed Trigger = "ticket_closed"
)

var triggerKeys = []string{"contract_end", "ticket_closed"}

// Valid reports whether t is a known trigger or empty.
func (t Trigger) Valid() bool { return validKey(triggerKeys, string(t)) }

// Keys returns every trigger.
func (Trigger) Keys() []string { return slices.Clone(triggerKeys) }

// Label returns the trigger in words in lang.
func (t Trigger) Label(lang string) string { return label("trigger", string(t), lang) }

// Stage is a retention stage after a ticket's trigger (legal/helpdesk.md
// §2). The order of the constants is the only order stages move in.
type Stage string

// The stages, in order.
const (
	// StageClosed: full ticket, access restricted to what claims need.
	StageClosed Stage = "closed"
	// StagePseudonymised: direct identifiers replaced by keyed tokens, free
	// text redacted, the key held apart (Art. 4(5)).
	StagePseudonymised Stage = "pseudonymised"
	// StageAnonymised: generalised attributes only; the link to the person
	// cut and the key destroyed.
	StageAnonymised Stage = "anonymised"
	// StageDeleted: nothing remains but an erasure receipt.
	StageDeleted Stage = "deleted"
)

var stageKeys = []string{"closed", "pseudonymised", "anonymised", "deleted"}

// Valid reports whether s is a known stage or empty.
func (s Stage) Valid() bool { return validKey(stageKeys, string(s)) }

// Keys returns every stage, in order.
func (Stage) Keys() []string { return slices.Clone(stageKeys) }

// Label returns the stage in words in lang.
func (s Stage) Label(lang string) string { return label("stage", string(s), lang) }

// Order returns the stage's place in the lifecycle (live is 0), so stages
// compare: a ticket only moves to a higher order.
func (s Stage) Order() int { return slices.Index(stageKeys, string(s)) + 1 }

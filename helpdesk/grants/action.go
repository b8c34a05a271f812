package grants

import (
	"errors"
	"fmt"
)

// PurposeReproduce is the one purpose an impersonation may serve.
const PurposeReproduce = "reproduce the reported problem"

// Action is something an operator attempts while impersonating.
type Action string

// Read-only actions: the scope of every impersonation.
const (
	// ActionView is looking at a page or record as the customer sees it.
	ActionView Action = "view"
	// ActionSearch is searching or listing within the customer's account.
	ActionSearch Action = "search"
)

// Forbidden actions: refused whatever the grant.
const (
	ActionChangeData        Action = "change_data"
	ActionMakePayment       Action = "make_payment"
	ActionChangeCredentials Action = "change_credentials"
	ActionExportData        Action = "export_data"
	ActionDeleteData        Action = "delete_data"
	ActionSendMessage       Action = "send_message"
)

// ReadOnlyActions are the actions an impersonation allows.
var ReadOnlyActions = []Action{ActionView, ActionSearch}

// ForbiddenActions are the actions an impersonation refuses by name; any
// other action outside [ReadOnlyActions] is refused as out of scope.
var ForbiddenActions = []Action{
	ActionChangeData, ActionMakePayment, ActionChangeCredentials,
	ActionExportData, ActionDeleteData, ActionSendMessage,
}

func isReadOnly(a Action) bool {
	for _, r := range ReadOnlyActions {
		if a == r {
			return true
		}
	}
	return false
}

func isForbidden(a Action) bool {
	for _, f := range ForbiddenActions {
		if a == f {
			return true
		}
	}
	return false
}

// Reason says why a grant, an action or a session was refused.
type Reason string

// The reasons for a refusal.
const (
	ReasonNoTicket        Reason = "no ticket reference"
	ReasonTooLong         Reason = "longer than the maximum duration"
	ReasonForbidden       Reason = "forbidden action"
	ReasonOutOfScope      Reason = "outside the read-only scope"
	ReasonExpired         Reason = "expired"
	ReasonEnded           Reason = "ended"
	ReasonUnknownGrant    Reason = "no such grant"
	ReasonNoConsent       Reason = "no recorded consent"
	ReasonConsentExpired  Reason = "consent expired before the session started"
	ReasonConsentUsed     Reason = "consent already used"
	ReasonWrongOperator   Reason = "consent given to another operator"
	ReasonNotStarted      Reason = "session not started"
	ReasonInvalidCustomer Reason = "invalid customer address"
)

// ErrRefused is matched (errors.Is) by every [*RefusalError].
var ErrRefused = errors.New("grants: refused")

// RefusalError is a refusal: of a grant, of an action under a grant, or of
// a remote session.
type RefusalError struct {
	// Op is what was refused: "impersonate", "act", "start remote session"…
	Op string
	// ID is the grant or session, when there is one.
	ID string
	// Action is the refused action, for Op "act".
	Action Action
	// Reason says why.
	Reason Reason
}

// Error describes the refusal.
func (e *RefusalError) Error() string {
	s := "grants: " + e.Op
	if e.Action != "" {
		s += " " + string(e.Action)
	}
	if e.ID != "" {
		s += fmt.Sprintf(" (%s)", e.ID)
	}
	return s + " refused: " + string(e.Reason)
}

// Is reports whether target is [ErrRefused].
func (e *RefusalError) Is(target error) bool { return target == ErrRefused }

package retention

import (
	"fmt"

	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/internal/i18n"
)

// Action is what a ticket's next retention step does to it. Actions are
// small integers so a plan counts them in arrays; they marshal as their
// names ("pseudonymise").
type Action uint8

// The actions, one per stage a step enters.
const (
	// ActionNone: nothing to do (the ticket is live without a trigger, or
	// has reached the policy's last stage).
	ActionNone Action = iota
	// ActionRestrict enters the closed stage: access restricted to what
	// claims need.
	ActionRestrict
	// ActionPseudonymise enters the pseudonymised stage
	// (anonymize.Pseudonymize).
	ActionPseudonymise
	// ActionAnonymise enters the anonymised stage (anonymize.Anonymize,
	// then shredding the cohort's keys).
	ActionAnonymise
	// ActionErase enters the deleted stage: nothing remains but an
	// erasure receipt.
	ActionErase
	numActions = iota
)

var actionNames = [numActions]string{"none", "restrict", "pseudonymise", "anonymise", "erase"}

// Actions lists every action but ActionNone, in lifecycle order.
var Actions = []Action{ActionRestrict, ActionPseudonymise, ActionAnonymise, ActionErase}

// String returns the action's key, e.g. "pseudonymise".
func (a Action) String() string {
	if int(a) < len(actionNames) {
		return actionNames[a]
	}
	return fmt.Sprintf("Action(%d)", a)
}

// Label returns the action in words in lang.
func (a Action) Label(lang string) string { return i18n.Retention.T(lang, "action."+a.String()) }

// MarshalText writes the action's key.
func (a Action) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText reads an action's key.
func (a *Action) UnmarshalText(b []byte) error {
	for i, n := range actionNames {
		if n == string(b) {
			*a = Action(i)
			return nil
		}
	}
	return fmt.Errorf("retention: unknown action %q", b)
}

// actionFor maps the stage a step enters to the action that enters it.
func actionFor(s helpdesk.Stage) Action {
	switch s {
	case helpdesk.StageClosed:
		return ActionRestrict
	case helpdesk.StagePseudonymised:
		return ActionPseudonymise
	case helpdesk.StageAnonymised:
		return ActionAnonymise
	case helpdesk.StageDeleted:
		return ActionErase
	}
	return ActionNone
}

// Status is where a ticket stands in its lifecycle at the planning time.
type Status uint8

// The statuses, in the order a ticket passes through them.
const (
	// StatusLive: the trigger has not happened (contract running, ticket
	// open) or lies in the future; a future trigger still gives a
	// forecast of the first action.
	StatusLive Status = iota
	// StatusWaiting: the trigger has happened but the cancellation window
	// is still open, so it can be undone; nothing may run yet.
	StatusWaiting
	// StatusScheduled: the next action is not yet due.
	StatusScheduled
	// StatusDue: the next action fell due within the grace period
	// (Planner.Grace): the executor should run it now.
	StatusDue
	// StatusOverdue: the next action fell due longer ago than the grace
	// period: data are kept beyond the policy's ceiling (Art. 5(1)(e)).
	StatusOverdue
	// StatusHeld: an action would be planned but a legal hold in force
	// suspends it.
	StatusHeld
	// StatusComplete: the ticket has reached the policy's last stage.
	StatusComplete
	// StatusInvalid: the ticket cannot be planned (nil, no id, or a stage
	// the kit does not know); see [CheckTicket].
	StatusInvalid
	numStatuses = iota
)

var statusNames = [numStatuses]string{"live", "waiting", "scheduled", "due", "overdue", "held", "complete", "invalid"}

// Statuses lists every status in order.
var Statuses = []Status{StatusLive, StatusWaiting, StatusScheduled, StatusDue, StatusOverdue, StatusHeld, StatusComplete, StatusInvalid}

// String returns the status's key, e.g. "overdue".
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", s)
}

// Label returns the status in words in lang.
func (s Status) Label(lang string) string { return i18n.Retention.T(lang, "status."+s.String()) }

// Describe returns what the status means, in a sentence, in lang.
func (s Status) Describe(lang string) string {
	return i18n.Retention.T(lang, "status."+s.String()+".desc")
}

// MarshalText writes the status's key.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a status's key.
func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("retention: unknown status %q", b)
}

// Actionable reports whether an executor should run the action now: the
// status is due or overdue.
func (s Status) Actionable() bool { return s == StatusDue || s == StatusOverdue }

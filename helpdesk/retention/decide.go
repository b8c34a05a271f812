package retention

import (
	"errors"
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// Decision is what a ticket needs next at the planning time.
type Decision struct {
	// ID is the ticket's id.
	ID string
	// Stage is the stage the ticket is in ("live" while live).
	Stage helpdesk.Stage
	// Status is where the ticket stands.
	Status Status
	// Action is the next action; ActionNone while live without a trigger,
	// once complete, and for an invalid ticket.
	Action Action
	// Target is the stage Action enters. When several steps have fallen
	// due, it is the furthest of them (see Skipped).
	Target helpdesk.Stage
	// Trigger is when the lifecycle started (contract end or close, in
	// UTC); zero while there is none.
	Trigger time.Time
	// Due is when Action must run: the trigger plus the step's ceiling,
	// or the end of a legal hold that ended after that.
	Due time.Time
	// Earliest is when Action may run at the earliest: the trigger plus
	// the floor of the stage it leaves, never inside the cancellation
	// window.
	Earliest time.Time
	// Skipped counts the stages passed over because the ticket missed
	// them: 1 when a live ticket is anonymised directly because its
	// pseudonymisation is long overdue.
	Skipped int
	// Hold is the legal hold in force when Status is StatusHeld.
	Hold ticket.LegalHold
}

// Actionable reports whether an executor should run Action now.
func (d Decision) Actionable() bool { return d.Status.Actionable() }

// Key returns the decision's idempotency key (see [Key]); the zero Key
// when there is no action.
func (d Decision) Key() Key {
	if d.Action == ActionNone {
		return Key{}
	}
	return NewKey(d.ID, d.Action, d.Target, d.Due)
}

// stageCount is the number of stages a ticket can be in: live, closed,
// pseudonymised, anonymised, deleted.
const stageCount = 5

var stageByOrder = [stageCount]helpdesk.Stage{
	ticket.StageLive, helpdesk.StageClosed, helpdesk.StagePseudonymised, helpdesk.StageAnonymised, helpdesk.StageDeleted,
}

// stageOrder returns the order of a ticket's recorded stage (live is 0),
// and false for a stage the kit does not know.
func stageOrder(s string) (int, bool) {
	switch s {
	case "", ticket.StageLive:
		return 0, true
	case ticket.StageClosed:
		return 1, true
	case ticket.StagePseudonymised:
		return 2, true
	case ticket.StageAnonymised:
		return 3, true
	case ticket.StageDeleted:
		return 4, true
	}
	return 0, false
}

// Decide returns what t needs next at time at. It is pure — the same
// ticket and time give the same decision — and does not allocate.
//
// The trigger is the ticket's contract end or close, as the policy says;
// without one the ticket is live and nothing is planned. Only steps into
// stages beyond the ticket's current one count: stages never move back.
// When several steps have fallen due (a ticket forgotten for years), the
// action is the furthest of them — anonymising a live ticket directly
// rather than pseudonymising it first — because each later stage keeps
// less than the one before, so running it alone meets every missed
// ceiling at once; Skipped counts the stages passed over, and the status
// is overdue from the first missed due date.
//
// A legal hold in force suspends the action (StatusHeld) but the decision
// still says what it suspends. A hold that has ended moves every due date
// before its end to its end, so the action is due at once, not reported
// overdue for time it was lawfully suspended. A hold lifted
// without an end date (LegalHold removed) postpones nothing: record
// Until when lifting a hold.
func (p *Planner) Decide(t *ticket.Ticket, at time.Time) Decision {
	if t == nil {
		return Decision{Status: StatusInvalid}
	}
	d := Decision{ID: t.ID}
	cur, ok := stageOrder(t.Stage)
	if !ok || t.ID == "" {
		d.Stage, d.Status = helpdesk.Stage(t.Stage), StatusInvalid
		return d
	}
	d.Stage = stageByOrder[cur]
	first := p.next[cur]
	if first == len(p.steps) {
		d.Status = StatusComplete
		return d
	}
	trig := t.Closed
	if p.policy.Trigger == helpdesk.TriggerContractEnd {
		trig = t.ContractEnd
	}
	if trig.IsZero() {
		d.Status = StatusLive
		return d
	}
	trig = trig.UTC()
	d.Trigger = trig
	c := civilOf(trig)

	held := t.LegalHold.Active(at)
	var holdEnd time.Time
	if t.LegalHold != nil && !held {
		holdEnd = t.LegalHold.Until
	}
	due := func(i int) time.Time {
		t := c.add(p.steps[i].due)
		if t.Before(holdEnd) {
			return holdEnd.UTC()
		}
		return t
	}
	firstDue := due(first)
	target, targetDue := first, firstDue
	if !at.Before(firstDue) {
		for i := first + 1; i < len(p.steps); i++ {
			// Ceilings grow for every trigger New accepts, but P1M and
			// P30D swap order by month: look at every step.
			if di := due(i); !at.Before(di) {
				target, targetDue = i, di
			}
		}
	}
	st := &p.steps[target]
	d.Action, d.Target, d.Due = st.action, st.stage, targetDue
	d.Earliest = c.add(st.earliest)
	d.Skipped = target - first

	switch {
	case at.Before(trig):
		d.Status = StatusLive
	case held:
		d.Status = StatusHeld
		d.Hold = *t.LegalHold
	case at.Before(c.add(p.window)):
		d.Status = StatusWaiting
	case at.Before(targetDue):
		d.Status = StatusScheduled
	case at.Before(firstDue.Add(p.grace())):
		d.Status = StatusDue
	default:
		d.Status = StatusOverdue
	}
	return d
}

// ErrTicket is wrapped by every error of [CheckTicket].
var ErrTicket = errors.New("retention: ticket cannot be planned")

// CheckTicket reports why t cannot be planned (Decide gives it
// StatusInvalid), or nil.
func CheckTicket(t *ticket.Ticket) error {
	switch {
	case t == nil:
		return fmt.Errorf("%w: nil ticket", ErrTicket)
	case t.ID == "":
		return fmt.Errorf("%w: no id", ErrTicket)
	}
	if _, ok := stageOrder(t.Stage); !ok {
		return fmt.Errorf("%w: ticket %s: unknown stage %q (want live, closed, pseudonymised, anonymised or deleted)", ErrTicket, t.ID, t.Stage)
	}
	return nil
}

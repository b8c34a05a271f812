package helpdesk

import (
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
)

// Retention is the life of ticket data (legal/helpdesk.md §2). A ticket is
// live until its Trigger (the contract ends, or the ticket closes); then,
// after the cancellation window, it moves through Stages in order. Every
// bound is counted from the trigger, as the register counts its period
// ("72 months from the end of the contract"), so the policy and the
// register can be compared.
type Retention struct {
	// Trigger is the event that ends the live stage.
	Trigger Trigger `json:"trigger" validate:"required,enum"`
	// CancellationWindow is how long after the trigger nothing happens,
	// because the trigger can still be undone (a contract renewed late, a
	// ticket reopened), ISO 8601, e.g. P30D.
	CancellationWindow gdpr.Duration `json:"cancellation_window,omitempty" validate:"omitempty,duration"`
	// Stages are the stages after live, in order: closed, pseudonymised,
	// anonymised, deleted. Stages only move forward.
	Stages []RetentionStage `json:"stages" validate:"required,min=1,dive"`
	// ErasureOnRequest states that a person's tickets are erased on
	// request at any stage unless a legal hold applies (Art. 17).
	ErasureOnRequest bool `json:"erasure_on_request,omitempty"`
	// LegalHolds are the grounds that suspend erasure and the stages.
	LegalHolds []LegalHold `json:"legal_holds,omitempty" validate:"omitempty,dive"`
}

// RetentionStage is one stage of a ticket after its trigger.
type RetentionStage struct {
	// Stage is the stage entered.
	Stage Stage `json:"stage" validate:"required,enum"`
	// Min is the floor: the ticket does not leave this stage before this
	// long after the trigger (a legal obligation to keep), ISO 8601.
	Min gdpr.Duration `json:"min,omitempty" validate:"omitempty,duration"`
	// Max is the ceiling: the ticket leaves this stage at the latest this
	// long after the trigger, ISO 8601. Empty only for the last stage.
	Max gdpr.Duration `json:"max,omitempty" validate:"omitempty,duration"`
	// Purpose is what the data serve in this stage, e.g. statistics.
	Purpose gdpr.Text `json:"purpose,omitempty"`
	// Keeps is what remains of the ticket in this stage; empty uses the
	// stage's standard description.
	Keeps gdpr.Text `json:"keeps,omitempty"`
}

// LegalHold is a ground that keeps ticket data beyond the stages or
// against an erasure request (Art. 17(3)(b) or (e)).
type LegalHold struct {
	// Ground is the reason, e.g. a pending dispute.
	Ground gdpr.Text `json:"ground" validate:"required"`
	// Article is the Art. 17(3) point relied on, e.g. "Art. 17(3)(e)".
	Article string `json:"article" validate:"required"`
	// Reference cites the law, e.g. "art. 2220 c.c.".
	Reference string `json:"reference,omitempty"`
	// Period is how long the hold keeps data at most (ISO 8601).
	Period gdpr.Duration `json:"period,omitempty" validate:"omitempty,duration"`
}

// Step is one transition of the retention lifecycle: from the stage before
// to Stage, due at the trigger plus Due, not before the trigger plus
// Earliest.
type Step struct {
	// Stage is the stage the step enters.
	Stage Stage
	// Earliest is the earliest offset from the trigger the step may run:
	// the floor of the stage it leaves, and never inside the cancellation
	// window.
	Earliest gdpr.Duration
	// Due is the offset from the trigger by which the step must run: the
	// ceiling of the stage it leaves, or the cancellation window for the
	// first step.
	Due gdpr.Duration
}

// Steps returns the transitions of the lifecycle in order: entering the
// first stage at the end of the cancellation window, then each next stage
// at the ceiling of the one before. A stage without a ceiling ends the
// lifecycle.
func (r Retention) Steps() []Step {
	var out []Step
	due, earliest := r.CancellationWindow, r.CancellationWindow
	for i, s := range r.Stages {
		out = append(out, Step{Stage: s.Stage, Earliest: earliest, Due: due})
		if s.Max == "" || i == len(r.Stages)-1 {
			break
		}
		due, earliest = s.Max, s.Min
		if earliest == "" || later(r.CancellationWindow, earliest) {
			earliest = r.CancellationWindow
		}
	}
	return out
}

// Final returns the last stage the lifecycle reaches, "" without stages.
func (r Retention) Final() Stage {
	steps := r.Steps()
	if len(steps) == 0 {
		return ""
	}
	return steps[len(steps)-1].Stage
}

// Ceiling returns the offset from the trigger at which the last stage is
// entered: the total time data stay identifiable (live stages aside), to
// compare with the register's period. ok is false without stages.
func (r Retention) Ceiling() (gdpr.Duration, bool) {
	steps := r.Steps()
	if len(steps) == 0 {
		return "", false
	}
	return steps[len(steps)-1].Due, true
}

// later reports whether duration a ends after b, counted from the same
// reference date; empty is zero.
func later(a, b gdpr.Duration) bool {
	return offset(a).After(offset(b))
}

// reference is the fixed date durations are compared from: a month end in
// a leap year, so month and day arithmetic both show.
var reference = time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)

func offset(d gdpr.Duration) time.Time {
	return d.AddTo(reference) // an empty or malformed duration adds nothing
}

// SameDuration reports whether a and b last the same from the same date,
// so P6Y and P72M agree.
func SameDuration(a, b gdpr.Duration) bool { return offset(a).Equal(offset(b)) }

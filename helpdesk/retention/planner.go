package retention

import (
	"errors"
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/helpdesk"
)

// ErrPolicy is wrapped by every error of [New]: the retention policy
// cannot be planned.
var ErrPolicy = errors.New("retention: policy cannot be planned")

// DefaultGrace is the grace period when [Planner.Grace] is zero: one day,
// the interval of an executor that runs daily.
const DefaultGrace = 24 * time.Hour

// Planner decides, for one retention policy, what each ticket needs next.
// Build it with [New]; it is immutable afterwards (Grace aside) and safe
// for concurrent use.
type Planner struct {
	// Grace is how long an action may stay undone after its due date
	// before it counts as overdue rather than due: the interval between
	// two runs of the vendor's executor, so every action is "due" in
	// exactly one run. Zero means [DefaultGrace].
	Grace time.Duration

	policy helpdesk.Retention
	window span
	steps  []step
	// next[o] is the index of the first step entering a stage of order
	// greater than o (len(steps) when none): the step after a ticket's
	// current stage, looked up without a loop.
	next [stageCount]int
}

// step is a [helpdesk.Step] with its durations parsed once.
type step struct {
	stage           helpdesk.Stage
	order           int
	action          Action
	earliest, due   span
	earliestD, dueD gdpr.Duration
}

// New returns the planner of r. It refuses a policy the lifecycle cannot
// follow: no or an unknown trigger, no stages, an unknown or repeated
// stage, stages out of order, a duration that does not parse, a stage
// other than the last without a ceiling (the stages after it would never
// be reached), a floor beyond its ceiling, or ceilings that do not grow.
// helpdesk.Check reports the same problems with their YAML paths; New
// guards code that builds a policy by hand.
func New(r helpdesk.Retention) (*Planner, error) {
	bad := func(format string, a ...any) (*Planner, error) {
		return nil, fmt.Errorf("%w: "+format, append([]any{ErrPolicy}, a...)...)
	}
	switch {
	case r.Trigger == "":
		return bad("no trigger (contract_end or ticket_closed)")
	case !r.Trigger.Valid():
		return bad("unknown trigger %q (want contract_end or ticket_closed)", r.Trigger)
	case len(r.Stages) == 0:
		return bad("no stages")
	}
	p := &Planner{policy: r}
	if r.CancellationWindow != "" {
		w, err := r.CancellationWindow.Parse()
		if err != nil {
			return bad("cancellation_window: %v", err)
		}
		p.window = spanOf(w)
	}
	prev := 0
	for i, s := range r.Stages {
		if s.Stage == "" || !s.Stage.Valid() {
			return bad("stage %d: unknown stage %q (want closed, pseudonymised, anonymised or deleted)", i+1, s.Stage)
		}
		if s.Stage.Order() <= prev {
			return bad("stage %d: %q comes after %q: stages only move forward", i+1, s.Stage, r.Stages[i-1].Stage)
		}
		prev = s.Stage.Order()
		for _, d := range []struct {
			name string
			v    gdpr.Duration
		}{{"min", s.Min}, {"max", s.Max}} {
			if d.v != "" && !d.v.Valid() {
				_, err := d.v.Parse()
				return bad("stage %q: %s: %v", s.Stage, d.name, err)
			}
		}
		if s.Max == "" && i < len(r.Stages)-1 {
			return bad("stage %q has no ceiling (max) but stages follow it, which would never be reached", s.Stage)
		}
		if s.Min != "" && s.Max != "" && offset(s.Min).After(offset(s.Max)) {
			return bad("stage %q: the floor %s exceeds the ceiling %s", s.Stage, s.Min, s.Max)
		}
	}
	var last gdpr.Duration
	for i, hs := range r.Steps() {
		if i > 0 && !offset(hs.Due).After(offset(last)) {
			return bad("the ceiling %s before stage %q is not beyond the one before (%s): every bound counts from the trigger", hs.Due, hs.Stage, last)
		}
		last = hs.Due
		st := step{stage: hs.Stage, order: hs.Stage.Order(), action: actionFor(hs.Stage), earliestD: hs.Earliest, dueD: hs.Due}
		e, _ := parseOrZero(hs.Earliest)
		d, _ := parseOrZero(hs.Due)
		st.earliest, st.due = spanOf(e), spanOf(d)
		p.steps = append(p.steps, st)
	}
	for o := range p.next {
		p.next[o] = len(p.steps)
		for i, st := range p.steps {
			if st.order > o {
				p.next[o] = i
				break
			}
		}
	}
	return p, nil
}

// Retention returns the policy the planner follows.
func (p *Planner) Retention() helpdesk.Retention { return p.policy }

// Steps returns the transitions the planner schedules, as
// [helpdesk.Retention.Steps] gives them.
func (p *Planner) Steps() []helpdesk.Step {
	out := make([]helpdesk.Step, len(p.steps))
	for i, s := range p.steps {
		out[i] = helpdesk.Step{Stage: s.stage, Earliest: s.earliestD, Due: s.dueD}
	}
	return out
}

// grace returns the grace period in force.
func (p *Planner) grace() time.Duration {
	if p.Grace <= 0 {
		return DefaultGrace
	}
	return p.Grace
}

func parseOrZero(d gdpr.Duration) (gdpr.Period, error) {
	if d == "" {
		return gdpr.Period{}, nil
	}
	return d.Parse()
}

// reference is the date durations are compared from when validating: a
// month end in a leap year, so month and day arithmetic both show (the
// same date helpdesk compares policy durations from).
var reference = time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)

func offset(d gdpr.Duration) time.Time { return d.AddTo(reference) }

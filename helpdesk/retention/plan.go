package retention

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// DefaultMaxListed is the cap of each ticket list of a plan when
// [PlanOptions.MaxListed] is zero.
const DefaultMaxListed = 10_000

// ForecastMonths is how many calendar months, the planning time's
// included, a plan forecasts one by one; later due dates share one
// bucket.
const ForecastMonths = 12

// PlanOptions configure a plan. The zero value keeps memory bounded.
type PlanOptions struct {
	// MaxListed caps the due and the held lists, each keeping the most
	// urgent tickets (earliest due first), so planning millions of
	// tickets takes bounded memory; the counts are always complete. Zero
	// means DefaultMaxListed; negative lists none.
	MaxListed int
}

// Item is one ticket of a plan's lists.
type Item struct {
	// ID is the ticket's id.
	ID string `json:"id"`
	// Stage is the stage it is in.
	Stage helpdesk.Stage `json:"stage"`
	// Action is the next action and Target the stage it enters.
	Action Action         `json:"action"`
	Target helpdesk.Stage `json:"target"`
	// Status is due, overdue or held.
	Status Status `json:"status"`
	// Due is when the action must run.
	Due time.Time `json:"due"`
	// Skipped counts the stages the action passes over.
	Skipped int `json:"skipped,omitempty"`
	// Key is the action's idempotency key.
	Key Key `json:"key"`
	// HoldReason and HoldUntil describe the legal hold of a held ticket.
	HoldReason string    `json:"hold_reason,omitempty"`
	HoldUntil  time.Time `json:"hold_until,omitzero"`
}

// Bucket is the kind of a [Month] of the forecast.
type Bucket uint8

// The buckets.
const (
	// BucketNow holds the actions due at the planning time (due or
	// overdue).
	BucketNow Bucket = iota
	// BucketMonth holds the actions due in one calendar month.
	BucketMonth
	// BucketLater holds the actions due after the forecast's last month.
	BucketLater
)

// Month is one row of the forecast: how many actions of each kind fall
// due in it. Held tickets are not forecast: a hold has no date to plan on.
type Month struct {
	// Bucket says whether this is the "now" row, a month, or the "later"
	// row.
	Bucket Bucket
	// Start is the first day of the month (UTC); zero for the now and
	// later rows.
	Start  time.Time
	counts [numActions]int
}

// Count returns how many a actions fall due in the month.
func (m Month) Count(a Action) int { return m.counts[a] }

// Total returns how many actions fall due in the month.
func (m Month) Total() int {
	n := 0
	for _, c := range m.counts[1:] {
		n += c
	}
	return n
}

// Name returns the month as "2026-11", or the bucket's label in lang.
func (m Month) Name(lang string) string {
	switch m.Bucket {
	case BucketNow:
		return label(lang, "month.now")
	case BucketLater:
		return label(lang, "month.later")
	}
	return m.Start.Format("2006-01")
}

// key returns the month's language-neutral name, for JSON.
func (m Month) key() string {
	switch m.Bucket {
	case BucketNow:
		return "now"
	case BucketLater:
		return "later"
	}
	return m.Start.Format("2006-01")
}

const numBuckets = ForecastMonths + 2

// Plan is a dry run of the retention policy over a set of tickets at one
// time: nothing is changed. It counts every ticket by status and next
// action and forecasts the actions by month, and lists the tickets to
// act on now and those held, most urgent first, up to the cap.
type Plan struct {
	// At is the planning time.
	At time.Time
	// Trigger, CancellationWindow and Steps are the policy's lifecycle.
	Trigger            helpdesk.Trigger
	CancellationWindow gdpr.Duration
	Steps              []helpdesk.Step
	// Grace is the planner's grace period before an action is overdue.
	Grace time.Duration
	// Tickets is how many tickets were planned.
	Tickets int
	// Due are the tickets whose action is due or overdue, earliest due
	// first; DueTotal counts them all, also those beyond the cap.
	Due      []Item
	DueTotal int
	// Held are the tickets whose action a legal hold suspends; HeldTotal
	// counts them all.
	Held      []Item
	HeldTotal int

	counts [numStatuses][numActions]int
	months [numBuckets][numActions]int
}

// Count returns how many tickets have status s and next action a.
func (p *Plan) Count(s Status, a Action) int { return p.counts[s][a] }

// ByStatus returns how many tickets have status s.
func (p *Plan) ByStatus(s Status) int {
	n := 0
	for _, c := range p.counts[s] {
		n += c
	}
	return n
}

// ByAction returns how many tickets have a as their next action, in any
// status.
func (p *Plan) ByAction(a Action) int {
	n := 0
	for s := range p.counts {
		n += p.counts[s][a]
	}
	return n
}

// Months returns the forecast: the actions due now, then one row per
// month from the planning time's month for [ForecastMonths] months, then
// the actions due later.
func (p *Plan) Months() []Month {
	out := make([]Month, numBuckets)
	y, m, _ := p.At.UTC().Date()
	start := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	for i := range out {
		out[i].counts = p.months[i]
		switch {
		case i == 0:
			out[i].Bucket = BucketNow
		case i == numBuckets-1:
			out[i].Bucket = BucketLater
		default:
			out[i].Bucket = BucketMonth
			out[i].Start = start.AddDate(0, i-1, 0)
		}
	}
	return out
}

// PolicyActions returns the actions the policy's steps take, in order.
func (p *Plan) PolicyActions() []Action {
	var out []Action
	for _, s := range p.Steps {
		out = append(out, actionFor(s.Stage))
	}
	return out
}

// Plan plans every ticket of seq at time at. It stops at the first
// ticket that cannot be planned, with an error naming it and its
// position (0-based); the tickets are not kept, so seq may yield
// millions from a database cursor, and may reuse one *ticket.Ticket
// between yields.
func (p *Planner) Plan(seq iter.Seq[*ticket.Ticket], at time.Time, opts PlanOptions) (*Plan, error) {
	a := p.NewAccumulator(at, opts)
	var err error
	for t := range seq {
		if _, err = a.Add(t); err != nil {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	return a.Plan(), nil
}

// Accumulator builds a [Plan] one ticket at a time, for a vendor who
// plans and executes in one pass over its tickets: Add returns each
// ticket's decision. It is not safe for concurrent use.
type Accumulator struct {
	p       *Planner
	at      time.Time
	atMonth int
	plan    Plan
	due     topItems
	held    topItems
}

// NewAccumulator returns an empty accumulator planning at time at.
func (p *Planner) NewAccumulator(at time.Time, opts PlanOptions) *Accumulator {
	limit := opts.MaxListed
	switch {
	case limit == 0:
		limit = DefaultMaxListed
	case limit < 0:
		limit = 0
	}
	at = at.UTC()
	a := &Accumulator{p: p, at: at, atMonth: monthIndex(at)}
	a.due.limit, a.held.limit = limit, limit
	a.plan = Plan{At: at, Trigger: p.policy.Trigger, CancellationWindow: p.policy.CancellationWindow, Steps: p.Steps(), Grace: p.grace()}
	return a
}

// Add decides t, counts it, and returns the decision. A ticket that
// cannot be planned is counted as invalid and returned with an error
// wrapping [ErrTicket] that names its position.
func (a *Accumulator) Add(t *ticket.Ticket) (Decision, error) {
	d := a.p.Decide(t, a.at)
	n := a.plan.Tickets
	a.plan.Tickets++
	a.plan.counts[d.Status][d.Action]++
	switch d.Status {
	case StatusInvalid:
		return d, fmt.Errorf("ticket %d: %w", n, CheckTicket(t))
	case StatusComplete:
		return d, nil
	case StatusHeld:
		a.plan.HeldTotal++
		if a.held.wants(d) {
			a.held.push(itemOf(d))
		}
		return d, nil
	case StatusDue, StatusOverdue:
		a.plan.DueTotal++
		if a.due.wants(d) {
			a.due.push(itemOf(d))
		}
	}
	if d.Action != ActionNone {
		a.plan.months[a.bucket(d.Due)][d.Action]++
	}
	return d, nil
}

// bucket returns the forecast row of a due time.
func (a *Accumulator) bucket(due time.Time) int {
	if !a.at.Before(due) {
		return 0
	}
	return min(1+monthIndex(due)-a.atMonth, numBuckets-1)
}

func monthIndex(t time.Time) int {
	c := civilOf(t)
	return c.year*12 + c.month - 1
}

// Plan returns the plan of the tickets added so far. The accumulator may
// go on adding; each call returns a new plan.
func (a *Accumulator) Plan() *Plan {
	p := a.plan
	p.Steps = slices.Clone(a.plan.Steps)
	p.Due = a.due.sorted()
	p.Held = a.held.sorted()
	return &p
}

func itemOf(d Decision) Item {
	it := Item{ID: d.ID, Stage: d.Stage, Action: d.Action, Target: d.Target, Status: d.Status, Due: d.Due, Skipped: d.Skipped}
	if d.Status == StatusHeld {
		it.HoldReason, it.HoldUntil = d.Hold.Reason, d.Hold.Until
	}
	return it
}

// urgency orders items: earliest due first, then by id and what the
// item says, so the kept items and their order do not depend on the order
// tickets come in.
func urgency(a, b *Item) int {
	return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.ID, b.ID), cmp.Compare(a.Action, b.Action),
		cmp.Compare(a.Target, b.Target), cmp.Compare(a.Stage, b.Stage), cmp.Compare(a.Status, b.Status))
}

// topItems keeps the limit most urgent items. The items stay where they
// were stored; a max-heap of their indices, whose root is the least
// urgent kept, orders them, so a new item costs one comparison when it
// does not make the cut and O(log limit) swaps of small integers when it
// does.
type topItems struct {
	limit int
	items []Item
	h     []int32
}

// less reports whether the item at heap position i is more urgent than
// the one at j.
func (t *topItems) less(i, j int) bool { return urgency(&t.items[t.h[i]], &t.items[t.h[j]]) < 0 }

// wants reports whether d would be kept, before building its item.
func (t *topItems) wants(d Decision) bool {
	if t.limit == 0 {
		return false
	}
	if len(t.h) < t.limit {
		return true
	}
	r := &t.items[t.h[0]]
	if c := d.Due.Compare(r.Due); c != 0 {
		return c < 0
	}
	return d.ID <= r.ID // ties are settled by urgency in push
}

func (t *topItems) push(it Item) {
	if len(t.h) < t.limit {
		t.items = append(t.items, it)
		t.h = append(t.h, int32(len(t.items)-1))
		t.up(len(t.h) - 1)
		return
	}
	root := t.h[0]
	if urgency(&it, &t.items[root]) >= 0 {
		return
	}
	t.items[root] = it
	t.down(0)
}

func (t *topItems) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !t.less(parent, i) {
			return
		}
		t.h[i], t.h[parent] = t.h[parent], t.h[i]
		i = parent
	}
}

func (t *topItems) down(i int) {
	n := len(t.h)
	for {
		big := i
		if l := 2*i + 1; l < n && t.less(big, l) {
			big = l
		}
		if r := 2*i + 2; r < n && t.less(big, r) {
			big = r
		}
		if big == i {
			return
		}
		t.h[i], t.h[big] = t.h[big], t.h[i]
		i = big
	}
}

// sorted returns the kept items, most urgent first, with their keys.
func (t *topItems) sorted() []Item {
	if len(t.items) == 0 {
		return nil
	}
	out := slices.Clone(t.items)
	slices.SortFunc(out, func(a, b Item) int { return urgency(&a, &b) })
	for i := range out {
		it := &out[i]
		it.Key = NewKey(it.ID, it.Action, it.Target, it.Due)
	}
	return out
}

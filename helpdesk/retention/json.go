package retention

import (
	"encoding/json"
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/helpdesk"
)

// planJSON is the JSON form of a plan: maps keyed by status and action
// names (encoding/json sorts map keys, so the output is stable).
type planJSON struct {
	At       time.Time      `json:"at"`
	Policy   policyJSON     `json:"policy"`
	Tickets  int            `json:"tickets"`
	Statuses map[string]int `json:"statuses"`
	Actions  map[string]int `json:"actions"`
	Months   []monthJSON    `json:"months"`
	// DueTotal and HeldTotal count every such ticket; the lists hold at
	// most the cap.
	DueTotal  int    `json:"due_total"`
	Due       []Item `json:"due"`
	HeldTotal int    `json:"held_total"`
	Held      []Item `json:"held"`
}

type policyJSON struct {
	Trigger            helpdesk.Trigger `json:"trigger"`
	CancellationWindow gdpr.Duration    `json:"cancellation_window,omitempty"`
	Steps              []stepJSON       `json:"steps"`
}

type stepJSON struct {
	Stage    helpdesk.Stage `json:"stage"`
	Action   Action         `json:"action"`
	Earliest gdpr.Duration  `json:"earliest,omitempty"`
	Due      gdpr.Duration  `json:"due,omitempty"`
}

type monthJSON struct {
	Month   string         `json:"month"`
	Total   int            `json:"total"`
	Actions map[string]int `json:"actions"`
}

// MarshalJSON writes the plan: the planning time, the policy's steps,
// counts by status and by action, the monthly forecast ("now", "2026-11"
// …, "later") and the two lists. Lists are [] rather than null when
// empty.
func (p *Plan) MarshalJSON() ([]byte, error) {
	out := planJSON{
		At:        p.At,
		Policy:    policyJSON{Trigger: p.Trigger, CancellationWindow: p.CancellationWindow, Steps: []stepJSON{}},
		Tickets:   p.Tickets,
		Statuses:  map[string]int{},
		Actions:   map[string]int{},
		DueTotal:  p.DueTotal,
		Due:       nonNil(p.Due),
		HeldTotal: p.HeldTotal,
		Held:      nonNil(p.Held),
	}
	for _, s := range p.Steps {
		out.Policy.Steps = append(out.Policy.Steps, stepJSON{Stage: s.Stage, Action: actionFor(s.Stage), Earliest: s.Earliest, Due: s.Due})
	}
	for _, s := range Statuses {
		out.Statuses[s.String()] = p.ByStatus(s)
	}
	for _, a := range Actions {
		out.Actions[a.String()] = p.ByAction(a)
	}
	for _, m := range p.Months() {
		mj := monthJSON{Month: m.key(), Total: m.Total(), Actions: map[string]int{}}
		for _, a := range Actions {
			if n := m.Count(a); n > 0 {
				mj.Actions[a.String()] = n
			}
		}
		out.Months = append(out.Months, mj)
	}
	return json.Marshal(out)
}

func nonNil(items []Item) []Item {
	if items == nil {
		return []Item{}
	}
	return items
}

package retention

import (
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// planTickets is one ticket of each kind for the nuvola policy at
// 2026-11-22.
func planTickets() []*ticket.Ticket {
	return []*ticket.Ticket{
		tk("live"),
		tk("forecast", contractEnd(day(2027, 3, 31))),                      // pseudonymise 2027-04-30
		tk("waiting", contractEnd(day(2026, 11, 5))),                       // pseudonymise 2026-12-05
		tk("due", contractEnd(day(2026, 10, 23))),                          // pseudonymise 2026-11-22
		tk("overdue", contractEnd(day(2026, 6, 30))),                       // pseudonymise 2026-07-30
		tk("skip", contractEnd(day(2019, 1, 31))),                          // anonymise 2025-01-31
		tk("sched", stage("pseudonymised"), contractEnd(day(2021, 3, 31))), // anonymise 2027-03-31
		tk("later", stage("pseudonymised"), contractEnd(day(2024, 3, 31))), // anonymise 2030-03-31
		tk("held", stage("pseudonymised"), contractEnd(day(2019, 6, 30)), hold("contenzioso", time.Time{})),
		tk("done", stage("anonymised")),
	}
}

var planAt = day(2026, 11, 22)

func TestPlan(t *testing.T) {
	p := mustPlanner(t, nuvolaPolicy)
	plan, err := p.Plan(slices.Values(planTickets()), planAt, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if plan.Tickets != 10 || plan.DueTotal != 3 || plan.HeldTotal != 1 {
		t.Fatalf("tickets %d, due %d, held %d", plan.Tickets, plan.DueTotal, plan.HeldTotal)
	}
	wantStatus := map[Status]int{StatusLive: 2, StatusWaiting: 1, StatusScheduled: 2, StatusDue: 1, StatusOverdue: 2, StatusHeld: 1, StatusComplete: 1}
	for _, s := range Statuses {
		if got := plan.ByStatus(s); got != wantStatus[s] {
			t.Errorf("status %v: %d, want %d", s, got, wantStatus[s])
		}
	}
	wantAction := map[Action]int{ActionPseudonymise: 4, ActionAnonymise: 4}
	for _, a := range Actions {
		if got := plan.ByAction(a); got != wantAction[a] {
			t.Errorf("action %v: %d, want %d", a, got, wantAction[a])
		}
	}
	if plan.Count(StatusOverdue, ActionAnonymise) != 1 || plan.Count(StatusLive, ActionPseudonymise) != 1 || plan.Count(StatusLive, ActionNone) != 1 {
		t.Errorf("matrix %v", plan.counts)
	}

	// The forecast: now, November 2026 … October 2027, later.
	months := plan.Months()
	if len(months) != ForecastMonths+2 || months[0].Bucket != BucketNow || months[len(months)-1].Bucket != BucketLater {
		t.Fatalf("months %+v", months)
	}
	got := map[string]string{}
	for _, m := range months {
		if m.Total() > 0 {
			got[m.Name("en")] = fmt.Sprintf("p%d a%d", m.Count(ActionPseudonymise), m.Count(ActionAnonymise))
		}
	}
	want := map[string]string{"due now": "p2 a1", "2026-12": "p1 a0", "2027-03": "p0 a1", "2027-04": "p1 a0", "later": "p0 a1"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("forecast %v, want %v", got, want)
	}
	if months[1].Name("it") != "2026-11" || months[12].Name("en") != "2027-10" || months[0].Name("it") != "dovute ora" {
		t.Errorf("month names %q %q %q", months[1].Name("it"), months[12].Name("en"), months[0].Name("it"))
	}

	// The lists, most urgent first, with keys.
	var ids []string
	for _, it := range plan.Due {
		ids = append(ids, it.ID)
		if it.Key != NewKey(it.ID, it.Action, it.Target, it.Due) {
			t.Errorf("%s: key %s", it.ID, it.Key)
		}
	}
	if strings.Join(ids, ",") != "skip,overdue,due" {
		t.Errorf("due list %v", ids)
	}
	if len(plan.Held) != 1 || plan.Held[0].HoldReason != "contenzioso" || !plan.Held[0].HoldUntil.IsZero() {
		t.Errorf("held list %+v", plan.Held)
	}
	if plan.Due[0].Skipped != 1 || plan.Due[0].Action != ActionAnonymise || plan.Due[0].Status != StatusOverdue {
		t.Errorf("skip item %+v", plan.Due[0])
	}
}

// TestPlanCap checks the lists keep the most urgent tickets whatever
// their order, and the counts stay complete.
func TestPlanCap(t *testing.T) {
	p := mustPlanner(t, nuvolaPolicy)
	var ts []*ticket.Ticket
	for i := range 200 {
		ts = append(ts, tk(fmt.Sprintf("T-%03d", i), contractEnd(day(2020, 1, 1).AddDate(0, 0, i))))
	}
	// Same due dates, so ties fall to the id.
	for i := range 20 {
		ts = append(ts, tk(fmt.Sprintf("S-%03d", i), contractEnd(day(2020, 1, 1))))
	}
	var first []Item
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 5 {
		r.Shuffle(len(ts), func(i, j int) { ts[i], ts[j] = ts[j], ts[i] })
		plan, err := p.Plan(slices.Values(ts), planAt, PlanOptions{MaxListed: 25})
		if err != nil {
			t.Fatal(err)
		}
		if plan.DueTotal != 220 || len(plan.Due) != 25 || plan.ByStatus(StatusOverdue) != 220 {
			t.Fatalf("due %d listed %d", plan.DueTotal, len(plan.Due))
		}
		if !slices.IsSortedFunc(plan.Due, func(a, b Item) int { return urgency(&a, &b) }) {
			t.Fatal("due list not sorted")
		}
		if plan.Due[0].ID != "S-000" || plan.Due[20].ID != "T-000" || plan.Due[21].ID != "T-001" {
			t.Fatalf("round %d: kept %s %s %s", round, plan.Due[0].ID, plan.Due[20].ID, plan.Due[21].ID)
		}
		if round == 0 {
			first = plan.Due
		} else if !slices.Equal(first, plan.Due) {
			t.Fatalf("round %d: the list depends on the order of the tickets", round)
		}
	}
	plan, _ := p.Plan(slices.Values(ts), planAt, PlanOptions{MaxListed: -1})
	if plan.Due != nil || plan.DueTotal != 220 {
		t.Errorf("MaxListed -1 listed %d of %d", len(plan.Due), plan.DueTotal)
	}
}

// TestPlanReusedTicket checks a sequence may yield one ticket value
// again and again, as a database cursor scanning into one struct does.
func TestPlanReusedTicket(t *testing.T) {
	p := mustPlanner(t, nuvolaPolicy)
	src := planTickets()
	seq := func(yield func(*ticket.Ticket) bool) {
		var buf ticket.Ticket
		for _, t := range src {
			buf = *t
			if !yield(&buf) {
				return
			}
		}
	}
	a, err := p.Plan(seq, planAt, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := p.Plan(slices.Values(src), planAt, PlanOptions{})
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Errorf("a reused ticket changes the plan:\n%s\n%s", ja, jb)
	}
}

func TestPlanInvalid(t *testing.T) {
	p := mustPlanner(t, nuvolaPolicy)
	ts := planTickets()
	ts = slices.Insert(ts, 3, tk("bad", stage("archived")))
	var seen int
	var seq iter.Seq[*ticket.Ticket] = func(yield func(*ticket.Ticket) bool) {
		for _, t := range ts {
			seen++
			if !yield(t) {
				return
			}
		}
	}
	_, err := p.Plan(seq, planAt, PlanOptions{})
	if !errors.Is(err, ErrTicket) || !strings.Contains(err.Error(), `ticket 3: retention: ticket cannot be planned: ticket bad: unknown stage "archived"`) {
		t.Fatalf("error %v", err)
	}
	if seen != 4 {
		t.Errorf("the plan read %d tickets after the bad one", seen-4)
	}

	// An accumulator counts the bad ticket and goes on.
	acc := p.NewAccumulator(planAt, PlanOptions{})
	for _, t := range ts {
		acc.Add(t)
	}
	if got := acc.Plan(); got.ByStatus(StatusInvalid) != 1 || got.Tickets != 11 {
		t.Errorf("accumulator: invalid %d of %d", got.ByStatus(StatusInvalid), got.Tickets)
	}
}

func TestPlanJSON(t *testing.T) {
	p := mustPlanner(t, nuvolaPolicy)
	plan, _ := p.Plan(slices.Values(planTickets()), planAt, PlanOptions{})
	b, err := json.MarshalIndent(plan, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		At     time.Time `json:"at"`
		Policy struct {
			Trigger string `json:"trigger"`
			Steps   []struct {
				Stage, Action, Earliest, Due string
			} `json:"steps"`
		} `json:"policy"`
		Tickets  int            `json:"tickets"`
		Statuses map[string]int `json:"statuses"`
		Actions  map[string]int `json:"actions"`
		Months   []struct {
			Month   string         `json:"month"`
			Total   int            `json:"total"`
			Actions map[string]int `json:"actions"`
		} `json:"months"`
		DueTotal int    `json:"due_total"`
		Due      []Item `json:"due"`
		Held     []Item `json:"held"`
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	switch {
	case !back.At.Equal(planAt), back.Policy.Trigger != "contract_end", len(back.Policy.Steps) != 2,
		back.Policy.Steps[1].Action != "anonymise", back.Policy.Steps[1].Due != "P72M":
		t.Errorf("header %+v", back)
	case back.Tickets != 10, back.Statuses["overdue"] != 2, back.Statuses["invalid"] != 0, back.Actions["anonymise"] != 4:
		t.Errorf("counts %+v %+v", back.Statuses, back.Actions)
	case back.Months[0].Month != "now" || back.Months[0].Actions["pseudonymise"] != 2 || back.Months[13].Month != "later":
		t.Errorf("months %+v", back.Months)
	case back.DueTotal != 3 || !slices.Equal(back.Due, plan.Due) || back.Held[0].HoldReason != "contenzioso":
		t.Errorf("lists %+v", back.Due)
	}
	if !strings.Contains(string(b), `"key": "`) || !strings.Contains(string(b), `"status": "overdue"`) {
		t.Errorf("json:\n%s", b)
	}
	empty, _ := json.Marshal(&Plan{At: planAt})
	if !strings.Contains(string(empty), `"due":[]`) || !strings.Contains(string(empty), `"held":[]`) {
		t.Errorf("empty plan: %s", empty)
	}
}

func seqOf(ts []*ticket.Ticket) iter.Seq[*ticket.Ticket] { return slices.Values(ts) }

// TestExecutorRunsOnce runs an executor that records the keys of the
// actions it runs over the generated corpus: planning again at the same
// time or a little later runs nothing twice, whether or not the tickets'
// new stages were saved.
func TestExecutorRunsOnce(t *testing.T) {
	p := mustPlanner(t, nuvolaPolicy)
	src := benchCorpus()[:2000]
	done := map[Key]bool{}
	run := func(ts []*ticket.Ticket, at time.Time, save bool) (ran int) {
		for _, tk := range ts {
			d := p.Decide(tk, at)
			if !d.Actionable() || done[d.Key()] {
				continue
			}
			if d.Key() != NewKey(tk.ID, d.Action, d.Target, d.Due) {
				t.Fatalf("%s: key differs from its recipe", tk.ID)
			}
			done[d.Key()] = true
			ran++
			if save {
				tk.Stage = string(d.Target)
			}
		}
		return ran
	}
	clone := func() []*ticket.Ticket {
		out := make([]*ticket.Ticket, len(src))
		for i, tk := range src {
			out[i] = tk.Clone()
		}
		return out
	}

	crashed := clone()
	first := run(crashed, benchAt, false) // the stages were not saved
	if first == 0 {
		t.Fatal("nothing to run in the corpus")
	}
	if again := run(crashed, benchAt.Add(time.Hour), false); again != 0 {
		t.Errorf("a re-run after a crash ran %d actions again", again)
	}
	saved := clone()
	if again := run(saved, benchAt, true); again != 0 {
		t.Errorf("the same actions on fresh copies ran %d again", again)
	}
	done = map[Key]bool{}
	if n := run(saved, benchAt, true); n != first {
		t.Errorf("ran %d, then %d", first, n)
	}
	if again := run(saved, benchAt, true); again != 0 {
		t.Errorf("after saving the stages, %d actions are due again", again)
	}
}

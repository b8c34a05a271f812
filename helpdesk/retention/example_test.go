package retention_test

import (
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/helpdesk/retention"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
	"github.com/gdprkit/gdprkit/render/markdown"
)

// policy is the lifecycle of the example pack: tickets are pseudonymised
// 30 days after the customer's contract ends, anonymised 72 months after.
var policy = helpdesk.Retention{
	Trigger:            helpdesk.TriggerContractEnd,
	CancellationWindow: "P30D",
	Stages: []helpdesk.RetentionStage{
		{Stage: helpdesk.StagePseudonymised, Max: "P72M"},
		{Stage: helpdesk.StageAnonymised},
	},
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func ExamplePlanner_Decide() {
	p, err := retention.New(policy)
	if err != nil {
		panic(err)
	}
	at := date(2026, 11, 22)
	for _, t := range []*ticket.Ticket{
		{ID: "T-1", Closed: date(2026, 11, 3)}, // contract still running
		{ID: "T-2", ContractEnd: date(2026, 11, 5)},
		{ID: "T-3", ContractEnd: date(2026, 10, 23)},
		{ID: "T-4", ContractEnd: date(2019, 1, 31)}, // forgotten for years
		{ID: "T-5", Stage: ticket.StagePseudonymised, ContractEnd: date(2019, 6, 30),
			LegalHold: &ticket.LegalHold{Reason: "contenzioso in corso"}},
		{ID: "T-6", Stage: ticket.StageAnonymised},
	} {
		d := p.Decide(t, at)
		fmt.Printf("%s %-9s %-12s %s skipped=%d", d.ID, d.Status, d.Action, d.Due.Format(time.DateOnly), d.Skipped)
		if d.Status == retention.StatusHeld {
			fmt.Printf(" hold: %s", d.Hold.Reason)
		}
		fmt.Println()
	}
	// Output:
	// T-1 live      none         0001-01-01 skipped=0
	// T-2 waiting   pseudonymise 2026-12-05 skipped=0
	// T-3 due       pseudonymise 2026-11-22 skipped=0
	// T-4 overdue   anonymise    2025-01-31 skipped=1
	// T-5 held      anonymise    2025-06-30 skipped=0 hold: contenzioso in corso
	// T-6 complete  none         0001-01-01 skipped=0
}

// executor is a vendor's executor kept in memory: it runs an action at
// most once per idempotency key. A real one stores the keys in the same
// transaction as the change of stage.
type executor struct {
	done map[retention.Key]bool
	ran  int
}

func (e *executor) run(t *ticket.Ticket, d retention.Decision) {
	if !d.Actionable() || e.done[d.Key()] {
		return
	}
	// Here the vendor calls anonymize.Pseudonymize or anonymize.Anonymize.
	e.ran++
	e.done[d.Key()] = true
	fmt.Printf("%s: %s → %s (key %s…)\n", t.ID, d.Action, d.Target, d.Key().String()[:8])
}

// A re-run does nothing twice: the executor crashed before saving the
// tickets' new stages, so the second run plans the same actions, with
// the same keys, and skips them.
func ExampleKey() {
	p, _ := retention.New(policy)
	tickets := []*ticket.Ticket{
		{ID: "T-3", ContractEnd: date(2026, 10, 23)},
		{ID: "T-4", ContractEnd: date(2019, 1, 31)},
		{ID: "T-7", ContractEnd: date(2026, 11, 5)},
	}
	e := &executor{done: map[retention.Key]bool{}}
	for run, at := range []time.Time{date(2026, 11, 22), date(2026, 11, 22).Add(2 * time.Hour), date(2026, 12, 5)} {
		fmt.Printf("run %d\n", run+1)
		for _, t := range tickets {
			e.run(t, p.Decide(t, at))
		}
	}
	fmt.Println("actions run:", e.ran)
	// Output:
	// run 1
	// T-3: pseudonymise → pseudonymised (key 62c38126…)
	// T-4: anonymise → anonymised (key 3a4ec273…)
	// run 2
	// run 3
	// T-7: pseudonymise → pseudonymised (key 89790b4f…)
	// actions run: 3
}

// Plan a dry run over a stream of tickets and render it as Markdown.
func ExamplePlanner_Plan() {
	p, _ := retention.New(policy)
	tickets := []*ticket.Ticket{
		{ID: "T-3", ContractEnd: date(2026, 10, 23)},
		{ID: "T-4", ContractEnd: date(2019, 1, 31)},
		{ID: "T-8", Stage: ticket.StagePseudonymised, ContractEnd: date(2021, 3, 31)},
	}
	plan, err := p.Plan(slices.Values(tickets), date(2026, 11, 22), retention.PlanOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Println("overdue:", plan.ByStatus(retention.StatusOverdue), "due:", plan.ByStatus(retention.StatusDue), "listed:", len(plan.Due))
	d := plan.Document("en")
	d.Blocks = d.Blocks[5:] // only the list of tickets to act on
	d.Meta = doc.Meta{}     // no title block
	markdown.Render(os.Stdout, d, markdown.Options{})
	// Output:
	// overdue: 1 due: 1 listed: 2
	// ## Tickets to act on
	//
	// | Ticket | Current stage | Action | Due | Status | Idempotency key |
	// | ------- | --------- | ------------ | ------- | ------- | ------------------ |
	// | T-4 | live | anonymise (skipping a missed stage) | 2025-01-31 | overdue | 3a4ec2736c8e772ee01f2728a0a0a02a |
	// | T-3 | live | pseudonymise | 2026-11-22 | due | 62c381267172e469c02c3b13473c7666 |
}

// An executor that plans and acts in one pass over its cursor: the
// accumulator returns each ticket's decision and, at the end, the report
// of the run.
func ExampleAccumulator() {
	p, _ := retention.New(policy)
	at := date(2026, 11, 22)
	acc := p.NewAccumulator(at, retention.PlanOptions{MaxListed: 100})
	cursor := []*ticket.Ticket{
		{ID: "T-3", ContractEnd: date(2026, 10, 23)},
		{ID: "T-4", ContractEnd: date(2019, 1, 31)},
		{ID: "T-8", Stage: ticket.StagePseudonymised, ContractEnd: date(2021, 3, 31)},
	}
	for _, t := range cursor {
		d, err := acc.Add(t)
		if err != nil {
			panic(err) // a ticket the vendor mapped wrongly
		}
		if d.Actionable() {
			t.Stage = string(d.Target) // the vendor's transformation goes here
		}
	}
	plan := acc.Plan()
	fmt.Printf("%d tickets, %d acted on, next: %s on %s\n", plan.Tickets, plan.DueTotal,
		retention.ActionAnonymise, p.Decide(cursor[2], at).Due.Format(time.DateOnly))
	for _, t := range cursor {
		fmt.Println(t.ID, t.Stage)
	}
	// Output:
	// 3 tickets, 2 acted on, next: anonymise on 2027-03-31
	// T-3 pseudonymised
	// T-4 anonymised
	// T-8 pseudonymised
}

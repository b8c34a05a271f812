package retention

import (
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// nuvolaPolicy is the example pack's lifecycle (examples/nuvola/helpdesk.yaml):
// pseudonymised 30 days after the contract ends, anonymised after 72 months.
var nuvolaPolicy = helpdesk.Retention{
	Trigger:            helpdesk.TriggerContractEnd,
	CancellationWindow: "P30D",
	Stages: []helpdesk.RetentionStage{
		{Stage: helpdesk.StagePseudonymised, Max: "P72M"},
		{Stage: helpdesk.StageAnonymised},
	},
}

// fullPolicy has every stage, floors and a ticket_closed trigger.
var fullPolicy = helpdesk.Retention{
	Trigger:            helpdesk.TriggerTicketClosed,
	CancellationWindow: "P14D",
	Stages: []helpdesk.RetentionStage{
		{Stage: helpdesk.StageClosed, Min: "P6M", Max: "P12M"},
		{Stage: helpdesk.StagePseudonymised, Min: "P24M", Max: "P60M"},
		{Stage: helpdesk.StageAnonymised, Max: "P120M"},
		{Stage: helpdesk.StageDeleted},
	},
}

func mustPlanner(t testing.TB, r helpdesk.Retention) *Planner {
	t.Helper()
	p, err := New(r)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func tk(id string, mod ...func(*ticket.Ticket)) *ticket.Ticket {
	t := &ticket.Ticket{ID: id, Subject: "cust-1", Created: day(2015, 1, 1)}
	for _, m := range mod {
		m(t)
	}
	return t
}

func closed(at time.Time) func(*ticket.Ticket) { return func(t *ticket.Ticket) { t.Closed = at } }
func contractEnd(at time.Time) func(*ticket.Ticket) {
	return func(t *ticket.Ticket) { t.ContractEnd = at }
}
func stage(s string) func(*ticket.Ticket) { return func(t *ticket.Ticket) { t.Stage = s } }
func hold(reason string, until time.Time) func(*ticket.Ticket) {
	return func(t *ticket.Ticket) { t.LegalHold = &ticket.LegalHold{Reason: reason, Until: until} }
}

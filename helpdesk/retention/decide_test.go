package retention

import (
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

func TestDecide(t *testing.T) {
	nuvola := mustPlanner(t, nuvolaPolicy)
	full := mustPlanner(t, fullPolicy)
	rome, err := time.LoadLocation("Europe/Rome")
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		status   Status
		stage    helpdesk.Stage
		action   Action
		target   helpdesk.Stage
		due      time.Time
		earliest time.Time
		skipped  int
		reason   string
	}
	tests := []struct {
		name string
		p    *Planner
		t    *ticket.Ticket
		at   time.Time
		want want
	}{
		// Live: no trigger, or a trigger in the future.
		{"open ticket", full, tk("a"), day(2026, 1, 1),
			want{status: StatusLive, stage: "live"}},
		{"contract running, ticket closed", nuvola, tk("a", closed(day(2020, 1, 1))), day(2026, 1, 1),
			want{status: StatusLive, stage: "live"}},
		{"ticket_closed ignores the contract end", full, tk("a", contractEnd(day(2020, 1, 1))), day(2026, 1, 1),
			want{status: StatusLive, stage: "live"}},
		{"reopened after restriction stays closed, no action", full, tk("a", stage("closed")), day(2026, 1, 1),
			want{status: StatusLive, stage: "closed"}},
		{"reopened after pseudonymisation never goes back", full, tk("a", stage("pseudonymised")), day(2026, 1, 1),
			want{status: StatusLive, stage: "pseudonymised"}},
		{"contract end in the future: forecast", nuvola, tk("a", contractEnd(day(2027, 3, 31))), day(2026, 11, 22),
			want{status: StatusLive, stage: "live", action: ActionPseudonymise, target: "pseudonymised", due: day(2027, 4, 30), earliest: day(2027, 4, 30)}},
		{"empty stage is live", full, tk("a", stage(""), closed(day(2026, 1, 1))), day(2026, 1, 5),
			want{status: StatusWaiting, stage: "live", action: ActionRestrict, target: "closed", due: day(2026, 1, 15), earliest: day(2026, 1, 15)}},

		// The cancellation window.
		{"inside the window", full, tk("a", stage("live"), closed(day(2026, 1, 1))), day(2026, 1, 14).Add(23 * time.Hour),
			want{status: StatusWaiting, stage: "live", action: ActionRestrict, target: "closed", due: day(2026, 1, 15), earliest: day(2026, 1, 15)}},
		{"window over: due at once", full, tk("a", closed(day(2026, 1, 1))), day(2026, 1, 15),
			want{status: StatusDue, stage: "live", action: ActionRestrict, target: "closed", due: day(2026, 1, 15), earliest: day(2026, 1, 15)}},
		{"re-closed pseudonymised ticket waits again", full, tk("a", stage("pseudonymised"), closed(day(2026, 1, 1))), day(2026, 1, 2),
			want{status: StatusWaiting, stage: "pseudonymised", action: ActionAnonymise, target: "anonymised", due: day(2031, 1, 1), earliest: day(2028, 1, 1)}},

		// Due, grace, overdue.
		{"due within the grace", full, tk("a", closed(day(2026, 1, 1))), day(2026, 1, 15).Add(23*time.Hour + 59*time.Minute),
			want{status: StatusDue, stage: "live", action: ActionRestrict, target: "closed", due: day(2026, 1, 15), earliest: day(2026, 1, 15)}},
		{"overdue once the grace is over", full, tk("a", closed(day(2026, 1, 1))), day(2026, 1, 16),
			want{status: StatusOverdue, stage: "live", action: ActionRestrict, target: "closed", due: day(2026, 1, 15), earliest: day(2026, 1, 15)}},

		// Floors and ceilings: not yet due until the ceiling, not before the floor.
		{"closed: pseudonymise at the ceiling, not before the floor", full, tk("a", stage("closed"), closed(day(2026, 1, 1))), day(2026, 4, 1),
			want{status: StatusScheduled, stage: "closed", action: ActionPseudonymise, target: "pseudonymised", due: day(2027, 1, 1), earliest: day(2026, 7, 1)}},
		{"pseudonymised: anonymise at 60 months, floor 24 months", full, tk("a", stage("pseudonymised"), closed(day(2020, 6, 30))), day(2025, 6, 29),
			want{status: StatusScheduled, stage: "pseudonymised", action: ActionAnonymise, target: "anonymised", due: day(2025, 6, 30), earliest: day(2022, 6, 30)}},
		{"anonymised: erase at 120 months, floor back at the window", full, tk("a", stage("anonymised"), closed(day(2016, 1, 1))), day(2026, 1, 1),
			want{status: StatusDue, stage: "anonymised", action: ActionErase, target: "deleted", due: day(2026, 1, 1), earliest: day(2016, 1, 15)}},

		// Missed stages: the furthest step already due, overdue from the first.
		{"live for years: anonymise directly", nuvola, tk("a", contractEnd(day(2019, 1, 31))), day(2026, 11, 22),
			want{status: StatusOverdue, stage: "live", action: ActionAnonymise, target: "anonymised", due: day(2025, 1, 31), earliest: day(2019, 3, 2), skipped: 1}},
		{"closed ticket forgotten: erase over three stages", full, tk("a", closed(day(2010, 1, 1))), day(2026, 1, 1),
			want{status: StatusOverdue, stage: "live", action: ActionErase, target: "deleted", due: day(2020, 1, 1), earliest: day(2010, 1, 15), skipped: 3}},
		{"two steps due today: the further, due", full, tk("a", stage("closed"), closed(day(2025, 1, 1))), day(2026, 1, 1),
			want{status: StatusDue, stage: "closed", action: ActionPseudonymise, target: "pseudonymised", due: day(2026, 1, 1), earliest: day(2025, 7, 1)}},

		// Complete.
		{"anonymised is the last stage of nuvola", nuvola, tk("a", stage("anonymised"), contractEnd(day(2010, 1, 1))), day(2026, 1, 1),
			want{status: StatusComplete, stage: "anonymised"}},
		{"deleted beyond the policy's last stage", nuvola, tk("a", stage("deleted")), day(2026, 1, 1),
			want{status: StatusComplete, stage: "deleted"}},
		{"deleted is the last stage of full", full, tk("a", stage("deleted"), closed(day(2000, 1, 1))), day(2026, 1, 1),
			want{status: StatusComplete, stage: "deleted"}},
		{"a stage the policy skips: closed → pseudonymise", nuvola, tk("a", stage("closed"), contractEnd(day(2026, 1, 1))), day(2026, 6, 1),
			want{status: StatusOverdue, stage: "closed", action: ActionPseudonymise, target: "pseudonymised", due: day(2026, 1, 31), earliest: day(2026, 1, 31)}},

		// Legal holds.
		{"hold without end", nuvola, tk("a", stage("pseudonymised"), contractEnd(day(2019, 6, 30)), hold("contenzioso", time.Time{})), day(2026, 11, 22),
			want{status: StatusHeld, stage: "pseudonymised", action: ActionAnonymise, target: "anonymised", due: day(2025, 6, 30), earliest: day(2019, 7, 30), reason: "contenzioso"}},
		{"hold until a future date", nuvola, tk("a", contractEnd(day(2026, 9, 1)), hold("verifica fiscale", day(2027, 1, 1))), day(2026, 11, 22),
			want{status: StatusHeld, stage: "live", action: ActionPseudonymise, target: "pseudonymised", due: day(2026, 10, 1), earliest: day(2026, 10, 1), reason: "verifica fiscale"}},
		{"hold beats the cancellation window", nuvola, tk("a", contractEnd(day(2026, 11, 20)), hold("x", time.Time{})), day(2026, 11, 22),
			want{status: StatusHeld, stage: "live", action: ActionPseudonymise, target: "pseudonymised", due: day(2026, 12, 20), earliest: day(2026, 12, 20), reason: "x"}},
		{"hold on a live ticket changes nothing", nuvola, tk("a", hold("x", time.Time{})), day(2026, 11, 22),
			want{status: StatusLive, stage: "live"}},
		{"expired hold postpones the due date to its end", nuvola, tk("a", stage("pseudonymised"), contractEnd(day(2020, 1, 31)), hold("x", day(2026, 11, 21))), day(2026, 11, 21).Add(12 * time.Hour),
			want{status: StatusDue, stage: "pseudonymised", action: ActionAnonymise, target: "anonymised", due: day(2026, 11, 21), earliest: day(2020, 3, 1)}},
		{"expired hold, grace over", nuvola, tk("a", stage("pseudonymised"), contractEnd(day(2020, 1, 31)), hold("x", day(2026, 11, 21))), day(2026, 11, 23),
			want{status: StatusOverdue, stage: "pseudonymised", action: ActionAnonymise, target: "anonymised", due: day(2026, 11, 21), earliest: day(2020, 3, 1)}},
		{"expired hold on a live ticket: every step postponed, the furthest taken", nuvola, tk("a", contractEnd(day(2019, 1, 31)), hold("x", day(2026, 11, 21))), day(2026, 11, 21).Add(6 * time.Hour),
			want{status: StatusDue, stage: "live", action: ActionAnonymise, target: "anonymised", due: day(2026, 11, 21), earliest: day(2019, 3, 2), skipped: 1}},
		{"hold that ended before the due date changes nothing", nuvola, tk("a", contractEnd(day(2026, 1, 1)), hold("x", day(2026, 1, 10))), day(2026, 1, 20),
			want{status: StatusWaiting, stage: "live", action: ActionPseudonymise, target: "pseudonymised", due: day(2026, 1, 31), earliest: day(2026, 1, 31)}},

		// Calendar arithmetic in UTC.
		{"leap day plus 72 months is 28 February", nuvola, tk("a", stage("pseudonymised"), contractEnd(day(2020, 2, 29))), day(2026, 2, 28),
			want{status: StatusDue, stage: "pseudonymised", action: ActionAnonymise, target: "anonymised", due: day(2026, 2, 28), earliest: day(2020, 3, 30)}},
		{"a time zone is counted in UTC", nuvola, tk("a", contractEnd(time.Date(2026, 1, 1, 0, 30, 0, 0, rome))), day(2026, 1, 31),
			want{status: StatusDue, stage: "live", action: ActionPseudonymise, target: "pseudonymised", due: time.Date(2026, 1, 30, 23, 30, 0, 0, time.UTC), earliest: time.Date(2026, 1, 30, 23, 30, 0, 0, time.UTC)}},

		// Invalid tickets.
		{"unknown stage", nuvola, tk("a", stage("archived")), day(2026, 1, 1), want{status: StatusInvalid, stage: "archived"}},
		{"no id", nuvola, tk(""), day(2026, 1, 1), want{status: StatusInvalid}},
		{"nil", nuvola, nil, day(2026, 1, 1), want{status: StatusInvalid}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.p.Decide(tt.t, tt.at)
			got := want{d.Status, d.Stage, d.Action, d.Target, d.Due, d.Earliest, d.Skipped, d.Hold.Reason}
			if got != tt.want {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
			if d.Action != ActionNone && d.Earliest.After(d.Due) {
				t.Errorf("earliest %v after due %v", d.Earliest, d.Due)
			}
			if d.Action == ActionNone && !d.Key().IsZero() {
				t.Errorf("a decision without action has key %v", d.Key())
			}
			if d.Action != ActionNone && d.Key().IsZero() {
				t.Errorf("an action without key")
			}
			if d.Due.Location() != time.UTC && !d.Due.IsZero() {
				t.Errorf("due %v not in UTC", d.Due)
			}
		})
	}
}

// TestMonthEnds checks calendar months: a month end plus a month is the
// end of the shorter month, in leap and common years.
func TestMonthEnds(t *testing.T) {
	p := mustPlanner(t, helpdesk.Retention{Trigger: helpdesk.TriggerTicketClosed, CancellationWindow: "P1M",
		Stages: []helpdesk.RetentionStage{{Stage: helpdesk.StagePseudonymised, Max: "P12M"}, {Stage: helpdesk.StageAnonymised, Max: "P48M"}, {Stage: helpdesk.StageDeleted}}})
	tests := []struct {
		closed time.Time
		stage  string
		due    time.Time
	}{
		{day(2025, 1, 31), "", day(2025, 2, 28)},
		{day(2024, 1, 31), "", day(2024, 2, 29)},
		{day(2025, 3, 31), "", day(2025, 4, 30)},
		{day(2024, 2, 29), "pseudonymised", day(2025, 2, 28)},
		{day(2024, 2, 29), "anonymised", day(2028, 2, 29)},
		{day(2023, 12, 31), "", day(2024, 1, 31)},
	}
	for _, tt := range tests {
		d := p.Decide(tk("a", closed(tt.closed), stage(tt.stage)), tt.closed)
		if !d.Due.Equal(tt.due) {
			t.Errorf("closed %s at stage %q: due %s, want %s", tt.closed.Format(time.DateOnly), tt.stage, d.Due.Format(time.DateOnly), tt.due.Format(time.DateOnly))
		}
	}
}

// TestDecideGrace checks a custom grace period.
func TestDecideGrace(t *testing.T) {
	p := mustPlanner(t, fullPolicy)
	p.Grace = 7 * 24 * time.Hour
	tick := tk("a", closed(day(2026, 1, 1)))
	if got := p.Decide(tick, day(2026, 1, 21)).Status; got != StatusDue {
		t.Errorf("6 days after due with a week's grace: %v", got)
	}
	if got := p.Decide(tick, day(2026, 1, 22)).Status; got != StatusOverdue {
		t.Errorf("7 days after due with a week's grace: %v", got)
	}
}

// TestStagesNeverMoveBack checks every stage against every time: the
// target is always beyond the current stage.
func TestStagesNeverMoveBack(t *testing.T) {
	p := mustPlanner(t, fullPolicy)
	for _, s := range []string{"live", "closed", "pseudonymised", "anonymised", "deleted"} {
		cur, _ := stageOrder(s)
		for y := 2009; y <= 2030; y++ {
			d := p.Decide(tk("a", stage(s), closed(day(2010, 1, 1))), day(y, 6, 1))
			if d.Action != ActionNone && d.Target.Order() <= cur {
				t.Errorf("stage %s in %d: target %s goes back", s, y, d.Target)
			}
		}
	}
}

func TestDecideDoesNotAllocate(t *testing.T) {
	p := mustPlanner(t, fullPolicy)
	tick := tk("T-000001", closed(day(2015, 1, 1)), hold("x", day(2020, 1, 1)))
	at := day(2026, 1, 1)
	if n := testing.AllocsPerRun(100, func() { p.Decide(tick, at) }); n != 0 {
		t.Errorf("Decide allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { p.Decide(tick, at).Key() }); n != 0 {
		t.Errorf("Key allocates %v times", n)
	}
}

func TestCheckTicket(t *testing.T) {
	tests := []struct {
		t    *ticket.Ticket
		want string
	}{
		{tk("a"), ""},
		{tk("a", stage("deleted")), ""},
		{nil, "retention: ticket cannot be planned: nil ticket"},
		{tk(""), "retention: ticket cannot be planned: no id"},
		{tk("T-1", stage("archived")), `retention: ticket cannot be planned: ticket T-1: unknown stage "archived" (want live, closed, pseudonymised, anonymised or deleted)`},
	}
	for _, tt := range tests {
		err := CheckTicket(tt.t)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

// Package retention plans the retention lifecycle of support tickets
// (legal/helpdesk.md §2): for each ticket, from the retention stages of a
// support-data policy ([helpdesk.Retention]), the stage it is in, the
// next action — restrict, pseudonymise, anonymise or erase — when it is
// due, and whether anything stops it.
//
// A [Planner] is built once from the policy with [New], which refuses a
// lifecycle it cannot follow. [Planner.Decide] looks at one ticket at
// one time and returns a [Decision]: it is pure and allocation-free, so
// an executor can call it on every ticket of a database cursor.
//
//   - The trigger is the ticket's contract end or close, as the policy
//     says; until it happens the ticket is live ([StatusLive]). A ticket
//     reopened (Closed zero again) or a contract renewed (ContractEnd
//     zero again) is live again; a future contract end gives a forecast.
//   - During the cancellation window nothing may run ([StatusWaiting]).
//   - Each step enters a stage at the trigger plus its ceiling (Due), not
//     before the trigger plus the floor of the stage it leaves
//     (Earliest). Offsets are added in UTC and in calendar months, as
//     [gdpr.Duration.AddTo] does: 31 January plus one month is the last
//     day of February.
//   - An action is [StatusScheduled] before its due time, [StatusDue] for
//     the grace period after it ([Planner.Grace], one day by default: the
//     interval of a daily executor, so each action is due in exactly one
//     run), then [StatusOverdue].
//   - Stages never move back: only steps into stages beyond the ticket's
//     current one count, and a ticket at the policy's last stage is
//     [StatusComplete]. A ticket that missed several steps gets the
//     furthest one already due — a live ticket overdue by years is
//     anonymised directly — because each later stage keeps less than the
//     one before.
//   - A legal hold in force suspends the action ([StatusHeld]); a hold
//     that has ended moves every due date before its end to its end, so
//     the action is due at once rather than overdue for time it was
//     lawfully suspended.
//
// Every action carries an idempotency [Key], a hash of the ticket id,
// action, target stage and due time: an executor records the keys of the
// actions it ran and skips those it has seen, so a re-run never does
// anything twice.
//
// [Planner.Plan] runs over an [iter.Seq] of tickets without keeping
// them, and returns a dry-run [Plan]: counts by status and next action, a
// forecast by month of due date, and the tickets to act on now and those
// held, most urgent first, capped by [PlanOptions.MaxListed] so memory
// stays bounded for millions of tickets. An [Accumulator] does the same
// one ticket at a time, for an executor that plans and acts in one pass.
// [Plan.Document] and [Plan.Workbook] give the plan in Italian or English
// for the renderers (Markdown, XLSX…); the plan also marshals to JSON.
//
// The planner does not act. The transformations are package
// helpdesk/anonymize's
// ([github.com/gdprkit/gdprkit/helpdesk/anonymize.Pseudonymize],
// [github.com/gdprkit/gdprkit/helpdesk/anonymize.Anonymize]),
// which refuse any ticket carrying a legal hold, expired or not: an
// executor clears an expired hold (and records that it did) before
// acting on a ticket the planner says is due.
package retention

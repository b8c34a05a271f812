package ticket

// The retention stages a ticket passes through, as [Ticket.Stage] records
// them (legal/helpdesk.md §2). Stages only move forward. An empty Stage is
// StageLive.
const (
	StageLive          = "live"
	StagePseudonymised = "pseudonymised"
	StageAnonymised    = "anonymised"
)

package ticket

// The retention stages a ticket passes through, as [Ticket.Stage] records
// them (legal/helpdesk.md §2), in order. Stages only move forward. An
// empty Stage is StageLive. The names after live are the stage keys of a
// support-data policy (helpdesk.Stage).
const (
	StageLive          = "live"
	StageClosed        = "closed"
	StagePseudonymised = "pseudonymised"
	StageAnonymised    = "anonymised"
	StageDeleted       = "deleted"
)

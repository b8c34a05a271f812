package breach

import (
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// Subject is what the breach rules inspect: the organisation, its
// register (incidents point at its activities and categories), the breach
// section and the time of the check (the pack's date, so the result does
// not depend on when it runs).
type Subject struct {
	// Org is the organisation (controller, DPO).
	Org *gdpr.Organisation
	// Register is the Art. 30 register the incidents point at.
	Register *register.Register
	// Breach is the breach section checked.
	Breach *Breach
	// Now is the time of the check.
	Now time.Time
}

// Check runs every rule of [Rules] over b and returns the findings. org
// and reg may be nil (an empty organisation or register); a nil b is a
// pack without a breach section, which has nothing to check.
func Check(org *gdpr.Organisation, reg *register.Register, b *Breach, now time.Time) check.Report {
	if b == nil {
		return check.Report{}
	}
	if org == nil {
		org = &gdpr.Organisation{}
	}
	if reg == nil {
		reg = &register.Register{}
	}
	return check.Run(Subject{Org: org, Register: reg, Breach: b, Now: now}, Rules)
}

// Rules are the breach rules: the procedure, the register entries
// (Art. 33(5)), the ENISA assessment, then the Art. 33/34 decisions.
var Rules = []check.Rule[Subject]{
	ruleProcedure,
	ruleContactPoint,
	ruleAuthority,
	ruleDeadlines,
	ruleUniqueIDs,
	ruleReferences,
	ruleAwareness,
	ruleTimeline,
	ruleFacts,
	ruleRiskReasons,
	ruleDPCJustified,
	ruleSeverityInputs,
	ruleUnlikelyButSevere,
	ruleNotificationDue,
	ruleDelayReasons,
	rulePhasedNotification,
	ruleCommunication,
	ruleProcessorToController,
	ruleActions,
	ruleStatus,
}

// incidentPath is the YAML path of incident i.
func incidentPath(i int) string { return fmt.Sprintf("breach.incidents[%d]", i) }

// each calls fn for every incident.
func (s Subject) each(fn func(i int, inc *Incident, path string)) {
	for i := range s.Breach.Incidents {
		fn(i, &s.Breach.Incidents[i], incidentPath(i))
	}
}

// assess assesses one incident at the check's time.
func (s Subject) assess(inc *Incident) Assessment {
	return Assess(s.Org, s.Register, s.Breach, inc, s.Now)
}

// at formats a time in the procedure's zone, for messages.
func (s Subject) at(t time.Time) string { return formatTime(t, resolve(s.Org, s.Breach).loc) }

// isBreach reports whether the incident is a breach the controller duties
// apply to (not a near miss).
func isBreach(inc *Incident) bool { return inc.Risk.Level.IsBreach() }

// quoted returns the incident id for messages.
func quoted(inc *Incident) string { return fmt.Sprintf("%q", inc.ID) }

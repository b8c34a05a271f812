package register

import (
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

// Subject is what the register rules inspect: the organisation, its
// register, and the date the check is made at (the pack's date, so the
// result does not depend on when it runs).
type Subject struct {
	Org      *gdpr.Organisation
	Register *Register
	Date     time.Time
}

// Check runs every rule of [Rules] and returns the findings.
func Check(org *gdpr.Organisation, reg *Register, date time.Time) check.Report {
	return check.Run(Subject{Org: org, Register: reg, Date: date}, Rules)
}

// activityPath is the YAML path of activity i.
func activityPath(i int) string { return fmt.Sprintf("register.activities[%d]", i) }

// eachActivity calls fn for every activity kept in the register (those
// omitted under Art. 30(5) have their own rule).
func (s Subject) eachActivity(fn func(i int, a *Activity, path string)) {
	for i := range s.Register.Activities {
		a := &s.Register.Activities[i]
		if !a.Omitted {
			fn(i, a, activityPath(i))
		}
	}
}

// name returns an activity's display name for messages.
func name(a *Activity) string { return fmt.Sprintf("%q", a.ID) }

// Rules are the Art. 30 rules, in the order of the legal reference
// (register.md §5).
var Rules = []check.Rule[Subject]{
	ruleControllerContact,
	ruleDPOContact,
	ruleRepresentative,
	ruleJointControllers,
	ruleActivityContent,
	rulePurposeBasis,
	ruleSpecialCondition,
	ruleCriminalBasis,
	ruleConsentRecord,
	ruleLegitimateInterest,
	ruleProcessorContract,
	ruleTransferCovered,
	ruleTransferInEEA,
	ruleAdequacy,
	ruleResidualDerogation,
	ruleRetention,
	ruleSecurity,
	ruleDates,
	ruleReview,
	ruleProcessorRegister,
	ruleExemption,
	ruleReferences,
	ruleUniqueIDs,
}

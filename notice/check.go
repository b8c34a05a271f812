package notice

import (
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// Subject is what the notice rules inspect: the notices of a pack with the
// organisation and the register they are derived from, and the date the
// check is made at (the pack's date).
type Subject struct {
	Org      *gdpr.Organisation
	Register *register.Register
	Notices  []Notice
	Date     time.Time

	views []*view // resolved once by Check, shared by the rules
}

// Check runs every rule of [Rules] over the notices and returns the
// findings, each once: a register text several notices show is reported
// at its register path a single time.
func Check(org *gdpr.Organisation, reg *register.Register, notices []Notice, date time.Time) check.Report {
	s := Subject{Org: org, Register: reg, Notices: notices, Date: date}
	for i, n := range notices {
		s.views = append(s.views, resolve(org, reg, n, i, date))
	}
	return dedupe(check.Run(s, Rules))
}

func dedupe(r check.Report) check.Report {
	type key struct{ rule, path, msg string }
	seen := map[key]bool{}
	var out check.Report
	for _, d := range r.Diagnostics {
		k := key{d.Rule, d.Path, d.Message.In("en")}
		if !seen[k] {
			seen[k] = true
			out.Add(d)
		}
	}
	return out
}

// each calls fn with every notice resolved against the register.
func (s Subject) each(fn func(v *view)) {
	if len(s.views) == len(s.Notices) {
		for _, v := range s.views {
			fn(v)
		}
		return
	}
	for i, n := range s.Notices {
		fn(resolve(s.Org, s.Register, n, i, s.Date))
	}
}

// eachActivity calls fn with every activity every notice covers.
func (s Subject) eachActivity(fn func(v *view, x act)) {
	s.each(func(v *view) {
		for _, x := range v.acts {
			fn(v, x)
		}
	})
}

// id quotes a notice's id for messages.
func (v *view) id() string { return fmt.Sprintf("%q", v.n.ID) }

// Rules are the notice rules, in the order of the element checklist of the
// legal reference (notice.md §1), after the rules on the notice's own
// references. Each rule's Doc names the checklist element it checks.
var Rules = []check.Rule[Subject]{
	ruleAudience,
	ruleActivities,
	ruleUniqueIDs,
	ruleController,
	ruleDPO,
	rulePurposeBasis,
	ruleSpecialBasis,
	ruleLegitimateInterest,
	ruleDataCategories,
	ruleRecipients,
	ruleTransfers,
	ruleRetention,
	ruleRightsContact,
	ruleWithdrawal,
	ruleComplaint,
	ruleProvision,
	ruleSource,
	ruleTiming,
	ruleExemption,
	ruleAutomated,
	ruleObjection,
	ruleJoint,
	ruleChildren,
	ruleVague,
	ruleLayer,
}

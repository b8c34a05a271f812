package helpdesk

import (
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/notice"
	"github.com/gdprkit/gdprkit/register"
)

// Subject is what the policy rules inspect: the policy, the register it
// must agree with, the notices that must announce what it does, and the
// date of the check (the pack's date).
type Subject struct {
	// Org is the organisation.
	Org *gdpr.Organisation
	// Register is the Art. 30 register the policy points at.
	Register *register.Register
	// Notices are the pack's privacy notices.
	Notices []notice.Notice
	// Policy is the support-data policy checked.
	Policy *Policy
	// Now is the time of the check.
	Now time.Time
}

// policyPath is the YAML path of the policy in the pack.
const policyPath = "helpdesk.policy"

// Check runs every rule of [Rules] over the pack's helpdesk section. A nil
// section or policy has nothing to check; org and reg may be nil.
func Check(org *gdpr.Organisation, reg *register.Register, notices []notice.Notice, h *Helpdesk, now time.Time) check.Report {
	if h == nil || h.Policy == nil {
		return check.Report{}
	}
	if org == nil {
		org = &gdpr.Organisation{}
	}
	if reg == nil {
		reg = &register.Register{}
	}
	return check.Run(Subject{Org: org, Register: reg, Notices: notices, Policy: h.Policy, Now: now}, Rules)
}

// Rules are the support-data policy rules, in the order of the policy:
// where it belongs, what it collects, who receives and sees it, what
// operators may do, how long it lives, and who answers requests.
var Rules = []check.Rule[Subject]{
	ruleActivity,
	ruleUniqueIDs,
	ruleFieldCategories,
	ruleMinimisation,
	ruleProcessors,
	ruleRoleRefs,
	ruleRecording,
	ruleRecordingNotice,
	ruleImpersonation,
	ruleRemoteConsent,
	ruleRemoteLimits,
	ruleClosure,
	ruleStages,
	ruleRetentionRegister,
	ruleLegalHolds,
	ruleAuditLog,
	ruleRightsContact,
}

// activity returns the register activity of the policy, nil when it does
// not exist (ruleActivity reports it; the other rules then stay quiet).
func (s Subject) activity() *register.Activity {
	a, ok := s.Register.Activity(s.Policy.Activity)
	if !ok {
		return nil
	}
	return a
}

// activityPath is the YAML path of the policy's register activity.
func (s Subject) activityPath() string {
	for i := range s.Register.Activities {
		if s.Register.Activities[i].ID == s.Policy.Activity {
			return fmt.Sprintf("register.activities[%d]", i)
		}
	}
	return policyPath + ".activity"
}

func channelPath(i int) string { return fmt.Sprintf("%s.channels[%d]", policyPath, i) }

func fieldPath(c, f int) string { return fmt.Sprintf("%s.fields[%d]", channelPath(c), f) }

// role returns the access role with id.
func (p *Policy) role(id string) (AccessRole, bool) {
	for _, r := range p.Roles {
		if r.ID == id {
			return r, true
		}
	}
	return AccessRole{}, false
}

// AllProcessors returns the recipient ids the policy names: the ticketing
// provider first, then the other processors, without repeats.
func (p *Policy) AllProcessors() []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range append([]string{p.Ticketing}, p.Processors...) {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

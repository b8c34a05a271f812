package notice

import (
	"fmt"
	"slices"
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// view is one notice resolved against the organisation and the register:
// what the documents show and what the rules inspect. Every item keeps
// the YAML path of its source, so a rule can point at it.
type view struct {
	n    Notice
	path string // notices[i]
	org  *gdpr.Organisation
	reg  *register.Register
	date time.Time
	acts []act
	// byID indexes the register activities when the notice lists its own.
	byID map[string]int
	// Derived lists, computed once: documents and rules ask for them often.
	cache struct {
		purposes   []purposeRef
		transfers  []transferRef
		recipients []recRef
		categories []catRef
		use        *gdpr.RightsUse
	}
}

// activity returns the register activity with id.
func (v *view) activity(id string) (*register.Activity, bool) {
	if v.byID != nil {
		i, ok := v.byID[id]
		if !ok {
			return nil, false
		}
		return &v.reg.Activities[i], true
	}
	return v.reg.Activity(id)
}

// act is an activity the notice covers.
type act struct {
	a    *register.Activity
	path string // register.activities[i]
}

// purposeRef is one purpose of a covered activity.
type purposeRef struct {
	act  act
	p    *register.Purpose
	path string
}

// catRef is one data category the notice shows.
type catRef struct {
	c    register.DataCategory
	path string // register.data_categories[i]
}

// recRef is one recipient the notice shows.
type recRef struct {
	r    register.Recipient
	path string // register.recipients[i]
}

// transferRef is one transfer of a covered activity.
type transferRef struct {
	act  act
	t    *gdpr.Transfer
	path string
}

// sourceRef is one source, not the data subject, of a covered activity.
type sourceRef struct {
	act  act
	s    *register.Source
	path string
}

func resolve(org *gdpr.Organisation, reg *register.Register, n Notice, index int, date time.Time) *view {
	if org == nil {
		org = &gdpr.Organisation{}
	}
	if reg == nil {
		reg = &register.Register{}
	}
	v := &view{n: n, path: fmt.Sprintf("notices[%d]", index), org: org, reg: reg, date: date}
	if len(n.Activities) > 0 {
		byID := make(map[string]int, len(reg.Activities))
		for i := range reg.Activities {
			if _, dup := byID[reg.Activities[i].ID]; !dup {
				byID[reg.Activities[i].ID] = i
			}
		}
		covered := map[string]bool{}
		for _, id := range n.Activities {
			if i, ok := byID[id]; ok && !covered[id] {
				covered[id] = true
				v.acts = append(v.acts, act{&reg.Activities[i], fmt.Sprintf("register.activities[%d]", i)})
			}
		}
		v.byID = byID
		return v
	}
	for i := range reg.Activities {
		a := &reg.Activities[i]
		if !a.Omitted && concernsAny(a, n.Audience) {
			v.acts = append(v.acts, act{a, fmt.Sprintf("register.activities[%d]", i)})
		}
	}
	return v
}

func indexOf[T any](list []T, id string, key func(T) string) int {
	for i, x := range list {
		if key(x) == id {
			return i
		}
	}
	return -1
}

func concernsAny(a *register.Activity, audience []string) bool {
	return slices.ContainsFunc(audience, a.Concerns)
}

func (v *view) kind() Kind { return v.n.KindOrDefault() }

// noticeDate is the notice's own date, or the pack's.
func (v *view) noticeDate() time.Time {
	if t, err := v.n.Date.Time(); err == nil {
		return t
	}
	return v.date
}

func (v *view) purposes() []purposeRef {
	if v.cache.purposes != nil {
		return v.cache.purposes
	}
	out := []purposeRef{}
	for _, x := range v.acts {
		for j := range x.a.Purposes {
			out = append(out, purposeRef{x, &x.a.Purposes[j], fmt.Sprintf("%s.purposes[%d]", x.path, j)})
		}
	}
	v.cache.purposes = out
	return out
}

// rightsUse describes the covered processing for [gdpr.RightsFor].
func (v *view) rightsUse() gdpr.RightsUse {
	if v.cache.use != nil {
		return *v.cache.use
	}
	var u gdpr.RightsUse
	for _, p := range v.purposes() {
		if p.p.LegalBasis != "" && !slices.Contains(u.Bases, p.p.LegalBasis) {
			u.Bases = append(u.Bases, p.p.LegalBasis)
		}
		u.DirectMarketing = u.DirectMarketing || p.p.DirectMarketing
	}
	for _, x := range v.acts {
		u.ExplicitConsent = u.ExplicitConsent || slices.Contains(x.a.SpecialConditions, gdpr.ExplicitConsent)
		u.AutomatedDecisions = u.AutomatedDecisions || (x.a.AutomatedDecisions != nil && x.a.AutomatedDecisions.Solely)
	}
	v.cache.use = &u
	return u
}

func (v *view) rights() []gdpr.Right { return gdpr.RightsFor(v.rightsUse()) }

func (v *view) hasBasis(b gdpr.LegalBasis) bool {
	return slices.Contains(v.rightsUse().Bases, b)
}

// consentPurposes are the purposes based on consent, Art. 6(1)(a).
func (v *view) consentPurposes() []purposeRef {
	var out []purposeRef
	for _, p := range v.purposes() {
		if p.p.LegalBasis == gdpr.Consent {
			out = append(out, p)
		}
	}
	return out
}

// hasConsent reports whether consent or explicit consent (Art. 9(2)(a))
// is a basis, so withdrawal must be explained (Art. 13(2)(c)).
func (v *view) hasConsent() bool {
	u := v.rightsUse()
	return u.ExplicitConsent || slices.Contains(u.Bases, gdpr.Consent)
}

// objectable returns the purposes the right to object applies to:
// Art. 6(1)(e) and (f) (Art. 21(1)) and direct marketing (Art. 21(2)).
func (v *view) objectable() (situation, marketing []purposeRef) {
	for _, p := range v.purposes() {
		switch {
		case p.p.DirectMarketing:
			marketing = append(marketing, p)
		case p.p.LegalBasis == gdpr.LegitimateInterests || p.p.LegalBasis == gdpr.PublicTask:
			situation = append(situation, p)
		}
	}
	return situation, marketing
}

func (v *view) mustShowObjection() bool {
	s, m := v.objectable()
	return len(s)+len(m) > 0
}

// legitimateInterests are the purposes based on Art. 6(1)(f).
func (v *view) legitimateInterests() []purposeRef {
	var out []purposeRef
	for _, p := range v.purposes() {
		if p.p.LegalBasis == gdpr.LegitimateInterests {
			out = append(out, p)
		}
	}
	return out
}

// categories are the data categories of the covered activities, in order
// of first appearance; unknown ids are left out (a rule reports them).
func (v *view) categories() []catRef {
	if v.cache.categories != nil {
		return v.cache.categories
	}
	out := []catRef{}
	seen := map[string]bool{}
	for _, x := range v.acts {
		for _, id := range x.a.DataCategories {
			i := indexOf(v.reg.DataCategories, id, func(c register.DataCategory) string { return c.ID })
			if i < 0 || seen[id] {
				continue
			}
			seen[id] = true
			out = append(out, catRef{v.reg.DataCategories[i], fmt.Sprintf("register.data_categories[%d]", i)})
		}
	}
	v.cache.categories = out
	return out
}

// categoryName returns the name of the data category id in lang, or id
// itself when the catalog lacks it.
func (v *view) categoryName(id, lang string) string {
	if c, ok := v.reg.DataCategory(id); ok && !c.Name.IsEmpty() {
		return c.Name.In(lang)
	}
	return id
}

// recipients are the recipients of the covered activities, in order of
// first appearance.
func (v *view) recipients() []recRef {
	if v.cache.recipients != nil {
		return v.cache.recipients
	}
	out := []recRef{}
	seen := map[string]bool{}
	for _, x := range v.acts {
		for _, id := range x.a.Recipients {
			i := indexOf(v.reg.Recipients, id, func(r register.Recipient) string { return r.ID })
			if i < 0 || seen[id] {
				continue
			}
			seen[id] = true
			out = append(out, recRef{v.reg.Recipients[i], fmt.Sprintf("register.recipients[%d]", i)})
		}
	}
	v.cache.recipients = out
	return out
}

// noRecipients reports whether every covered activity states that data
// go to no one.
func (v *view) noRecipients() bool {
	if len(v.acts) == 0 {
		return false
	}
	for _, x := range v.acts {
		if !x.a.NoRecipients || len(x.a.Recipients) > 0 {
			return false
		}
	}
	return true
}

func (v *view) transfers() []transferRef {
	if v.cache.transfers != nil {
		return v.cache.transfers
	}
	out := []transferRef{}
	for _, x := range v.acts {
		for j := range x.a.Transfers {
			out = append(out, transferRef{x, &x.a.Transfers[j], fmt.Sprintf("%s.transfers[%d]", x.path, j)})
		}
	}
	v.cache.transfers = out
	return out
}

// untransferred returns the recipients outside the EEA for which a
// covered activity records no transfer: the notice must still tell the
// data subject (Art. 13(1)(f)).
func (v *view) untransferred() []recRef {
	var out []recRef
	covered := map[string]bool{}
	for _, t := range v.transfers() {
		covered[t.t.Recipient] = true
	}
	for _, r := range v.recipients() {
		if r.r.Country != "" && !gdpr.IsEEA(r.r.Country) && !covered[r.r.ID] {
			out = append(out, r)
		}
	}
	return out
}

// sources are the sources of the covered activities other than the data
// subject (Art. 14(2)(f)).
func (v *view) sources() []sourceRef {
	var out []sourceRef
	for _, x := range v.acts {
		for j := range x.a.Sources {
			if !x.a.Sources[j].FromSubject {
				out = append(out, sourceRef{x, &x.a.Sources[j], fmt.Sprintf("%s.sources[%d]", x.path, j)})
			}
		}
	}
	return out
}

// automated returns the covered activities with automated decisions or
// profiling (Art. 13(2)(f)).
func (v *view) automated() []act {
	var out []act
	for _, x := range v.acts {
		if d := x.a.AutomatedDecisions; d != nil && (d.Solely || d.Profiling) {
			out = append(out, x)
		}
	}
	return out
}

// contact is the address for exercising rights: the notice's, else the
// controller's email.
func (v *view) contact() string {
	if v.n.Contact != "" {
		return v.n.Contact
	}
	return v.org.Controller.Email
}

// authority is the supervisory authority the notice names for complaints.
func (v *view) authority() (gdpr.Authority, bool) {
	if p := v.n.Authority; p != nil && p.Name != "" {
		return gdpr.Authority{Country: p.Country, Name: p.Name, Website: p.Website,
			Address: p.Address, Email: p.Email, PEC: p.PEC, Phone: p.Phone}, true
	}
	return gdpr.AuthorityFor(v.org.Controller.Country)
}

// audienceNames are the names of the audience categories in lang.
func (v *view) audienceNames(lang string) []string {
	out := make([]string, 0, len(v.n.Audience))
	for _, id := range v.n.Audience {
		if s, ok := v.reg.DataSubject(id); ok && !s.Name.IsEmpty() {
			out = append(out, s.Name.In(lang))
		} else {
			out = append(out, id)
		}
	}
	return out
}

// hasMinors reports whether an audience category includes children.
func (v *view) hasMinors() bool {
	for _, id := range v.n.Audience {
		if s, ok := v.reg.DataSubject(id); ok && s.Minors {
			return true
		}
	}
	return false
}

// specialConditions are the Art. 9(2) conditions of the covered
// activities that process special categories.
func (v *view) specialConditions() []gdpr.SpecialCondition {
	var out []gdpr.SpecialCondition
	for _, x := range v.acts {
		for _, c := range x.a.SpecialConditions {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

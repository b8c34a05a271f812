package requests

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
	"github.com/gdprkit/gdprkit/register"
)

// ErrUnknownActivity is returned by [Art15FromRegister] for an activity
// the register does not have.
var ErrUnknownActivity = errors.New("requests: no such activity in the register")

// Art15FromRegister fills the Art. 15 information from the register entry
// of one activity — for a helpdesk, the support activity — in each of
// langs (nil means [SummaryLanguages]):
//
//   - the controller, its Art. 27 representative and its DPO, with their
//     contacts, from org;
//   - the purposes with their legal basis (Art. 6(1)), the interest pursued
//     for legitimate interests, and the Art. 9(2) and Art. 10 conditions;
//   - the data categories, special and criminal ones marked;
//   - the recipients with their role, country and service, or the
//     statement that there are none;
//   - the retention periods in words, with what starts them and what
//     happens at the end;
//   - the sources other than the person, automated decisions, and the
//     transfers outside the EEA with their Chapter V mechanism;
//   - the supervisory authority of the controller's country
//     ([gdpr.AuthorityFor]), or the EDPB's list of authorities;
//   - how to exercise the rights (the controller's and the DPO's e-mail).
//
// Items the register lacks stay empty: [Art15Info.Missing] names the
// required ones, and [Summary] marks them "to be completed".
func Art15FromRegister(org *gdpr.Organisation, reg *register.Register, activity string, langs []string) (Art15Info, error) {
	if org == nil || reg == nil {
		return Art15Info{}, errors.New("requests: Art15FromRegister needs the organisation and the register")
	}
	a, ok := reg.Activity(activity)
	if !ok {
		ids := make([]string, len(reg.Activities))
		for i, x := range reg.Activities {
			ids[i] = x.ID
		}
		return Art15Info{}, fmt.Errorf("%w: %q (the register has: %s)", ErrUnknownActivity, activity, strings.Join(ids, ", "))
	}
	if len(langs) == 0 {
		langs = SummaryLanguages
	}
	f := art15Filler{org: org, reg: reg, a: a, langs: langs}
	info := Art15Info{
		Controller:     f.text(f.controller),
		ControllerName: f.text(func(string) string { return org.Controller.Name }),
		DPO:            f.text(f.dpo),
		Authority:      f.text(f.authority),
	}
	for i := range a.Purposes {
		info.Purposes = f.add(info.Purposes, func(l string) string { return f.purpose(l, &a.Purposes[i]) })
	}
	if len(a.SpecialConditions) > 0 {
		info.Purposes = f.add(info.Purposes, f.special)
	}
	if !a.CriminalBasis.IsEmpty() {
		info.Purposes = f.add(info.Purposes, func(l string) string {
			return i18n.Notice.T(l, "criminal_lead", a.CriminalBasis.In(l))
		})
	}
	for _, id := range a.DataCategories {
		info.Categories = f.add(info.Categories, func(l string) string { return f.category(l, id) })
	}
	for _, id := range a.Recipients {
		info.Recipients = f.add(info.Recipients, func(l string) string { return f.recipient(l, id) })
	}
	if len(a.Recipients) == 0 && a.NoRecipients {
		info.Recipients = f.add(info.Recipients, func(l string) string { return i18n.Notice.T(l, "recipients_none") })
	}
	for _, r := range a.Retention {
		info.Retention = f.add(info.Retention, func(l string) string { return f.retention(l, r) })
	}
	for _, s := range a.Sources {
		if !s.FromSubject {
			info.Sources = f.add(info.Sources, func(l string) string { return f.source(l, s) })
		}
	}
	if ad := a.AutomatedDecisions; ad != nil && (ad.Solely || ad.Profiling) {
		name := func(l string) string { return a.Name.In(l) }
		if ad.Solely {
			info.AutomatedDecisions = f.add(info.AutomatedDecisions, func(l string) string { return i18n.Notice.T(l, "adm_solely", name(l)) })
		}
		if ad.Profiling {
			info.AutomatedDecisions = f.add(info.AutomatedDecisions, func(l string) string { return i18n.Notice.T(l, "adm_profiling", name(l)) })
		}
		if !ad.Logic.IsEmpty() {
			info.AutomatedDecisions = f.add(info.AutomatedDecisions, func(l string) string { return i18n.Notice.T(l, "adm_logic") + ": " + ad.Logic.In(l) })
		}
		if !ad.Consequences.IsEmpty() {
			info.AutomatedDecisions = f.add(info.AutomatedDecisions, func(l string) string {
				return i18n.Notice.T(l, "adm_consequences") + ": " + ad.Consequences.In(l)
			})
		}
		if ad.Solely {
			info.AutomatedDecisions = f.add(info.AutomatedDecisions, func(l string) string { return i18n.Notice.T(l, "adm_safeguards") })
		}
	}
	for i := range a.Transfers {
		info.Transfers = f.add(info.Transfers, func(l string) string { return f.transfer(l, &a.Transfers[i]) })
	}
	if email := org.Controller.Email; email != "" {
		info.Rights = f.add(info.Rights, func(l string) string { return i18n.Notice.T(l, "rights_how", email) })
	}
	if org.DPO != nil && org.DPO.Email != "" {
		info.Rights = f.add(info.Rights, func(l string) string { return i18n.Notice.T(l, "rights_how_dpo", org.DPO.Email) })
	}
	return info, nil
}

// art15Filler writes the items of one activity.
type art15Filler struct {
	org   *gdpr.Organisation
	reg   *register.Register
	a     *register.Activity
	langs []string
}

// text calls fn in every language; nil when every result is empty.
func (f art15Filler) text(fn func(lang string) string) Text {
	var t Text
	for _, l := range f.langs {
		if s := strings.TrimSpace(fn(l)); s != "" {
			if t == nil {
				t = Text{}
			}
			t[l] = s
		}
	}
	return t
}

// add appends fn's text to ts unless it is empty.
func (f art15Filler) add(ts []Text, fn func(lang string) string) []Text {
	if t := f.text(fn); t != nil {
		ts = append(ts, t)
	}
	return ts
}

// join joins the non-empty parts with sep.
func join(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

// labelled returns "Label: value", or "" when value is empty.
func labelled(label, value string) string {
	if value == "" {
		return ""
	}
	return label + ": " + value
}

// cite is an article in lang, in parentheses.
func cite(lang, article string) string {
	if article == "" {
		return ""
	}
	return i18n.Paren(i18n.Cite(lang, article))
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerFirst lower-cases the first letter of s to continue a sentence,
// unless the first word is an acronym ("DPF", "IT").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// contacts are a party's contacts as "Email: …; PEC: …; Phone: …".
func contacts(lang, email, pec, phone string) string {
	reg := func(k string) string { return i18n.Register.T(lang, k) }
	return join("; ", labelled(reg("email"), email), labelled(reg("pec"), pec), labelled(reg("phone"), phone))
}

func (f art15Filler) controller(lang string) string {
	c := f.org.Controller
	if c.Name == "" {
		return ""
	}
	s := join(", ", c.Name, c.Address)
	if more := contacts(lang, c.Email, c.PEC, c.Phone); more != "" {
		s += " — " + more
	}
	if r := f.org.Representative; r != nil && r.Name != "" {
		s += " — " + i18n.Requests.T(lang, "representative", join(", ", r.Name, r.Address, r.Email))
	}
	return s
}

func (f art15Filler) dpo(lang string) string {
	d := f.org.DPO
	if d == nil || d.Name == "" {
		return ""
	}
	s := d.Name
	if d.Organisation != "" {
		s += " (" + d.Organisation + ")"
	}
	if more := contacts(lang, d.Email, d.PEC, d.Phone); more != "" {
		s += " — " + more
	}
	return s
}

func (f art15Filler) purpose(lang string, p *register.Purpose) string {
	s := p.Description.In(lang)
	if p.LegalBasis != "" {
		s = join(" — ", s, lowerFirst(i18n.Notice.T(lang, "col_basis"))+": "+join(" ", p.LegalBasis.Label(lang), cite(lang, p.LegalBasis.Article())))
	}
	if p.BasisReference != "" {
		s += "; " + p.BasisReference
	}
	if p.LegalBasis == gdpr.LegitimateInterests && !p.LegitimateInterest.IsEmpty() {
		s += "; " + i18n.Requests.T(lang, "legitimate_interest", lowerFirst(p.LegitimateInterest.In(lang)))
	}
	return s
}

// special states the Art. 9(2) conditions of the activity.
func (f art15Filler) special(lang string) string {
	conds := make([]string, 0, len(f.a.SpecialConditions))
	for _, c := range f.a.SpecialConditions {
		conds = append(conds, join(" ", c.Label(lang), cite(lang, c.Article())))
	}
	return i18n.Notice.T(lang, "special_lead") + " " + strings.Join(conds, "; ")
}

func (f art15Filler) categoryName(lang, id string) string {
	if c, ok := f.reg.DataCategory(id); ok && !c.Name.IsEmpty() {
		return c.Name.In(lang)
	}
	return id
}

func (f art15Filler) category(lang, id string) string {
	c, ok := f.reg.DataCategory(id)
	if !ok {
		return id
	}
	s := c.Name.In(lang)
	if !c.Description.IsEmpty() {
		s += ": " + c.Description.In(lang)
	}
	if c.Special {
		s += " — " + i18n.Notice.T(lang, "data_special")
	}
	if c.Criminal {
		s += " — " + i18n.Notice.T(lang, "data_criminal")
	}
	return s
}

func (f art15Filler) recipient(lang, id string) string {
	r, ok := f.reg.Recipient(id)
	if !ok {
		return id
	}
	s := r.Name.In(lang)
	if who := join(", ", r.Kind.Label(lang), i18n.CountryName(lang, r.Country)); who != "" {
		s += " (" + who + ")"
	}
	if !r.Service.IsEmpty() {
		s += ": " + r.Service.In(lang)
	}
	return s
}

func (f art15Filler) retention(lang string, r gdpr.Retention) string {
	what := upperFirst(i18n.Notice.T(lang, "retention_all"))
	if len(r.Categories) > 0 {
		names := make([]string, len(r.Categories))
		for i, id := range r.Categories {
			names[i] = f.categoryName(lang, id)
		}
		what = strings.Join(names, ", ")
	}
	term := r.Words(lang)
	if term == "" {
		term = i18n.Missing(lang)
	}
	s := what + ": " + term
	if r.EndAction != "" {
		s += "; " + i18n.Requests.T(lang, "retention_end", r.EndAction.Label(lang))
	}
	if r.LegalReference != "" {
		s += " (" + r.LegalReference + ")"
	}
	return s
}

func (f art15Filler) source(lang string, s register.Source) string {
	kind := "source_private"
	if s.Public {
		kind = "source_public"
	}
	out := join(" — ", upperFirst(s.Description.In(lang)), i18n.Notice.T(lang, kind))
	if len(s.Categories) > 0 {
		names := make([]string, len(s.Categories))
		for i, id := range s.Categories {
			names[i] = f.categoryName(lang, id)
		}
		out += "; " + i18n.Requests.T(lang, "source_categories", strings.Join(names, ", "))
	}
	return out
}

func (f art15Filler) transfer(lang string, t *gdpr.Transfer) string {
	who := t.Recipient
	if r, ok := f.reg.Recipient(t.Recipient); ok {
		who = r.Name.In(lang)
	}
	where := t.Organisation
	if t.Country != "" {
		where = i18n.CountryName(lang, t.Country)
	}
	s := join(" — ", who, where)
	if t.Mechanism != "" {
		s += ": " + join(" ", t.Mechanism.Label(lang), cite(lang, t.Mechanism.Article()))
	}
	if t.Mechanism == gdpr.Adequacy && t.DPFCertified {
		s += "; " + i18n.Notice.T(lang, "dpf")
	}
	switch {
	case !t.Safeguards.IsEmpty():
		s += ". " + t.Safeguards.In(lang)
	case needsCopy(t.Mechanism) && f.org.Controller.Email != "":
		s += "; " + i18n.Notice.T(lang, "copy_on_request", f.org.Controller.Email)
	}
	return s
}

// needsCopy reports whether the person must be told how to obtain a copy
// of the safeguards: Art. 46, 47 and the Art. 49(1) second subparagraph
// (Art. 15(2) with 46; Art. 13(1)(f)).
func needsCopy(m gdpr.TransferMechanism) bool {
	return m != "" && m != gdpr.Adequacy && (!m.IsDerogation() || m == gdpr.CompellingLegitimateInterests)
}

// authority is the supervisory authority of the controller's country, or
// the EDPB's list of every authority when the reference has none.
func (f art15Filler) authority(lang string) string {
	a, ok := gdpr.AuthorityFor(f.org.Controller.Country)
	if !ok {
		return i18n.Notice.T(lang, "complaint_edpb", gdpr.EDPBMembers)
	}
	reg := func(k string) string { return i18n.Register.T(lang, k) }
	return join(" — ", a.LocalName(lang), join("; ", a.Address, a.Website,
		labelled(reg("email"), a.Email), labelled(reg("pec"), a.PEC), labelled(reg("phone"), a.Phone)))
}

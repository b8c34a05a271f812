package register

import (
	"fmt"
	"strings"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
)

// words renders register entries as text in one language. Both the
// document and the workbook use it, so they say the same thing.
type words struct {
	lang string
	reg  *Register
}

func (w words) t(key string) string { return i18n.Register.T(w.lang, key) }

// orMissing returns s, or the visible "to be completed" marker.
func (w words) orMissing(s string) string {
	if strings.TrimSpace(s) == "" {
		return i18n.Missing(w.lang)
	}
	return s
}

func (w words) text(t gdpr.Text) string { return t.In(w.lang) }

func (w words) subject(id string) string {
	c, ok := w.reg.DataSubject(id)
	if !ok {
		return id
	}
	s := c.Name.In(w.lang)
	var flags []string
	if c.Vulnerable {
		flags = append(flags, w.t("vulnerable"))
	}
	if c.Minors {
		flags = append(flags, w.t("minors"))
	}
	if len(flags) > 0 {
		s += " (" + strings.Join(flags, ", ") + ")"
	}
	return s
}

func (w words) category(id string) string {
	c, ok := w.reg.DataCategory(id)
	if !ok {
		return id
	}
	s := c.Name.In(w.lang)
	if d := c.Description.In(w.lang); d != "" {
		s += ": " + d
	}
	switch {
	case c.Special:
		s += " [" + w.t("special") + "]"
	case c.Criminal:
		s += " [" + w.t("criminal") + "]"
	}
	return s
}

func (w words) categoryName(id string) string {
	if c, ok := w.reg.DataCategory(id); ok {
		return c.Name.In(w.lang)
	}
	return id
}

func (w words) recipient(id string) string {
	r, ok := w.reg.Recipient(id)
	if !ok {
		return id
	}
	s := r.Name.In(w.lang) + " — " + r.Kind.Label(w.lang)
	if r.Country != "" {
		s += ", " + r.Country
	}
	if svc := r.Service.In(w.lang); svc != "" {
		s += " (" + svc + ")"
	}
	return s
}

func (w words) purpose(p Purpose) string {
	s := p.Description.In(w.lang)
	if p.LegalBasis != "" {
		s += " — " + w.basis(p)
	}
	return s
}

func (w words) basis(p Purpose) string {
	if p.LegalBasis == "" {
		return i18n.Missing(w.lang)
	}
	s := fmt.Sprintf("%s, %s", p.LegalBasis.Label(w.lang), p.LegalBasis.Article())
	if p.BasisReference != "" {
		s += " (" + p.BasisReference + ")"
	}
	if li := p.LegitimateInterest.In(w.lang); li != "" {
		s += "; " + w.t("legitimate_interest") + ": " + li
	}
	return s
}

func (w words) transfer(t gdpr.Transfer) string {
	dest := t.Country
	if t.Organisation != "" {
		dest = t.Organisation
	}
	if t.Recipient != "" {
		if r, ok := w.reg.Recipient(t.Recipient); ok {
			dest = r.Name.In(w.lang) + " (" + dest + ")"
		}
	}
	s := dest + ": " + t.Mechanism.Label(w.lang) + ", " + t.Mechanism.Article()
	if t.Mechanism == gdpr.Adequacy {
		if d, ok := gdpr.AdequacyFor(t.Country, gdpr.AdequacyListDate); ok {
			s += " — " + d.Decision
		}
		if t.DPFCertified {
			s += "; " + w.t("dpf")
		}
	}
	if sg := t.Safeguards.In(w.lang); sg != "" {
		s += "; " + sg
	}
	return s
}

func (w words) retention(r gdpr.Retention) string {
	cats := w.t("all_categories")
	if len(r.Categories) > 0 {
		names := make([]string, len(r.Categories))
		for i, c := range r.Categories {
			names[i] = w.categoryName(c)
		}
		cats = strings.Join(names, ", ")
	}
	s := cats + ": " + w.orMissing(r.Words(w.lang))
	if r.EndAction != "" {
		s += "; " + w.t("end_action") + ": " + r.EndAction.Label(w.lang)
	}
	if r.LegalReference != "" {
		s += " (" + r.LegalReference + ")"
	}
	return s
}

func (w words) measure(m gdpr.Measure) string {
	s := m.Description.In(w.lang) + " [" + m.Kind.Label(w.lang) + "]"
	if m.Reference != "" {
		s += " (" + m.Reference + ")"
	}
	return s
}

// security lists the summary, the measures and the documents.
func (w words) security(s gdpr.Security) []string {
	var out []string
	if sum := s.Summary.In(w.lang); sum != "" {
		out = append(out, sum)
	}
	for _, m := range s.Measures {
		out = append(out, w.measure(m))
	}
	if len(s.Documents) > 0 {
		out = append(out, w.t("documents")+": "+strings.Join(s.Documents, "; "))
	}
	return out
}

func (w words) system(id string) string {
	s, ok := w.reg.System(id)
	if !ok {
		return id
	}
	out := s.Name
	if s.Vendor != "" {
		out += " (" + s.Vendor + ")"
	}
	if loc := s.Location.In(w.lang); loc != "" {
		out += " — " + loc
	}
	return out
}

func (w words) dpia(d *DPIA) string {
	if d == nil {
		return ""
	}
	s := w.t("dpia_not_required")
	if d.Required {
		s = w.t("dpia_required")
	}
	if d.Status != "" {
		s += ", " + d.Status.Label(w.lang)
	}
	if r := d.Reason.In(w.lang); r != "" {
		s += ": " + r
	}
	if d.Reference != "" {
		s += " (" + d.Reference + ")"
	}
	return s
}

func (w words) automated(a *AutomatedDecisions) string {
	if a == nil || (!a.Solely && !a.Profiling) {
		return w.t("automated_none")
	}
	var parts []string
	if a.Profiling {
		parts = append(parts, w.t("profiling"))
	}
	if l := a.Logic.In(w.lang); l != "" {
		parts = append(parts, l)
	}
	if c := a.Consequences.In(w.lang); c != "" {
		parts = append(parts, c)
	}
	return strings.Join(parts, "; ")
}

func (w words) party(p gdpr.Party) []string {
	var out []string
	add := func(key, v string) {
		if v != "" {
			out = append(out, w.t(key)+": "+v)
		}
	}
	add("name", p.Name)
	add("address", p.Address)
	add("vat", p.VAT)
	add("tax_code", p.TaxCode)
	add("email", p.Email)
	add("pec", p.PEC)
	add("phone", p.Phone)
	add("website", p.Website)
	return out
}

func (w words) dpo(d gdpr.DPO) []string {
	name := d.Name
	if d.Organisation != "" {
		name += ", " + d.Organisation
	}
	if d.External {
		name += " (" + w.t("dpo_external") + ")"
	}
	return w.party(gdpr.Party{Name: name, Address: d.Address, Email: d.Email, PEC: d.PEC, Phone: d.Phone})
}

// mapJoin applies fn to every id and joins with sep.
func mapJoin(ids []string, fn func(string) string, sep string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = fn(id)
	}
	return strings.Join(out, sep)
}

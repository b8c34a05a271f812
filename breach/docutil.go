package breach

import (
	"fmt"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
	"github.com/gdprkit/gdprkit/register"
)

// writer holds what every breach document needs: the language, the
// resolved settings and the pack's organisation and register.
type writer struct {
	lang string
	org  *gdpr.Organisation
	reg  *register.Register
	b    *Breach
	s    resolved
}

func newWriter(org *gdpr.Organisation, reg *register.Register, b *Breach, lang string) writer {
	if org == nil {
		org = &gdpr.Organisation{}
	}
	if reg == nil {
		reg = &register.Register{}
	}
	if b == nil {
		b = &Breach{}
	}
	return writer{lang: lang, org: org, reg: reg, b: b, s: resolve(org, b)}
}

// t returns the catalog entry key in the writer's language.
func (w writer) t(key string, args ...any) string { return i18n.Breach.T(w.lang, key, args...) }

// text returns a free text in the writer's language ("" when empty).
func (w writer) text(t gdpr.Text) string {
	if t.IsEmpty() {
		return ""
	}
	return t.In(w.lang)
}

// orMissing returns s, or the draft marker when s is empty.
func (w writer) orMissing(s string) string {
	if strings.TrimSpace(s) == "" {
		return i18n.Missing(w.lang)
	}
	return s
}

// time formats an instant in the procedure's zone, or "—".
func (w writer) time(t time.Time) string { return orDash(formatTime(t, w.s.loc)) }

// art prints an article reference the way the language does: "art. 33(1)"
// inside Italian text, "Art. 33(1)" in English.
func (w writer) art(a string) string { return article(a, w.lang) }

func article(a, lang string) string {
	if lang == "it" {
		return strings.ReplaceAll(a, "Art. ", "art. ")
	}
	return a
}

// procedure returns the procedure settings, or an empty procedure.
func (w writer) procedure() *ProcedureSettings {
	if w.b.Procedure != nil {
		return w.b.Procedure
	}
	return &ProcedureSettings{}
}

// controllerName returns the controller's name, or the draft marker.
func (w writer) controllerName() string { return w.orMissing(w.org.Controller.Name) }

// activityNames returns the names of the register activities with ids.
func (w writer) activityNames(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if a, ok := w.reg.Activity(id); ok {
			out = append(out, a.Name.In(w.lang))
		} else {
			out = append(out, id)
		}
	}
	return out
}

// categoryNames returns the names of data categories, marking special
// (Art. 9) and criminal (Art. 10) ones.
func (w writer) categoryNames(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		c, ok := w.reg.DataCategory(id)
		if !ok {
			out = append(out, id)
			continue
		}
		name := c.Name.In(w.lang)
		switch {
		case c.Special:
			name += " (" + w.t("doc.special") + ")"
		case c.Criminal:
			name += " (" + w.t("doc.criminal") + ")"
		}
		out = append(out, name)
	}
	return out
}

// subjectNames returns the names of data-subject categories, marking
// vulnerable people and minors.
func (w writer) subjectNames(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		c, ok := w.reg.DataSubject(id)
		if !ok {
			out = append(out, id)
			continue
		}
		name := c.Name.In(w.lang)
		var marks []string
		if c.Minors {
			marks = append(marks, w.t("doc.minors"))
		}
		if c.Vulnerable {
			marks = append(marks, w.t("doc.vulnerable"))
		}
		if len(marks) > 0 {
			name += " (" + strings.Join(marks, ", ") + ")"
		}
		out = append(out, name)
	}
	return out
}

// systemNames returns the names of register systems.
func (w writer) systemNames(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if s, ok := w.reg.System(id); ok {
			out = append(out, s.Name)
		} else {
			out = append(out, id)
		}
	}
	return out
}

// list joins items, or returns the draft marker for none.
func (w writer) list(items []string) string { return w.orMissing(strings.Join(items, "; ")) }

// natures joins the nature labels.
func (w writer) natures(ns []Nature) string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Label(w.lang)
	}
	return w.list(out)
}

// count formats a number of people or records with its mode.
func (w writer) count(c Count) string {
	switch {
	case c.Mode == NotKnown:
		return NotKnown.Label(w.lang)
	case c.Count == 0:
		return i18n.Missing(w.lang)
	}
	mode := c.Mode
	if mode == "" {
		mode = Approximate
	}
	return fmt.Sprintf("%s (%s)", formatNumber(c.Count, w.lang), mode.Label(w.lang))
}

// yesNo returns "sì"/"yes" or "no".
func (w writer) yesNo(b bool) string {
	if b {
		return i18n.Common.T(w.lang, "yes")
	}
	return i18n.Common.T(w.lang, "no")
}

// def returns a definition whose description is plain text (the draft
// marker when empty).
func (w writer) def(term, value string) doc.Definition { return doc.Def(term, w.orMissing(value)) }

// paras splits a free text into paragraphs at blank lines.
func paras(s string) []doc.Block {
	var out []doc.Block
	for _, p := range strings.Split(strings.TrimSpace(s), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, doc.P(p))
		}
	}
	return out
}

// textOrMissing returns the paragraphs of a free text, or a draft marker.
func (w writer) textOrMissing(t gdpr.Text) []doc.Block {
	if s := w.text(t); s != "" {
		return paras(s)
	}
	return []doc.Block{doc.P(i18n.Missing(w.lang))}
}

// meta returns document metadata with the writer's language and labels.
func (w writer) meta(title string, date time.Time) doc.Meta {
	return doc.Meta{
		Title:    title,
		Subtitle: w.org.Controller.Name,
		Language: w.lang,
		Date:     date,
		Labels:   i18n.DocLabels(w.lang),
		Subject:  w.t("doc.subject"),
		Keywords: []string{"GDPR", w.t("doc.keyword")},
	}
}

// revisions converts register revisions to document revisions.
func (w writer) revisions(rs []register.Revision) []doc.Revision {
	out := make([]doc.Revision, 0, len(rs))
	for _, r := range rs {
		out = append(out, doc.Revision{Version: r.Version, Date: r.Date.MustTime(), Author: r.Author, Description: w.text(r.Description)})
	}
	return out
}

// approvals converts register approvals to document approvals.
func approvals(as []register.Approval) []doc.Approval {
	out := make([]doc.Approval, 0, len(as))
	for _, a := range as {
		out = append(out, doc.Approval{By: a.By, Role: a.Role, Date: a.Date.MustTime()})
	}
	return out
}

// contactPoint returns the name and contacts to print for Art. 33(3)(b)
// and 34(2): the DPO, or the procedure's contact point.
func (w writer) contactPoint() (name string, contacts []string, isDPO bool) {
	if d := w.org.DPO; d != nil && d.HasContact() {
		name = d.Name
		if d.Organisation != "" {
			name += " (" + d.Organisation + ")"
		}
		return name, nonEmpty(d.Email, d.PEC, d.Phone, d.Address), true
	}
	if c := w.procedure().ContactPoint; c != nil {
		return c.Name, nonEmpty(c.Email, c.PEC, c.Phone, c.Address), false
	}
	return "", nil, false
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// authorityName returns the authority's name in the writer's language.
func (w writer) authorityName() string {
	if !w.s.authorityKnown {
		return i18n.Missing(w.lang)
	}
	return w.s.authority.LocalName(w.lang)
}

// member returns the first team member with role r.
func (w writer) member(r TeamRole) (TeamMember, bool) {
	for _, m := range w.procedure().Team {
		if m.Role == r {
			return m, true
		}
	}
	return TeamMember{}, false
}

// latestRevision returns the version of the last revision, or "".
func latestRevision(rs []register.Revision) string {
	if len(rs) == 0 {
		return ""
	}
	return rs[len(rs)-1].Version
}

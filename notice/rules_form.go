package notice

import (
	"fmt"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

var ruleChildren = check.Rule[Subject]{
	ID: "NOTICE-23", Article: "Art. 12(1), Recital 58", Severity: check.Warning,
	Doc: "CHILD: a notice whose audience includes children is written in language they understand.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			if v.hasMinors() && !v.n.ChildFriendly {
				f.Find(v.path+".child_friendly",
					check.Msg(fmt.Sprintf("l'informativa %s si rivolge anche a minori", v.id()), fmt.Sprintf("notice %s is addressed to children too", v.id())),
					check.Msg("riscrivere intro e sezioni in un linguaggio che un minore capisce, poi impostare child_friendly: true (in Italia il consenso digitale vale da 14 anni)",
						"rewrite the intro and sections in language a child understands, then set child_friendly: true (in Italy digital consent applies from age 14)"))
			}
		})
	},
}

// shown is a free text a notice shows, with its YAML path.
type shown struct {
	path string
	text gdpr.Text
}

// shownTexts are the free texts of the notice and of the register that
// the full notice prints (retention terms have their own rule).
func (v *view) shownTexts() []shown {
	var out []shown
	add := func(path string, t gdpr.Text) {
		if !t.IsEmpty() {
			out = append(out, shown{path, t})
		}
	}
	add(v.path+".title", v.n.Title)
	add(v.path+".intro", v.n.Intro)
	for k, sec := range v.n.Sections {
		p := fmt.Sprintf("%s.sections[%d]", v.path, k)
		add(p+".title", sec.Title)
		add(p+".text", sec.Text)
		for m, it := range sec.Items {
			add(fmt.Sprintf("%s.items[%d]", p, m), it)
		}
	}
	add(v.path+".objection", v.n.Objection)
	if o := v.n.Obtained; o != nil {
		add(v.path+".obtained.source", o.Source)
		if o.Exemption != nil {
			add(v.path+".obtained.exemption.measures", o.Exemption.Measures)
		}
	}
	for _, x := range v.acts {
		add(x.path+".name", x.a.Name)
		if v.kind() == Art13 {
			add(x.path+".provision", x.a.Provision)
		}
		for k, p := range x.a.Purposes {
			pp := fmt.Sprintf("%s.purposes[%d]", x.path, k)
			add(pp+".description", p.Description)
			if p.LegalBasis == gdpr.LegitimateInterests {
				add(pp+".legitimate_interest", p.LegitimateInterest)
			}
			if p.LegalBasis == gdpr.Consent {
				add(pp+".withdrawal", p.Withdrawal)
			}
		}
		if d := x.a.AutomatedDecisions; d != nil && (d.Solely || d.Profiling) {
			add(x.path+".automated_decisions.logic", d.Logic)
			add(x.path+".automated_decisions.consequences", d.Consequences)
		}
		for k, t := range x.a.Transfers {
			add(fmt.Sprintf("%s.transfers[%d].safeguards", x.path, k), t.Safeguards)
		}
	}
	for _, src := range v.sources() {
		add(src.path+".description", src.s.Description)
	}
	for _, c := range v.categories() {
		add(c.path+".name", c.c.Name)
		add(c.path+".description", c.c.Description)
	}
	for _, r := range v.recipients() {
		add(r.path+".service", r.r.Service)
		if v.n.Recipients == ByCategory {
			add(r.path+".category", r.r.Category)
		}
	}
	return out
}

var ruleVague = check.Rule[Subject]{
	ID: "NOTICE-24", Article: "Art. 12(1)", Severity: check.Warning,
	Doc: "Texts a notice shows avoid vague wording (\"may\", \"some\", \"for purposes such as\", \"potrebbe\", \"alcuni\", \"ad esempio\"…) that leaves the reader unable to tell what happens (WP260 ¶12–13).",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			for _, t := range v.shownTexts() {
				if _, term := vagueText(t.text); term != "" {
					f.Find(t.path,
						check.Msg(fmt.Sprintf("formulazione vaga: «%s»", term), fmt.Sprintf("vague wording: %q", term)),
						check.Msg("dire con precisione cosa accade, in forma attiva; evitare condizionali ed elenchi esemplificativi", "say precisely what happens, in the active voice; avoid conditionals and open-ended examples"))
				}
			}
		})
	},
}

var ruleLayer = check.Rule[Subject]{
	ID: "NOTICE-25", Article: "Art. 12(1)", Severity: check.Info,
	Doc: "A notice published online gives its URL, so the short first layer can link to the full notice (WP260 layered notices).",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			if v.n.URL == "" {
				f.Find(v.path+".url",
					check.Msg(fmt.Sprintf("l'informativa %s non indica dove è pubblicata: l'informativa breve non può rimandare a quella completa", v.id()),
						fmt.Sprintf("notice %s does not say where it is published: the short notice cannot link to the full one", v.id())),
					check.Msg("indicare url (ad es. https://example.com/privacy/assistenza)", "set url (e.g. https://example.com/privacy/support)"))
			}
		})
	},
}

package notice

import (
	"github.com/gdprkit/gdprkit/doc"
)

// purposesSection maps each purpose to its legal basis (Art. 13(1)(c),
// 14(1)(c)), then states the legitimate interests (Art. 13(1)(d),
// 14(2)(b)) and the Art. 9(2) and Art. 10 grounds.
func (v *view) purposesSection(lang string) doc.Section {
	s := doc.Sec(tr(lang, "sec_purposes"), para(lang, "purposes_lead"))
	t := doc.Table{Columns: []doc.Column{{Title: tr(lang, "col_purpose"), Width: 3}, {Title: tr(lang, "col_basis"), Width: 2}}}
	many := len(v.acts) > 1
	for _, p := range v.purposes() {
		var purpose doc.Cell
		if many {
			purpose = append(purpose, doc.B(p.act.a.Name.In(lang)), doc.LineBreak{})
		}
		purpose = append(purpose, text(p.p.Description, lang))
		t.Rows = append(t.Rows, doc.Row{purpose, v.basisCell(lang, p)})
	}
	if len(t.Rows) == 0 {
		t.Rows = append(t.Rows, doc.Row{doc.Cell{missing(lang)}, doc.Cell{missing(lang)}})
	}
	s.Blocks = append(s.Blocks, t)
	if lis := v.legitimateInterests(); len(lis) > 0 {
		var l doc.List
		for _, p := range lis {
			l.Items = append(l.Items, doc.Item(doc.Para(doc.B(p.p.Description.In(lang)), doc.Text(": "), text(p.p.LegitimateInterest, lang))))
		}
		s.Blocks = append(s.Blocks, doc.Sec(tr(lang, "sec_li"), para(lang, "li_lead"), l,
			para(lang, "li_balancing", in(mail(lang, v.contact())))))
	}
	if conds := v.specialConditions(); len(conds) > 0 {
		var l doc.List
		for _, c := range conds {
			l.Items = append(l.Items, doc.Item(doc.P(upperFirst(c.Label(lang))+" ("+cite(lang, c.Article())+")")))
		}
		s.Blocks = append(s.Blocks, para(lang, "special_lead"), l)
	}
	for _, x := range v.acts {
		if v.reg.HasCriminal(x.a) {
			s.Blocks = append(s.Blocks, para(lang, "criminal_lead", in(text(x.a.CriminalBasis, lang))))
		}
	}
	return s
}

// basisCell shows a purpose's basis with its article and reference.
func (v *view) basisCell(lang string, p purposeRef) doc.Cell {
	b := p.p.LegalBasis
	if b == "" {
		return doc.Cell{missing(lang)}
	}
	c := doc.Cell{doc.Text(upperFirst(b.Label(lang)) + " (" + cite(lang, b.Article()) + ")")}
	if p.p.BasisReference != "" {
		c = append(c, doc.LineBreak{}, doc.I(p.p.BasisReference))
	}
	return c
}

// provisionSection says, per activity, whether the data must be provided
// and what happens if not (Art. 13(2)(e)).
func (v *view) provisionSection(lang string) doc.Section {
	s := doc.Sec(tr(lang, "sec_provision"), para(lang, "provision_lead"))
	if len(v.acts) == 1 {
		s.Blocks = append(s.Blocks, paragraphsOrMissing(v.acts[0].a.Provision.In(lang), lang)...)
		return s
	}
	var l doc.List
	for _, x := range v.acts {
		l.Items = append(l.Items, doc.Item(doc.Para(doc.B(x.a.Name.In(lang)), doc.Text(": "), text(x.a.Provision, lang))))
	}
	s.Blocks = append(s.Blocks, l)
	return s
}

func paragraphsOrMissing(s, lang string) []doc.Block {
	if s == "" {
		return []doc.Block{doc.Para(missing(lang))}
	}
	return []doc.Block{doc.P(s)}
}

// automatedSection gives meaningful information about automated decisions
// and profiling, or states there are none (Art. 13(2)(f), 14(2)(g)).
func (v *view) automatedSection(lang string) doc.Section {
	s := doc.Sec(tr(lang, "sec_adm"))
	adm := v.automated()
	if len(adm) == 0 {
		s.Blocks = append(s.Blocks, para(lang, "adm_none"))
		return s
	}
	solely := false
	for _, x := range adm {
		d := x.a.AutomatedDecisions
		name := str(x.a.Name.In(lang))
		if d.Solely {
			solely = true
			s.Blocks = append(s.Blocks, para(lang, "adm_solely", name))
		}
		if d.Profiling {
			s.Blocks = append(s.Blocks, para(lang, "adm_profiling", name))
		}
		s.Blocks = append(s.Blocks, doc.DefinitionList{Items: []doc.Definition{
			{Term: in(doc.Text(tr(lang, "adm_logic"))), Description: []doc.Block{doc.Para(text(d.Logic, lang))}},
			{Term: in(doc.Text(tr(lang, "adm_consequences"))), Description: []doc.Block{doc.Para(text(d.Consequences, lang))}},
		}})
	}
	if solely {
		s.Blocks = append(s.Blocks, para(lang, "adm_safeguards"))
	} else {
		s.Blocks = append(s.Blocks, para(lang, "adm_none"))
	}
	return s
}

package notice

import (
	"slices"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
)

// objectionNote brings the right to object to the data subject's
// attention, explicitly, clearly and apart from any other information
// (Art. 21(4)): a note of its own, never a row of the rights list.
func (v *view) objectionNote(lang string) doc.Note { return v.objectionBox(lang, false) }

// objectionBox is the objection note; the short form, for the first
// layer, leaves out what happens after an objection on grounds relating
// to the subject's situation.
func (v *view) objectionBox(lang string, short bool) doc.Note {
	situation, marketing := v.objectable()
	n := doc.Note{Kind: doc.NoteLegal, Title: tr(lang, "object_title")}
	how := fill(lang, "object_how", in(mail(lang, v.contact())))
	if short {
		// One paragraph, so the first layer keeps to one page.
		var p doc.Paragraph
		if len(situation) > 0 {
			p.Inlines = append(fill(lang, "l1_object_situation"), doc.Text(" "))
		}
		if len(marketing) > 0 {
			p.Inlines = append(append(p.Inlines, fill(lang, "object_marketing", str(purposeNames(lang, marketing)))...), doc.Text(" "))
		}
		p.Inlines = append(p.Inlines, how...)
		if !v.n.Objection.IsEmpty() {
			p.Inlines = append(p.Inlines, doc.Text(" "+v.n.Objection.In(lang)))
		}
		n.Blocks = []doc.Block{p}
		return n
	}
	if len(situation) > 0 {
		n.Blocks = append(n.Blocks, para(lang, "object_situation", str(purposeNames(lang, situation))), para(lang, "object_situation_effect"))
	}
	if len(marketing) > 0 {
		n.Blocks = append(n.Blocks, para(lang, "object_marketing", str(purposeNames(lang, marketing))))
	}
	n.Blocks = append(n.Blocks, doc.Paragraph{Inlines: how})
	if !v.n.Objection.IsEmpty() {
		n.Blocks = append(n.Blocks, paragraphs(v.n.Objection, lang)...)
	}
	return n
}

// purposeNames joins the descriptions of purposes, each in quotes.
func purposeNames(lang string, ps []purposeRef) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = quote(lang, p.p.Description.In(lang))
	}
	return strings.Join(names, "; ")
}

// rightClauses are the catalog keys that explain each right in the list.
var rightClauses = map[gdpr.Right]string{
	gdpr.RightAccess:        "right_access",
	gdpr.RightRectification: "right_rectification",
	gdpr.RightErasure:       "right_erasure",
	gdpr.RightRestriction:   "right_restriction",
	gdpr.RightPortability:   "right_portability",
	gdpr.RightAutomated:     "right_automated",
}

// rightsSection lists the rights the legal bases give (Art. 13(2)(b),
// 14(2)(c)), how to exercise them and when we reply (Art. 12(3)).
func (v *view) rightsSection(lang string) doc.Section {
	s := doc.Sec(tr(lang, "sec_rights"), para(lang, "rights_lead", str(cite(lang, v.article("Art. 13(2)(b)", "Art. 14(2)(c)")))))
	rights := v.rights()
	var l doc.List
	for _, r := range rights {
		key, ok := rightClauses[r]
		if !ok {
			continue // objection, withdrawal and complaint have sections of their own
		}
		clause := tr(lang, key)
		if r == gdpr.RightErasure && (v.hasBasis(gdpr.LegalObligation) || v.hasBasis(gdpr.PublicTask)) {
			clause += tr(lang, "right_erasure_limit")
		}
		l.Items = append(l.Items, doc.Item(doc.Para(doc.B(upperFirst(r.Label(lang))+" ("+cite(lang, r.Article())+")"), doc.Text(": "+clause+"."))))
	}
	s.Blocks = append(s.Blocks, l, para(lang, "rights_notify"))
	if slices.Contains(rights, gdpr.RightObject) || v.mustShowObjection() {
		s.Blocks = append(s.Blocks, para(lang, "rights_object_ref", str(tr(lang, "object_title"))))
	}
	s.Blocks = append(s.Blocks, para(lang, "rights_how", in(mail(lang, v.contact()))))
	if d := v.org.DPO; d != nil && d.Email != "" && d.Email != v.contact() {
		s.Blocks = append(s.Blocks, para(lang, "rights_how_dpo", in(mail(lang, d.Email))))
	}
	s.Blocks = append(s.Blocks, para(lang, "rights_deadline"), para(lang, "rights_free"))
	return s
}

// withdrawSection explains the right to withdraw consent and how (Art. 7(3),
// 13(2)(c), 14(2)(d)).
func (v *view) withdrawSection(lang string) doc.Section {
	s := doc.Sec(tr(lang, "sec_withdraw"), para(lang, "withdraw", str(cite(lang, v.article("Art. 13(2)(c)", "Art. 14(2)(d)")))))
	var l doc.List
	for _, p := range v.consentPurposes() {
		if !p.p.Withdrawal.IsEmpty() {
			l.Items = append(l.Items, doc.Item(doc.Para(doc.B(p.p.Description.In(lang)), doc.Text(": "+p.p.Withdrawal.In(lang)))))
		}
	}
	if len(l.Items) > 0 {
		s.Blocks = append(s.Blocks, l)
	}
	s.Blocks = append(s.Blocks, para(lang, "withdraw_how", in(mail(lang, v.contact()))))
	return s
}

// authorityContacts are the authority's address, web site and PEC (or
// email), separated by semicolons.
func authorityContacts(lang string, a gdpr.Authority) []doc.Inline {
	var groups [][]doc.Inline
	if a.Address != "" {
		groups = append(groups, str(a.Address))
	}
	if a.Website != "" {
		groups = append(groups, in(web(a.Website)))
	}
	switch {
	case a.PEC != "":
		groups = append(groups, in(doc.Text("PEC "), mail(lang, a.PEC)))
	case a.Email != "":
		groups = append(groups, in(mail(lang, a.Email)))
	}
	return joinInlines(groups, "; ")
}

// complaintSection names the competent supervisory authority and the
// generic Art. 77 right (Art. 13(2)(d), 14(2)(e)).
func (v *view) complaintSection(lang string) doc.Section {
	s := doc.Sec(tr(lang, "sec_complaint"))
	a, ok := v.authority()
	switch {
	case ok && a.Country == "IT" && v.n.Authority == nil:
		s.Blocks = append(s.Blocks, para(lang, "complaint_garante", authorityContacts(lang, a)))
	case ok:
		s.Blocks = append(s.Blocks, para(lang, "complaint", str(a.LocalName(lang)), authorityContacts(lang, a)))
	default:
		s.Blocks = append(s.Blocks, para(lang, "complaint_generic"))
	}
	s.Blocks = append(s.Blocks, para(lang, "complaint_edpb", in(web(gdpr.EDPBMembers))))
	return s
}

package notice

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
	"github.com/gdprkit/gdprkit/register"
)

// FirstLayer returns the short first layer of notice n in lang, as WP260
// recommends for layered notices: who the controller is, what the data
// are used for and on which basis, who receives them and whether they
// leave the EEA, the rights with how to exercise them, the right to object
// in its own box, and the link to the full notice (n.URL). It is meant to
// fit one page. Its identifier carries the fingerprint of the full notice
// it summarises.
func FirstLayer(org *gdpr.Organisation, reg *register.Register, n Notice, lang string, date time.Time) (*doc.Document, error) {
	if !i18n.Supported(lang) {
		return nil, fmt.Errorf("notice %s: %w: %q", n.ID, ErrLanguage, lang)
	}
	v := resolve(org, reg, n, 0, date)
	name := in(missing(lang))
	if org != nil && org.Controller.Name != "" {
		name = str(org.Controller.Name)
	}
	who := doc.Sec(tr(lang, "l1_who"), para(lang, "l1_who_text", name, in(mail(lang, v.contact()))))
	if d := v.org.DPO; d != nil && d.Email != "" {
		who.Blocks = append(who.Blocks, para(lang, "l1_dpo", in(mail(lang, d.Email))))
	}
	blocks := []doc.Block{who, v.layerPurposes(lang)}
	if v.mustShowObjection() {
		blocks = append(blocks, v.objectionNote(lang))
	}
	blocks = append(blocks, v.layerSharing(lang), v.layerRights(lang), doc.Sec(tr(lang, "l1_more"), para(lang, "l1_more_text", v.urlInline(lang))))
	m := v.meta(lang, v.org.Controller.Name)
	m.Title = tr(lang, "title_short", v.title(lang))
	m.Identifier = ShortFileBase(n.ID) + strings.TrimPrefix(m.Identifier, FileBase(n.ID))
	return &doc.Document{Meta: m, Blocks: blocks}, nil
}

func (v *view) urlInline(lang string) []doc.Inline {
	if v.n.URL == "" {
		return in(missing(lang))
	}
	return in(doc.L(v.n.URL, v.n.URL))
}

// layerPurposes lists each purpose with its basis, and any automated
// decision, which is the processing most likely to surprise.
func (v *view) layerPurposes(lang string) doc.Section {
	s := doc.Sec(tr(lang, "l1_why"))
	var l doc.List
	for _, p := range v.purposes() {
		basis := in(missing(lang))
		if b := p.p.LegalBasis; b != "" {
			basis = str(b.Label(lang) + " (" + cite(lang, b.Article()) + ")")
		}
		l.Items = append(l.Items, doc.Item(doc.Para(append(in(text(p.p.Description, lang), doc.Text(" — ")), basis...)...)))
	}
	if len(l.Items) == 0 {
		l.Items = append(l.Items, doc.Item(doc.Para(missing(lang))))
	}
	s.Blocks = append(s.Blocks, l)
	for _, x := range v.automated() {
		if x.a.AutomatedDecisions.Solely {
			s.Blocks = append(s.Blocks, para(lang, "adm_solely", str(x.a.Name.In(lang))))
		}
	}
	return s
}

// layerSharing names the recipients and the transfers outside the EEA in
// one or two sentences.
func (v *view) layerSharing(lang string) doc.Section {
	s := doc.Sec(tr(lang, "l1_share"))
	recs := v.recipients()
	switch {
	case len(recs) == 0 && v.noRecipients():
		s.Blocks = append(s.Blocks, para(lang, "recipients_none"))
	case len(recs) == 0:
		s.Blocks = append(s.Blocks, doc.Para(missing(lang)))
	default:
		var names []string
		for _, r := range recs {
			item := r.r.Name.In(lang) + " (" + r.r.Kind.Label(lang) + ")"
			if v.n.Recipients == ByCategory {
				item = recipientCategory(lang, r)
			}
			if !slices.Contains(names, item) {
				names = append(names, item)
			}
		}
		s.Blocks = append(s.Blocks, doc.P(upperFirst(strings.Join(names, "; "))+"."))
	}
	var dest []string
	for _, t := range v.transfers() {
		d := destination(lang, t.t)
		if t.t.Mechanism != "" {
			d += " (" + t.t.Mechanism.Label(lang) + ", " + cite(lang, t.t.Mechanism.Article()) + ")"
		}
		if !slices.Contains(dest, d) {
			dest = append(dest, d)
		}
	}
	for _, r := range v.untransferred() {
		dest = append(dest, countryName(lang, r.r.Country)+" ("+i18n.Missing(lang)+")")
	}
	if len(dest) > 0 {
		s.Blocks = append(s.Blocks, para(lang, "l1_transfer", str(strings.Join(dest, "; "))))
	} else {
		s.Blocks = append(s.Blocks, para(lang, "transfers_none"))
	}
	return s
}

// layerRights names the rights, the contact, the one-month reply, consent
// withdrawal and the complaint.
func (v *view) layerRights(lang string) doc.Section {
	var names []string
	for _, r := range v.rights() {
		if _, ok := rightClauses[r]; ok || r == gdpr.RightObject {
			names = append(names, r.Label(lang)+" ("+cite(lang, r.Article())+")")
		}
	}
	s := doc.Sec(tr(lang, "l1_rights"), para(lang, "l1_rights_text", str(strings.Join(names, ", ")), in(mail(lang, v.contact()))))
	if v.hasConsent() {
		s.Blocks = append(s.Blocks, para(lang, "l1_withdraw"))
	}
	if a, ok := v.authority(); ok {
		contact := in(doc.Text(a.LocalName(lang)))
		if a.Website != "" {
			contact = append(contact, doc.Text(", "), web(a.Website))
		}
		s.Blocks = append(s.Blocks, para(lang, "l1_complaint", contact))
	} else {
		s.Blocks = append(s.Blocks, para(lang, "l1_complaint_generic"))
	}
	return s
}

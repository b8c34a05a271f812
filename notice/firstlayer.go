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
// recommends for layered notices: who the controller is and where the
// full notice is (n.URL), what the data are used for and on which basis,
// the right to object in its own box, who receives the data and whether
// they leave the EEA, the rights with how to exercise them. It fits one
// A4 page for a notice of a few purposes, and carries no document-control
// block (see [Document] for the fingerprint, which its keywords repeat).
func FirstLayer(org *gdpr.Organisation, reg *register.Register, n Notice, lang string, date time.Time) (*doc.Document, error) {
	if !i18n.Supported(lang) {
		return nil, fmt.Errorf("notice %s: %w: %q", n.ID, ErrLanguage, lang)
	}
	v := resolve(org, reg, n, 0, date)
	name := in(missing(lang))
	if org != nil && org.Controller.Name != "" {
		name = str(org.Controller.Name)
	}
	who := para(lang, "l1_who_text", name, in(mail(lang, v.contact())))
	if d := v.org.DPO; d != nil && d.Email != "" {
		who.Inlines = append(who.Inlines, fill(lang, "l1_dpo", in(mail(lang, d.Email)))...)
	}
	// A two-column summary, as the Spanish authority's "basic information"
	// table: a term per topic keeps the layer to one page.
	summary := doc.DefinitionList{Items: []doc.Definition{
		layerItem(lang, "l1_who", who, v.fullNoticeLine(lang)),
		layerItem(lang, "l1_why", v.layerPurposes(lang)...),
		layerItem(lang, "l1_share", v.layerSharing(lang)...),
		layerItem(lang, "l1_rights", v.layerRights(lang)...),
	}}
	blocks := []doc.Block{summary}
	if v.mustShowObjection() {
		blocks = append(blocks, v.objectionBox(lang, true))
	}
	return &doc.Document{Meta: v.layerMeta(lang), Blocks: blocks}, nil
}

func layerItem(lang, key string, blocks ...doc.Block) doc.Definition {
	return doc.Definition{Term: in(doc.Text(tr(lang, key))), Description: blocks}
}

// layerMeta is the first layer's metadata. It has no document-control
// data, so renderers print no control block and the layer keeps to one
// page; the version and date close the body instead, and the keywords
// carry the fingerprint of the full notice it summarises.
func (v *view) layerMeta(lang string) doc.Meta {
	full := v.meta(lang, "", v.fingerprint())
	return doc.Meta{
		Title:    v.title(lang),
		Subtitle: tr(lang, "title_short", v.org.Controller.Name),
		Language: lang,
		Subject:  full.Subject,
		Keywords: append(full.Keywords, ShortFileBase(v.n.ID)),
		Labels:   full.Labels,
	}
}

// fullNoticeLine points to the full notice, with its version and date.
func (v *view) fullNoticeLine(lang string) doc.Paragraph {
	date := str(doc.FormatDate(v.noticeDate()))
	if v.n.Version == "" {
		return para(lang, "l1_more_text_undated", date, v.urlInline(lang))
	}
	return para(lang, "l1_more_text", str(v.n.Version), date, v.urlInline(lang))
}

func (v *view) urlInline(lang string) []doc.Inline {
	if v.n.URL == "" {
		return in(missing(lang))
	}
	return in(doc.L(v.n.URL, v.n.URL))
}

// layerPurposes lists each purpose with its basis, and any automated
// decision, which is the processing most likely to surprise.
func (v *view) layerPurposes(lang string) []doc.Block {
	var out []doc.Block
	var l doc.List
	for _, p := range v.purposes() {
		basis := in(missing(lang))
		if b := p.p.LegalBasis; b != "" {
			basis = str(tr(lang, "basis_"+string(b)) + " (" + cite(lang, b.Article()) + ")")
		}
		l.Items = append(l.Items, doc.Item(doc.Para(append(in(text(p.p.Description, lang), doc.Text(" — ")), basis...)...)))
	}
	if len(l.Items) == 0 {
		l.Items = append(l.Items, doc.Item(doc.Para(missing(lang))))
	}
	if conds := v.specialConditions(); len(conds) > 0 {
		names := make([]string, len(conds))
		for i, c := range conds {
			names[i] = c.Label(lang) + " (" + cite(lang, c.Article()) + ")"
		}
		l.Items = append(l.Items, doc.Item(para(lang, "l1_special", str(strings.Join(names, "; ")))))
	}
	out = append(out, l)
	solely := false
	for _, x := range v.automated() {
		if x.a.AutomatedDecisions.Solely {
			solely = true
			out = append(out, para(lang, "adm_solely", str(x.a.Name.In(lang))))
		}
	}
	if solely {
		out = append(out, para(lang, "adm_safeguards"))
	}
	return out
}

// layerSharing names the recipients and the transfers outside the EEA in
// one or two sentences.
func (v *view) layerSharing(lang string) []doc.Block {
	var s doc.Section // only its blocks are used
	recs := v.recipients()
	switch {
	case len(recs) == 0 && v.noRecipients():
		s.Blocks = append(s.Blocks, para(lang, "recipients_none"))
	case len(recs) == 0:
		s.Blocks = append(s.Blocks, doc.Para(missing(lang)))
	case v.n.Recipients == ByCategory:
		var names []string
		for _, r := range recs {
			if item := recipientCategory(lang, r); !slices.Contains(names, item) {
				names = append(names, item)
			}
		}
		s.Blocks = append(s.Blocks, doc.P(strings.Join(names, "; ")+"."))
	default:
		// One line per role: "Processor (Art. 28 GDPR): A, B, C".
		var kinds []gdpr.RecipientKind
		byKind := map[gdpr.RecipientKind][]string{}
		for _, r := range recs {
			if _, ok := byKind[r.r.Kind]; !ok {
				kinds = append(kinds, r.r.Kind)
			}
			byKind[r.r.Kind] = append(byKind[r.r.Kind], r.r.Name.In(lang))
		}
		var l doc.List
		for _, k := range kinds {
			l.Items = append(l.Items, doc.Item(doc.Para(doc.B(role(lang, k)), doc.Text(": "+strings.Join(byKind[k], ", ")))))
		}
		s.Blocks = append(s.Blocks, l)
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
	return s.Blocks
}

// layerRights names the rights, the contact, the one-month reply, consent
// withdrawal and the complaint.
func (v *view) layerRights(lang string) []doc.Block {
	var names []string
	first, last := "", ""
	for _, r := range v.rights() {
		if r == gdpr.RightAutomated || r == gdpr.RightWithdraw || r == gdpr.RightComplain {
			continue // stated apart: in the purposes, and below
		}
		names = append(names, tr(lang, "short_"+string(r)))
		if first == "" {
			first = strings.TrimPrefix(r.Article(), "Art. ")
		}
		last = strings.TrimPrefix(r.Article(), "Art. ")
	}
	s := doc.Sec("", para(lang, "l1_rights_text", str(joinAnd(lang, names)),
		str(tr(lang, "l1_articles", first, last)), in(mail(lang, v.contact()))))
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
	return s.Blocks
}

// joinAnd joins items as "a, b e c" / "a, b and c".
func joinAnd(lang string, items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + tr(lang, "and") + items[len(items)-1]
}

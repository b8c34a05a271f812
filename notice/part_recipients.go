package notice

import (
	"slices"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
)

// kindArticles are the articles that define each kind of recipient.
var kindArticles = map[gdpr.RecipientKind]string{
	gdpr.Internal:              "Art. 29",
	gdpr.Processor:             "Art. 28",
	gdpr.SubProcessor:          "Art. 28(4)",
	gdpr.JointControllerKind:   "Art. 26",
	gdpr.IndependentController: "Art. 4(7)",
	gdpr.PublicAuthority:       "Art. 4(9)",
}

// role is a recipient's role with its article: "Responsabile del
// trattamento (art. 28 GDPR)".
func role(lang string, k gdpr.RecipientKind) string {
	if k == "" {
		return ""
	}
	return upperFirst(k.Label(lang)) + " (" + cite(lang, kindArticles[k]) + ")"
}

// recipientsArticle is the letter of Art. 13 or 14 on recipients.
func (v *view) article(art13, art14 string) string {
	if v.kind() == Art14 {
		return art14
	}
	return art13
}

// recipientsSection names the recipients, or their categories when the
// notice chooses so (Art. 13(1)(e), 14(1)(e)).
func (v *view) recipientsSection(lang string) doc.Section {
	s := doc.Sec(tr(lang, "sec_recipients"))
	recs := v.recipients()
	art := str(cite(lang, v.article("Art. 13(1)(e)", "Art. 14(1)(e)")))
	switch {
	case len(recs) == 0 && v.noRecipients():
		s.Blocks = append(s.Blocks, para(lang, "recipients_none"))
		return s
	case len(recs) == 0:
		s.Blocks = append(s.Blocks, para(lang, "recipients_lead", art), doc.Para(missing(lang)))
		return s
	case v.n.Recipients == ByCategory:
		s.Blocks = append(s.Blocks, para(lang, "recipients_categories_lead", art, in(mail(lang, v.contact()))))
		var l doc.List
		var seen []string
		for _, r := range recs {
			item := recipientCategory(lang, r)
			if !slices.Contains(seen, item) {
				seen = append(seen, item)
				l.Items = append(l.Items, doc.Item(doc.P(item)))
			}
		}
		s.Blocks = append(s.Blocks, l)
	default:
		t := doc.Table{Columns: []doc.Column{
			{Title: tr(lang, "col_recipient"), Width: 2}, {Title: tr(lang, "col_role"), Width: 2},
			{Title: tr(lang, "col_service"), Width: 3}, {Title: tr(lang, "col_country"), Width: 1},
		}}
		for _, r := range recs {
			t.Rows = append(t.Rows, doc.TextRow(r.r.Name.In(lang), role(lang, r.r.Kind), orDash(r.r.Service.In(lang)), orDash(countryName(lang, r.r.Country))))
		}
		s.Blocks = append(s.Blocks, para(lang, "recipients_lead", art), t)
	}
	if slices.ContainsFunc(recs, func(r recRef) bool { return r.r.Kind.IsProcessor() }) {
		s.Blocks = append(s.Blocks, para(lang, "recipients_processors"))
	}
	return s
}

// recipientCategory describes a recipient by category: its category (or
// name), its role and where it is.
func recipientCategory(lang string, r recRef) string {
	name := r.r.Category.In(lang)
	if name == "" {
		name = r.r.Name.In(lang)
	}
	out := upperFirst(name)
	if k := r.r.Kind; k != "" {
		out += " — " + k.Label(lang)
	}
	if c := countryName(lang, r.r.Country); c != "" {
		out += " (" + c + ")"
	}
	return out
}

// transfersSection states each transfer outside the EEA with its
// mechanism and how to obtain a copy of the safeguards (Art. 13(1)(f),
// 14(1)(f)).
func (v *view) transfersSection(lang string) doc.Section {
	s := doc.Sec(tr(lang, "sec_transfers"))
	ts, orphans := v.transfers(), v.untransferred()
	if len(ts) == 0 && len(orphans) == 0 {
		s.Blocks = append(s.Blocks, para(lang, "transfers_none"))
		return s
	}
	t := doc.Table{Columns: []doc.Column{
		{Title: tr(lang, "col_recipient"), Width: 2}, {Title: tr(lang, "col_country"), Width: 1},
		{Title: tr(lang, "col_mechanism"), Width: 2}, {Title: tr(lang, "col_details"), Width: 3},
	}}
	for _, x := range ts {
		t.Rows = append(t.Rows, doc.Row{
			doc.Cell{doc.Text(v.recipientName(lang, x.t.Recipient))},
			doc.Cell{doc.Text(destination(lang, x.t))},
			v.mechanismCell(lang, x.t),
			v.transferDetails(lang, x.t),
		})
	}
	for _, r := range orphans {
		t.Rows = append(t.Rows, doc.Row{
			doc.Cell{doc.Text(v.recipientName(lang, r.r.ID))}, doc.Cell{doc.Text(countryName(lang, r.r.Country))},
			doc.Cell{missing(lang)}, doc.Cell{missing(lang)},
		})
	}
	s.Blocks = append(s.Blocks, para(lang, "transfers_lead", str(citeBare(lang, v.article("Art. 13(1)(f)", "Art. 14(1)(f)")))), t)
	return s
}

// recipientName names a recipient of a transfer: by name, or by its
// category when the notice shows categories.
func (v *view) recipientName(lang, id string) string {
	r, ok := v.reg.Recipient(id)
	switch {
	case !ok && id == "":
		return "—"
	case !ok:
		return id
	case v.n.Recipients == ByCategory && !r.Category.IsEmpty():
		return upperFirst(r.Category.In(lang))
	}
	return r.Name.In(lang)
}

func destination(lang string, t *gdpr.Transfer) string {
	if t.Country != "" {
		return countryName(lang, t.Country)
	}
	return t.Organisation
}

func (v *view) mechanismCell(lang string, t *gdpr.Transfer) doc.Cell {
	if t.Mechanism == "" {
		return doc.Cell{missing(lang)}
	}
	return doc.Cell{doc.Text(upperFirst(t.Mechanism.Label(lang)) + " (" + cite(lang, t.Mechanism.Article()) + ")")}
}

// transferDetails names the adequacy decision, or says where the
// safeguards are and how to obtain a copy.
func (v *view) transferDetails(lang string, t *gdpr.Transfer) doc.Cell {
	var c doc.Cell
	if t.Mechanism == gdpr.Adequacy {
		if d, ok := gdpr.AdequacyFor(t.Country, v.date); ok {
			c = append(c, doc.Text(tr(lang, "adequacy_detail", d.Decision, doc.FormatDate(d.Adopted))))
			if d.RequiresDPF && t.DPFCertified {
				c = append(c, doc.Text("; "+tr(lang, "dpf")))
			}
		} else {
			c = append(c, missing(lang))
		}
		if !t.Safeguards.IsEmpty() {
			c = append(c, doc.LineBreak{}, doc.Text(t.Safeguards.In(lang)))
		}
		return c
	}
	if !t.Safeguards.IsEmpty() {
		c = append(c, doc.Text(t.Safeguards.In(lang)))
	}
	if needsCopy(t.Mechanism) && t.Safeguards.IsEmpty() {
		c = append(c, fill(lang, "copy_on_request", in(mail(lang, v.contact())))...)
	}
	if len(c) == 0 {
		c = append(c, doc.Text("—"))
	}
	return c
}

// needsCopy reports whether the data subject must be told how to obtain a
// copy of the safeguards: Art. 46, 47 and the Art. 49(1) second
// subparagraph (Art. 13(1)(f)).
func needsCopy(m gdpr.TransferMechanism) bool {
	return m != "" && m != gdpr.Adequacy && (!m.IsDerogation() || m == gdpr.CompellingLegitimateInterests)
}

// orDash shows an empty table cell as a dash, so a reader sees it is
// empty on purpose.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

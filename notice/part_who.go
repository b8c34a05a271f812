package notice

import (
	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
)

// partyDefs lists a party's identity and contacts as definitions; a party
// that cannot be reached gets the missing marker.
func partyDefs(lang string, p gdpr.Party) doc.DefinitionList {
	var dl doc.DefinitionList
	add := func(key string, val ...doc.Inline) {
		dl.Items = append(dl.Items, doc.Definition{Term: in(doc.Text(tr(lang, key))), Description: []doc.Block{doc.Para(val...)}})
	}
	if p.Name != "" {
		add("name", doc.Text(p.Name))
	} else {
		add("name", missing(lang))
	}
	if p.Address != "" {
		addr := p.Address
		if c := countryName(lang, p.Country); c != "" && p.Country != "IT" {
			addr += " (" + c + ")"
		}
		add("address", doc.Text(addr))
	}
	if p.VAT != "" {
		add("vat", doc.Text(p.VAT))
	}
	if p.TaxCode != "" && p.TaxCode != p.VAT {
		add("tax_code", doc.Text(p.TaxCode))
	}
	if p.Email != "" {
		add("email", mail(lang, p.Email))
	}
	if p.PEC != "" {
		add("pec", mail(lang, p.PEC))
	}
	if p.Phone != "" {
		add("phone", doc.Text(p.Phone))
	}
	if p.Website != "" {
		add("website", web(p.Website))
	}
	if !p.HasContact() {
		add("email", missing(lang))
	}
	return dl
}

// controllerSection names the controller, its representative and the
// joint controllers (Art. 13(1)(a), 14(1)(a), 26(2)).
func (v *view) controllerSection(lang string) doc.Section {
	s := doc.Sec(tr(lang, "sec_controller"), para(lang, "controller_lead"), partyDefs(lang, v.org.Controller))
	if r := v.org.Representative; r != nil {
		s.Blocks = append(s.Blocks, doc.Sec(tr(lang, "sec_representative"), para(lang, "representative_lead"), partyDefs(lang, *r)))
	}
	for _, x := range v.acts {
		if len(x.a.JointControllers) == 0 {
			continue
		}
		js := doc.Sec(tr(lang, "sec_joint"), para(lang, "joint_lead", str(x.a.Name.In(lang))))
		for _, jc := range x.a.JointControllers {
			dl := partyDefs(lang, jc.Party)
			if jc.ContactPoint != "" {
				dl.Items = append(dl.Items, doc.Def(tr(lang, "joint_contact_point"), jc.ContactPoint))
			}
			arrangement := doc.Definition{Term: in(doc.Text(tr(lang, "joint_arrangement"))),
				Description: []doc.Block{doc.Para(text(gdpr.Plain(jc.Arrangement), lang))}}
			dl.Items = append(dl.Items, arrangement)
			js.Blocks = append(js.Blocks, dl)
		}
		s.Blocks = append(s.Blocks, js)
	}
	return s
}

// dpoSection gives the DPO's contacts (Art. 13(1)(b), 14(1)(b)); a name is
// not required, so a function ("Ufficio DPO") is shown as given.
func (v *view) dpoSection(lang string) doc.Section {
	d := v.org.DPO
	var dl doc.DefinitionList
	add := func(key string, val doc.Inline) {
		dl.Items = append(dl.Items, doc.Definition{Term: in(doc.Text(tr(lang, key))), Description: []doc.Block{doc.Para(val)}})
	}
	name := d.Name
	if d.Organisation != "" {
		name += " (" + d.Organisation + ")"
	}
	add("dpo_name", doc.Text(name))
	if d.Email != "" {
		add("email", mail(lang, d.Email))
	}
	if d.PEC != "" {
		add("pec", mail(lang, d.PEC))
	}
	if d.Phone != "" {
		add("phone", doc.Text(d.Phone))
	}
	if d.Address != "" {
		add("address", doc.Text(d.Address))
	}
	if !d.HasContact() {
		add("email", missing(lang))
	}
	return doc.Sec(tr(lang, "sec_dpo"), para(lang, "dpo_lead"), dl)
}

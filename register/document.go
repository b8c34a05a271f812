package register

import (
	"fmt"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
)

// DocumentOptions tune [Document] and [Workbook].
type DocumentOptions struct {
	// Date is the document date (the pack's date), YYYY-MM-DD.
	Date gdpr.Date
	// Draft marks the document as a draft in its classification.
	Draft bool
}

// meta returns the document metadata shared by the register's document
// and workbook.
func meta(org *gdpr.Organisation, reg *Register, lang string, opts DocumentOptions) doc.Meta {
	m := doc.Meta{
		Title:      i18n.Register.T(lang, "title"),
		Subtitle:   org.Controller.Name,
		Language:   lang,
		Identifier: "ROPA",
		Version:    reg.Version,
		Date:       opts.Date.MustTime(),
		Authors:    []string{org.Controller.Name},
		Subject:    i18n.Register.T(lang, "subtitle_controller"),
		Keywords:   []string{"GDPR", "Art. 30", "ROPA", i18n.Register.T(lang, "title")},
		Labels:     i18n.DocLabels(lang),
	}
	if reg.LastUpdated != "" {
		m.Date = reg.LastUpdated.MustTime()
	}
	if !opts.Date.IsZero() {
		m.Date = opts.Date.MustTime()
	}
	if opts.Draft {
		m.Classification = i18n.Common.T(lang, "draft")
	}
	for _, a := range reg.Approvals {
		m.Approvals = append(m.Approvals, doc.Approval{By: a.By, Role: a.Role, Date: a.Date.MustTime()})
	}
	for _, r := range reg.Revisions {
		m.Revisions = append(m.Revisions, doc.Revision{Version: r.Version, Date: r.Date.MustTime(), Author: r.Author, Description: r.Description.In(lang)})
	}
	return m
}

// Document returns the register as a readable document in lang: the
// organisation, the register details, one section per activity with each
// Art. 30(1) element labelled, and the processor register.
func Document(org *gdpr.Organisation, reg *Register, lang string, opts DocumentOptions) *doc.Document {
	w := words{lang: lang, reg: reg}
	d := &doc.Document{Meta: meta(org, reg, lang, opts)}
	d.Blocks = append(d.Blocks, organisationSection(w, org, reg))
	var acts []doc.Block
	var omitted []*Activity
	for i := range reg.Activities {
		a := &reg.Activities[i]
		if a.Omitted {
			omitted = append(omitted, a)
			continue
		}
		acts = append(acts, activitySection(w, org, a))
	}
	d.Blocks = append(d.Blocks, doc.Section{Title: w.t("activities"), Blocks: acts})
	if reg.Processor != nil && len(reg.Processor.Clients) > 0 {
		d.Blocks = append(d.Blocks, processorSection(w, reg.Processor))
	}
	if len(omitted) > 0 {
		var items []string
		for _, a := range omitted {
			items = append(items, fmt.Sprintf("%s (%s)", a.Name.In(lang), a.ID))
		}
		d.Blocks = append(d.Blocks, doc.Sec(w.t("omitted"), doc.P(w.t("omitted_note")), doc.Bullets(items...)))
	}
	return d
}

func organisationSection(w words, org *gdpr.Organisation, reg *Register) doc.Section {
	var defs []doc.Definition
	defs = append(defs, defLines(w.t("controller"), w.party(org.Controller)))
	if org.Representative != nil {
		defs = append(defs, defLines(w.t("representative"), w.party(*org.Representative)))
	}
	if org.DPO != nil {
		defs = append(defs, defLines(w.t("dpo"), w.dpo(*org.DPO)))
	}
	var header []string
	add := func(key, v string) {
		if v != "" {
			header = append(header, w.t(key)+": "+v)
		}
	}
	add("version", reg.Version)
	add("first_created", string(reg.FirstCreated))
	add("last_updated", string(reg.LastUpdated))
	add("next_review", string(reg.NextReview))
	if reg.ReviewCycle != "" {
		add("review_cycle", reg.ReviewCycle.Words(w.lang))
	}
	if org.Headcount > 0 {
		add("headcount", fmt.Sprint(org.Headcount))
	}
	if len(header) > 0 {
		defs = append(defs, defLines(w.t("register_header"), header))
	}
	return doc.Sec(w.t("organisation"), doc.Defs(defs...))
}

// defLines returns a definition whose description is one paragraph with
// a line per entry.
func defLines(term string, lines []string) doc.Definition {
	return doc.Definition{Term: []doc.Inline{doc.Text(term)}, Description: []doc.Block{linesPara(lines)}}
}

func linesPara(lines []string) doc.Paragraph {
	var in []doc.Inline
	for i, l := range lines {
		if i > 0 {
			in = append(in, doc.LineBreak{})
		}
		in = append(in, doc.Text(l))
	}
	return doc.Paragraph{Inlines: in}
}

// listOrMissing returns a bulleted list, or the missing marker.
func listOrMissing(w words, items []string) doc.Block {
	if len(items) == 0 {
		return doc.Para(doc.B(i18n.Missing(w.lang)))
	}
	return doc.Bullets(items...)
}

func activitySection(w words, org *gdpr.Organisation, a *Activity) doc.Section {
	lang := w.lang
	title := a.Name.In(lang)
	if title == "" {
		title = a.ID
	}
	var blocks []doc.Block
	if desc := a.Description.In(lang); desc != "" {
		blocks = append(blocks, doc.P(desc))
	}
	var info []doc.Definition
	info = append(info, doc.Def(w.t("id"), a.ID))
	if f := a.Function.In(lang); f != "" {
		info = append(info, doc.Def(w.t("function"), f))
	}
	if a.Owner != "" {
		info = append(info, doc.Def(w.t("owner"), a.Owner))
	}
	if a.Status != "" {
		info = append(info, doc.Def(w.t("status"), a.Status.Label(w.lang)))
	}
	if a.Created != "" || a.Updated != "" {
		info = append(info, doc.Def(w.t("created")+" / "+w.t("updated"), string(a.Created)+" / "+string(a.Updated)))
	}
	blocks = append(blocks, doc.Defs(info...))

	// (a) Controller, joint controllers, representative, DPO.
	ctrl := []string{org.Controller.Name}
	for _, jc := range a.JointControllers {
		s := w.t("joint_controllers") + ": " + jc.Party.Name
		if jc.Arrangement != "" {
			s += " (" + w.t("arrangement") + ": " + jc.Arrangement + ")"
		}
		ctrl = append(ctrl, s)
	}
	if org.Representative != nil {
		ctrl = append(ctrl, w.t("representative")+": "+org.Representative.Name)
	}
	if org.DPO != nil {
		ctrl = append(ctrl, w.t("dpo")+": "+strings.Join(w.dpo(*org.DPO), ", "))
	}
	blocks = append(blocks, doc.Sec(w.t("a_controllers"), doc.Bullets(ctrl...)))

	// (b) Purposes with their legal bases.
	var prow []doc.Row
	for _, p := range a.Purposes {
		detail := []string{}
		if p.LIA != "" {
			detail = append(detail, w.t("lia")+": "+p.LIA)
		}
		if p.ConsentRecord != "" {
			detail = append(detail, w.t("consent_record")+": "+p.ConsentRecord)
		}
		if wd := p.Withdrawal.In(lang); wd != "" {
			detail = append(detail, w.t("withdrawal")+": "+wd)
		}
		basis := w.basis(p)
		if len(detail) > 0 {
			basis += "\n" + strings.Join(detail, "\n")
		}
		prow = append(prow, doc.TextRow(w.orMissing(p.Description.In(lang)), basis))
	}
	pblocks := []doc.Block{}
	if len(prow) == 0 {
		pblocks = append(pblocks, listOrMissing(w, nil))
	} else {
		pblocks = append(pblocks, doc.Table{Columns: []doc.Column{{Title: w.t("purpose"), Width: 1}, {Title: w.t("legal_basis"), Width: 1.2}}, Rows: prow})
	}
	if len(a.SpecialConditions) > 0 {
		var cs []string
		for _, c := range a.SpecialConditions {
			cs = append(cs, c.Label(lang)+", "+c.Article())
		}
		pblocks = append(pblocks, doc.Para(doc.B(w.t("special_conditions")+": "), doc.Text(strings.Join(cs, "; "))))
	}
	if cb := a.CriminalBasis.In(lang); cb != "" {
		pblocks = append(pblocks, doc.Para(doc.B(w.t("criminal_basis")+": "), doc.Text(cb)))
	}
	blocks = append(blocks, doc.Section{Title: w.t("b_purposes"), Blocks: pblocks})

	// (c) Data subjects and data categories.
	var subjects, cats []string
	for _, id := range a.DataSubjects {
		subjects = append(subjects, w.subject(id))
	}
	for _, id := range a.DataCategories {
		cats = append(cats, w.category(id))
	}
	blocks = append(blocks, doc.Sec(w.t("c_subjects"), listOrMissing(w, subjects)))
	cblocks := []doc.Block{listOrMissing(w, cats)}
	if len(a.Sources) > 0 {
		var src []string
		for _, s := range a.Sources {
			line := s.Description.In(lang)
			if s.FromSubject && line == "" {
				line = w.t("from_subject")
			}
			if s.Public {
				line += " (" + w.t("public_source") + ")"
			}
			if len(s.Categories) > 0 {
				line = mapJoin(s.Categories, w.categoryName, ", ") + ": " + line
			}
			src = append(src, line)
		}
		cblocks = append(cblocks, doc.Para(doc.B(w.t("sources")+":")), doc.Bullets(src...))
	}
	if pr := a.Provision.In(lang); pr != "" {
		cblocks = append(cblocks, doc.Para(doc.B(w.t("provision")+": "), doc.Text(pr)))
	}
	blocks = append(blocks, doc.Section{Title: w.t("c_data"), Blocks: cblocks})

	// (d) Recipients.
	var rblocks []doc.Block
	if a.NoRecipients && len(a.Recipients) == 0 {
		rblocks = append(rblocks, doc.P(w.t("no_recipients")))
	} else {
		var rows []doc.Row
		for _, id := range a.Recipients {
			r, ok := w.reg.Recipient(id)
			if !ok {
				rows = append(rows, doc.TextRow(id, "", "", ""))
				continue
			}
			name := r.Name.In(lang)
			if svc := r.Service.In(lang); svc != "" {
				name += "\n" + svc
			}
			contract := r.Contract
			if contract == "" && r.Kind.IsProcessor() {
				contract = i18n.Missing(lang)
			}
			rows = append(rows, doc.TextRow(name, r.Kind.Label(lang), r.Country, contract))
		}
		if len(rows) == 0 {
			rblocks = append(rblocks, listOrMissing(w, nil))
		} else {
			rblocks = append(rblocks, doc.Table{Columns: []doc.Column{
				{Title: w.t("name"), Width: 2}, {Title: w.t("kind"), Width: 1.2}, {Title: w.t("country"), Width: 0.6}, {Title: w.t("contract"), Width: 1.2},
			}, Rows: rows})
		}
	}
	blocks = append(blocks, doc.Section{Title: w.t("d_recipients"), Blocks: rblocks})

	// (e) Transfers.
	var tr []string
	for _, t := range a.Transfers {
		tr = append(tr, w.transfer(t))
	}
	if len(tr) == 0 {
		blocks = append(blocks, doc.Sec(w.t("e_transfers"), doc.P(w.t("no_transfers"))))
	} else {
		blocks = append(blocks, doc.Sec(w.t("e_transfers"), doc.Bullets(tr...)))
	}

	// (f) Retention.
	var ret []string
	for _, r := range a.Retention {
		ret = append(ret, w.retention(r))
	}
	blocks = append(blocks, doc.Sec(w.t("f_retention"), listOrMissing(w, ret)))

	// (g) Security measures.
	blocks = append(blocks, doc.Sec(w.t("g_security"), listOrMissing(w, w.security(a.Security))))

	// Recommended fields.
	var more []doc.Definition
	if len(a.Systems) > 0 {
		more = append(more, doc.Def(w.t("systems"), mapJoin(a.Systems, w.system, "; ")))
	}
	if a.DPIA != nil {
		more = append(more, doc.Def(w.t("dpia"), w.dpia(a.DPIA)))
	}
	more = append(more, doc.Def(w.t("automated"), w.automated(a.AutomatedDecisions)))
	if n := a.Notes.In(lang); n != "" {
		more = append(more, doc.Def(w.t("notes"), n))
	}
	blocks = append(blocks, doc.Defs(more...))
	return doc.Section{Title: title, Blocks: blocks}
}

func processorSection(w words, p *ProcessorRegister) doc.Section {
	lang := w.lang
	var blocks []doc.Block
	for _, c := range p.Clients {
		defs := []doc.Definition{defLines(w.t("client"), w.party(c.Controller))}
		if c.Representative != nil {
			defs = append(defs, defLines(w.t("representative"), w.party(*c.Representative)))
		}
		if c.DPO != nil {
			defs = append(defs, defLines(w.t("dpo"), w.dpo(*c.DPO)))
		}
		if s := c.Service.In(lang); s != "" {
			defs = append(defs, doc.Def(w.t("service"), s))
		}
		if c.Contract != "" {
			defs = append(defs, doc.Def(w.t("contract"), c.Contract))
		}
		var proc []string
		for _, t := range c.Processing {
			proc = append(proc, t.In(lang))
		}
		defs = append(defs, doc.Definition{Term: []doc.Inline{doc.Text(w.t("processing"))}, Description: []doc.Block{listOrMissing(w, proc)}})
		if len(c.SubProcessors) > 0 {
			defs = append(defs, doc.Def(w.t("sub_processors"), mapJoin(c.SubProcessors, w.recipient, "; ")))
		}
		var tr []string
		for _, t := range c.Transfers {
			tr = append(tr, w.transfer(t))
		}
		if len(tr) == 0 {
			tr = []string{w.t("no_transfers")}
		}
		defs = append(defs, doc.Definition{Term: []doc.Inline{doc.Text(w.t("e_transfers"))}, Description: []doc.Block{doc.Bullets(tr...)}})
		defs = append(defs, doc.Definition{Term: []doc.Inline{doc.Text(w.t("g_security"))}, Description: []doc.Block{listOrMissing(w, w.security(c.Security))}})
		if e := c.EndOfContract.In(lang); e != "" {
			defs = append(defs, doc.Def(w.t("end_of_contract"), e))
		}
		name := c.Controller.Name
		if name == "" {
			name = c.ID
		}
		blocks = append(blocks, doc.Sec(name, doc.Defs(defs...)))
	}
	return doc.Section{Title: w.t("processor_title"), Blocks: blocks}
}

package breach

import (
	"strings"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// Procedure returns the written breach response procedure in lang ("it"
// or "en"), generated from the procedure settings of b: purpose and scope,
// references, definitions, roles, the phases from detection to lessons
// learned with their deadlines, reporting channels and contacts, review,
// and the annexed templates (report form, triage checklist, ENISA
// worksheet, register fields, notification outline, letters, decision
// flow). Settings left out print their defaults or a draft marker.
func Procedure(org *gdpr.Organisation, reg *register.Register, b *Breach, lang string) *doc.Document {
	w := newWriter(org, reg, b, lang)
	p := w.procedure()
	m := w.meta(w.t("p.title"), p.Date.MustTime())
	m.Identifier, m.Version = p.Identifier, p.Version
	m.Classification = w.t("doc.internal")
	if p.Owner != "" {
		m.Authors = []string{p.Owner}
	}
	m.Approvals = approvals(p.Approvals)
	m.Revisions = w.revisions(p.Revisions)
	return &doc.Document{Meta: m, Blocks: []doc.Block{
		w.procPurpose(),
		w.procReferences(),
		w.procDefinitions(),
		w.procRoles(),
		w.procPhases(),
		w.procChannels(),
		w.procReview(),
		w.annexReportForm(),
		w.annexTriage(),
		w.annexENISA(),
		w.annexRegister(),
		w.annexNotification(),
		w.annexLetter(),
		w.annexProcessorNotice(),
		w.annexFlow(),
	}}
}

func (w writer) procPurpose() doc.Section {
	p := w.procedure()
	blocks := []doc.Block{
		doc.P(w.t("p.purpose", w.controllerName())),
		doc.P(w.t("p.scope", w.controllerName())),
	}
	if s := w.text(p.Scope); s != "" {
		blocks = append(blocks, paras(s)...)
	}
	if len(p.Documents) > 0 {
		blocks = append(blocks, doc.P(w.t("p.related")), doc.Bullets(p.Documents...))
	}
	return doc.Sec(w.t("p.h.purpose"), blocks...)
}

func (w writer) procReferences() doc.Section {
	refs := []string{w.t("p.ref.gdpr"), w.t("p.ref.code"), w.t("p.ref.edpb"), w.t("p.ref.edpb_examples"), w.t("p.ref.enisa")}
	if w.s.authority.Country == "IT" {
		refs = append(refs, w.t("p.ref.garante"))
	}
	refs = append(refs, w.t("p.ref.nis2"))
	return doc.Sec(w.t("p.h.references"), doc.Bullets(refs...))
}

func (w writer) procDefinitions() doc.Section {
	keys := []string{"breach", "incident", "confidentiality", "integrity", "availability", "awareness", "near_miss", "team"}
	items := make([]doc.Definition, len(keys))
	for i, k := range keys {
		items[i] = doc.Def(w.t("p.def."+k), w.t("p.def."+k+".text"))
	}
	return doc.Sec(w.t("p.h.definitions"), doc.Defs(items...))
}

func (w writer) procRoles() doc.Section {
	p := w.procedure()
	blocks := []doc.Block{doc.P(w.t("p.roles.intro"))}
	if len(p.Team) == 0 {
		blocks = append(blocks, doc.Note{Kind: doc.NoteMissing, Blocks: []doc.Block{doc.P(w.t("p.roles.none"))}})
	} else {
		tab := doc.Table{Columns: []doc.Column{
			{Title: w.t("p.col.role"), Width: 1.8}, {Title: w.t("p.col.who"), Width: 2},
			{Title: w.t("p.col.duties"), Width: 2.8}, {Title: w.t("p.col.contacts"), Width: 3}, {Title: w.t("p.col.deputy"), Width: 1.4},
		}}
		for _, m := range p.Team {
			who := []doc.Inline{doc.Text(m.Name)}
			if f := w.text(m.Function); f != "" {
				who = append(who, doc.LineBreak{}, doc.Text(f))
			}
			tab.Rows = append(tab.Rows, doc.Row{
				{doc.Text(m.Role.Label(w.lang))}, who,
				{doc.Text(m.Role.Duties(w.lang))},
				joinLines(nonEmpty(m.Email, m.Phone)),
				{doc.Text(orDash(m.Deputy))},
			})
		}
		blocks = append(blocks, tab)
	}
	name, contacts, isDPO := w.contactPoint()
	switch {
	case isDPO:
		blocks = append(blocks, doc.P(w.t("p.roles.dpo", name, strings.Join(contacts, ", "))))
	case name != "":
		blocks = append(blocks, doc.P(w.t("p.roles.contact_point", name, strings.Join(contacts, ", "))))
	default:
		blocks = append(blocks, doc.Note{Kind: doc.NoteMissing, Blocks: []doc.Block{doc.P(w.t("p.roles.no_contact"))}})
	}
	blocks = append(blocks,
		doc.P(w.t("p.roles.staff", w.deadline(w.s.deadlines.Report))),
		doc.P(w.t("p.roles.processors", w.deadline(w.s.deadlines.ProcessorToController))),
	)
	return doc.Sec(w.t("p.h.roles"), blocks...)
}

// deadline prints an internal target in words ("1 ora", "24 hours").
func (w writer) deadline(d gdpr.Duration) string { return d.Words(w.lang) }

func joinLines(ss []string) doc.Cell {
	if len(ss) == 0 {
		return doc.Cell{doc.Text("—")}
	}
	var c doc.Cell
	for i, s := range ss {
		if i > 0 {
			c = append(c, doc.LineBreak{})
		}
		c = append(c, doc.Text(s))
	}
	return c
}

func (w writer) procPhases() doc.Section {
	d := w.s.deadlines
	summary := doc.Table{Caption: w.t("p.phases.caption"), Columns: []doc.Column{
		{Title: w.t("p.col.phase"), Width: 3}, {Title: w.t("p.col.deadline"), Width: 2}, {Title: w.t("p.col.from"), Width: 2}, {Title: w.t("p.col.reference"), Width: 1.5},
	}}
	row := func(phase, deadline, from, ref string) {
		summary.Rows = append(summary.Rows, doc.TextRow(phase, deadline, from, w.art(ref)))
	}
	row(w.t("p.ph.report"), w.deadline(d.Report), w.t("p.from.detection"), "Art. 5(2), 24")
	row(w.t("p.ph.assess"), w.deadline(d.Assessment), w.t("p.from.awareness"), "Art. 33(1)")
	row(w.t("p.ph.notify"), w.t("p.72h"), w.t("p.from.awareness"), "Art. 33(1)")
	row(w.t("p.ph.communicate"), w.t("p.without_delay_target", w.deadline(d.Subjects)), w.t("p.from.decision"), "Art. 34(1)")
	row(w.t("p.ph.controller"), w.t("p.without_delay_target", w.deadline(d.ProcessorToController)), w.t("p.from.our_awareness"), "Art. 33(2)")
	row(w.t("p.ph.register"), w.t("p.always"), "—", "Art. 33(5)")

	channel := w.s.authority.BreachChannel
	if channel == "" {
		channel = w.orMissing(w.s.authority.Website)
	}
	notify := []doc.Block{
		doc.P(w.t("p.notify.1", w.authorityName(), channel)),
		doc.P(w.t("p.notify.2")),
		doc.Bullets(contentList(w.lang)...),
		doc.P(w.t("p.notify.3")),
		doc.Note{Kind: doc.NoteLegal, Title: w.t("p.note.clock"), Blocks: []doc.Block{doc.P(w.t("p.notify.clock"))}},
	}
	if w.s.authority.Country == "IT" {
		notify = append(notify, doc.P(w.t("p.notify.garante")))
	}
	return doc.Sec(w.t("p.h.phases"),
		doc.P(w.t("p.phases.intro")),
		summary,
		doc.Sec(w.t("p.ph.report"), doc.P(w.t("p.report.1", w.deadline(d.Report))), doc.P(w.t("p.report.2"))),
		doc.Sec(w.t("p.ph.triage"), doc.P(w.t("p.tri.1")), doc.P(w.t("p.tri.2"))),
		doc.Sec(w.t("p.ph.contain"), doc.P(w.t("p.contain.1")), doc.Bullets(w.t("p.contain.a"), w.t("p.contain.b"), w.t("p.contain.c"))),
		doc.Sec(w.t("p.ph.assess"),
			doc.P(w.t("p.assess.1", w.deadline(d.Assessment))),
			doc.Bullets(w.t("p.assess.a"), w.t("p.assess.b"), w.t("p.assess.c"), w.t("p.assess.d"), w.t("p.assess.e")),
			doc.P(w.t("p.assess.2")),
			doc.Note{Kind: doc.NoteInfo, Blocks: []doc.Block{doc.P(w.t("p.assess.enisa"))}}),
		doc.Sec(w.t("p.ph.notify"), notify...),
		doc.Sec(w.t("p.ph.communicate"),
			doc.P(w.t("p.comm.1", w.deadline(d.Subjects))),
			doc.P(w.t("p.comm.2")),
			doc.Bullets(w.t("p.comm.a"), w.t("p.comm.b"), w.t("p.comm.c")),
			doc.P(w.t("p.comm.3"))),
		doc.Sec(w.t("p.ph.controller"), doc.P(w.t("p.ctrl.1", w.deadline(d.ProcessorToController))), doc.P(w.t("p.ctrl.2"))),
		doc.Sec(w.t("p.ph.other"), doc.P(w.t("p.other.1")), doc.Bullets(w.t("p.other.a"), w.t("p.other.b"), w.t("p.other.c"), w.t("p.other.d"))),
		doc.Sec(w.t("p.ph.register"), doc.P(w.t("p.register.1")), doc.P(w.t("p.register.2"))),
		doc.Sec(w.t("p.ph.close"), doc.P(w.t("p.close.1")), doc.Bullets(w.t("p.close.a"), w.t("p.close.b"), w.t("p.close.c"))),
	)
}

// contentList returns the Art. 33(3) content in lang, one line a letter.
func contentList(lang string) []string {
	return []string{
		article("Art. 33(3)(a)", lang) + ": " + labelOf("p.content.a", lang),
		article("Art. 33(3)(b)", lang) + ": " + labelOf("p.content.b", lang),
		article("Art. 33(3)(c)", lang) + ": " + labelOf("p.content.c", lang),
		article("Art. 33(3)(d)", lang) + ": " + labelOf("p.content.d", lang),
	}
}

func (w writer) procChannels() doc.Section {
	p := w.procedure()
	var blocks []doc.Block
	if len(p.Channels) == 0 {
		blocks = append(blocks, doc.Note{Kind: doc.NoteMissing, Blocks: []doc.Block{doc.P(w.t("p.channels.none"))}})
	} else {
		tab := doc.Table{Caption: w.t("p.channels.caption"), Columns: []doc.Column{
			{Title: w.t("p.col.channel"), Width: 1.2}, {Title: w.t("p.col.address"), Width: 2.2}, {Title: w.t("p.col.use"), Width: 3.5}, {Title: w.t("p.col.hours"), Width: 1.2},
		}}
		for _, c := range p.Channels {
			tab.Rows = append(tab.Rows, doc.TextRow(c.Kind.Label(w.lang), orDash(c.Address), orDash(w.text(c.Description)), orDash(w.text(c.Hours))))
		}
		blocks = append(blocks, tab)
	}
	if len(p.Contacts) > 0 {
		tab := doc.Table{Caption: w.t("p.contacts.caption"), Columns: []doc.Column{
			{Title: w.t("p.col.contact"), Width: 2.2}, {Title: w.t("p.col.service"), Width: 2.5}, {Title: w.t("p.col.contacts"), Width: 2.5}, {Title: w.t("p.col.hours"), Width: 1.2},
		}}
		for _, c := range p.Contacts {
			tab.Rows = append(tab.Rows, doc.Row{{doc.Text(c.Name)}, {doc.Text(orDash(w.text(c.Service)))}, joinLines(nonEmpty(c.Email, c.Phone)), {doc.Text(orDash(w.text(c.Hours)))}})
		}
		blocks = append(blocks, tab)
	}
	a := w.s.authority
	authority := []doc.Definition{w.def(w.t("p.auth.name"), w.authorityName())}
	if a.BreachChannel != "" {
		authority = append(authority, w.def(w.t("p.auth.channel"), a.BreachChannel))
	}
	for _, kv := range [][2]string{{"p.auth.website", a.Website}, {"p.auth.pec", a.PEC}, {"p.auth.email", a.Email}, {"p.auth.phone", a.Phone}} {
		if kv[1] != "" {
			authority = append(authority, doc.Def(w.t(kv[0]), kv[1]))
		}
	}
	blocks = append(blocks, doc.P(w.t("p.auth.intro")), doc.Defs(authority...))
	blocks = append(blocks, doc.Sec(w.t("p.h.fallbacks"), append([]doc.Block{doc.P(w.t("p.fallbacks.std"))}, paras(w.text(p.Fallbacks))...)...))
	return doc.Sec(w.t("p.h.channels"), blocks...)
}

func (w writer) procReview() doc.Section {
	p := w.procedure()
	var items []string
	if p.RecordRetention != "" {
		items = append(items, w.t("p.review.retention", p.RecordRetention.Words(w.lang)))
	} else {
		items = append(items, w.t("p.review.retention_missing"))
	}
	if p.ReviewCycle != "" {
		items = append(items, w.t("p.review.cycle", every(p.ReviewCycle, w.lang)))
	}
	if p.ExerciseCycle != "" {
		items = append(items, w.t("p.review.exercise", every(p.ExerciseCycle, w.lang)))
	}
	items = append(items, w.t("p.review.after"))
	return doc.Sec(w.t("p.h.review"), doc.Bullets(items...))
}

// every renders a cycle for "every …": "year" rather than "1 year",
// "6 months" as is.
func every(d gdpr.Duration, lang string) string {
	s := d.Words(lang)
	if rest, ok := strings.CutPrefix(s, "1 "); ok && !strings.Contains(rest, " ") {
		return rest
	}
	return s
}

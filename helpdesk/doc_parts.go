package helpdesk

import (
	"slices"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
)

// Parts both documents print: the channels with their recording policy,
// the processors, the roles, the retention stages, the audit log and the
// breach escalation. Each is derived from the policy and the register, so
// the public policy and the operators' procedure cannot say different
// things.

// recording says whether channel c is recorded, in one sentence.
func (w writer) recording(c Channel) string {
	switch {
	case c.Recording.Recorded:
		return w.t("rec.yes", upperFirst(c.Label(w.lang)))
	case c.Kind == ChannelRemoteSession && w.p.RemoteAssistance.Recorded:
		return w.t("rec.remote_yes")
	case c.Kind.Voice():
		return w.t("rec.never." + string(c.Kind))
	}
	return w.t("rec.written")
}

// recordingShort says it in two words, for the procedure's table.
func (w writer) recordingShort(c Channel) string {
	switch {
	case c.Recording.Recorded || (c.Kind == ChannelRemoteSession && w.p.RemoteAssistance.Recorded):
		return w.t("rec.yes_short")
	case c.Kind.Voice():
		return w.t("rec.short.never")
	}
	return w.t("rec.short.written")
}

// remoteChannel is remote assistance as a channel, for policies that
// allow it without listing a remote-session channel of their own: the
// customer meets it as one more way support reaches them.
func (w writer) remoteChannel() (Channel, bool) {
	if !w.p.RemoteAssistance.Allowed || w.hasRemoteChannel() {
		return Channel{}, false
	}
	return Channel{ID: "remote_assistance", Kind: ChannelRemoteSession}, true
}

// channels are the policy's channels plus remote assistance.
func (w writer) channels() []Channel {
	out := w.p.Channels
	if c, ok := w.remoteChannel(); ok {
		out = append(append([]Channel(nil), out...), c)
	}
	return out
}

// channelContact is where customers reach c.
func (w writer) channelContact(c Channel) []doc.Inline {
	switch {
	case c.Contact != "":
		return in(contact(c.Contact))
	case c.Kind == ChannelRemoteSession && w.remoteTool() != "":
		return str(w.t("remote.contact", w.remoteTool()))
	case c.Kind == ChannelRemoteSession:
		return str(w.t("remote.contact_bare"))
	}
	return str("—")
}

// channelsTable lists the channels with contact, hours and recording.
func (w writer) channelsTable() doc.Table {
	t := doc.Table{Columns: []doc.Column{
		{Title: w.t("col.channel"), Width: 1.6}, {Title: w.t("col.contact"), Width: 2.6}, {Title: w.t("col.recording"), Width: 3},
	}}
	for _, c := range w.channels() {
		where := w.channelContact(c)
		if h := w.text(c.Hours); h != "" {
			where = append(where, doc.LineBreak{}, doc.Text(h))
		}
		t.Rows = append(t.Rows, doc.Row{{doc.Text(upperFirst(c.Label(w.lang)))}, where, {doc.Text(w.recording(c))}})
	}
	return t
}

// fieldsTable lists what channel c collects: item, data category,
// mandatory or optional, purpose.
func (w writer) fieldsTable(c Channel) doc.Table {
	t := doc.Table{Columns: []doc.Column{
		{Title: w.t("col.field"), Width: 2.2}, {Title: w.t("col.category"), Width: 2},
		{Title: w.t("col.required"), Width: 1.5}, {Title: w.t("col.purpose"), Width: 3},
	}}
	for _, f := range c.Fields {
		t.Rows = append(t.Rows, doc.TextRow(
			upperFirst(w.text(f.Name)),
			w.categoryName(f.Category),
			w.required(f.Mandatory),
			upperFirst(w.textOr(f.Purpose, "std.field_purpose")),
		))
	}
	return t
}

// required says whether a field is mandatory.
func (w writer) required(mandatory bool) string {
	if mandatory {
		return w.t("required.yes")
	}
	return w.t("required.no")
}

// fieldNames joins the names of the fields of c that are (or are not)
// mandatory.
func (w writer) fieldNames(c Channel, mandatory bool) string {
	var names []string
	for _, f := range c.Fields {
		if f.Mandatory == mandatory {
			names = append(names, w.text(f.Name))
		}
	}
	return w.join(names)
}

// refusal is what happens when a mandatory field of c is not given.
func (w writer) refusal(c Channel) string { return w.textOr(c.Refusal, "std.refusal") }

// processorsTable lists the ticketing provider and the other processors
// with service, country, transfer mechanism and Art. 28 contract; the
// details of each transfer outside the EEA follow as a list.
func (w writer) processorsTable() (doc.Table, []doc.Paragraph) {
	t := doc.Table{Columns: []doc.Column{
		{Title: w.t("col.processor"), Width: 1.9}, {Title: w.t("col.service"), Width: 2.4},
		{Title: w.t("col.country"), Width: 1.2}, {Title: w.t("col.transfer"), Width: 1.9},
		{Title: w.t("col.contract"), Width: 1.7},
	}}
	var details []doc.Paragraph
	for _, id := range w.p.AllProcessors() {
		r, ok := w.reg.Recipient(id)
		if !ok {
			t.Rows = append(t.Rows, doc.Row{{doc.Text(id)}, {w.missing()}, {w.missing()}, {w.missing()}, {w.missing()}})
			continue
		}
		name := r.Name.In(w.lang)
		country := w.t("transfer.unknown")
		if r.Country != "" {
			country = i18n.CountryName(w.lang, r.Country)
		}
		var mech doc.Cell
		switch x := w.transfer(id); {
		case r.Country != "" && gdpr.IsEEA(r.Country):
			mech = doc.Cell{doc.Text(w.t("transfer.none"))}
		case x == nil || x.Mechanism == "":
			mech = doc.Cell{w.missing()}
		default:
			mech = doc.Cell{doc.Text(upperFirst(x.Mechanism.Label(w.lang)) + " " + i18n.Paren(w.cite(x.Mechanism.Article())))}
			details = append(details, doc.Para(append(in(doc.B(name), doc.Text(" ("+country+"): ")), w.transferDetails(x)...)...))
		}
		t.Rows = append(t.Rows, doc.Row{
			{doc.Text(name)}, {doc.Text(orDash(upperFirst(r.Service.In(w.lang))))}, {doc.Text(country)}, mech,
			{doc.Text(orDash(r.Contract))},
		})
	}
	return t, details
}

// transfer returns the register's transfer to recipient id for the
// policy's activity, nil when there is none.
func (w writer) transfer(id string) *gdpr.Transfer {
	if w.act == nil {
		return nil
	}
	for i := range w.act.Transfers {
		if w.act.Transfers[i].Recipient == id {
			return &w.act.Transfers[i]
		}
	}
	return nil
}

// transferDetails names the adequacy decision and the DPF certification,
// or the safeguards and how to obtain a copy, as the notice does (the
// wording is the notice catalog's, so both documents say the same).
func (w writer) transferDetails(x *gdpr.Transfer) []doc.Inline {
	var out []doc.Inline
	on := w.date()
	if on.IsZero() {
		on = gdpr.AdequacyListDate
	}
	if x.Mechanism == gdpr.Adequacy {
		if d, ok := gdpr.AdequacyFor(x.Country, on); ok {
			out = append(out, doc.Text(i18n.Notice.T(w.lang, "adequacy_detail", d.Decision, doc.FormatDate(d.Adopted))))
			if d.RequiresDPF && x.DPFCertified {
				out = append(out, doc.Text("; "+i18n.Notice.T(w.lang, "dpf")))
			}
		} else {
			out = append(out, w.missing())
		}
	}
	if s := w.text(x.Safeguards); s != "" {
		if len(out) > 0 {
			out = append(out, doc.Text(". "))
		}
		out = append(out, doc.Text(sentence(s)))
	} else if x.Mechanism != gdpr.Adequacy {
		out = append(out, w.fillFrom(i18n.Notice, "copy_on_request", in(w.mail(w.rightsContact())))...)
	}
	return out
}

// rolesTable lists the access roles: what each sees and may do; the
// procedure adds each role's written instructions.
func (w writer) rolesTable(withNotes bool) doc.Table {
	cols := []doc.Column{{Title: w.t("col.role"), Width: 1.5}, {Title: w.t("col.sees"), Width: 3}, {Title: w.t("col.may"), Width: 2.6}}
	if withNotes {
		cols = append(cols, doc.Column{Title: w.t("col.note"), Width: 2})
	}
	t := doc.Table{Columns: cols}
	for _, r := range w.p.Roles {
		row := doc.Row{{doc.Text(w.text(r.Name))}, {doc.Text(orDash(upperFirst(w.text(r.Sees))))}, w.permissions(r)}
		if withNotes {
			row = append(row, doc.Cell{doc.Text(orDash(w.text(r.Note)))})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// retentionBlocks states the live stage, the cancellation window and the
// stages with their bounds, counted from the trigger.
func (w writer) retentionBlocks() []doc.Block {
	r := w.p.Retention
	trig := string(r.Trigger)
	if trig == "" {
		return []doc.Block{doc.Para(w.missing())}
	}
	out := []doc.Block{doc.P(w.t("ret.live." + trig))}
	if !zero(r.CancellationWindow) {
		out = append(out, doc.P(w.t("ret.window", r.CancellationWindow.Words(w.lang), w.t("trigger_after."+trig))))
	}
	out = append(out, doc.P(w.t("ret.stages_lead", w.t("trigger_from."+trig))), w.stagesTable())
	if slices.ContainsFunc(r.Stages, func(s RetentionStage) bool { return s.Stage == StageAnonymised }) {
		out = append(out, doc.P(w.t("ret.anonymous")))
	}
	return out
}

// stagesTable is one row for the live stage and one per stage after the
// trigger: when it holds, what remains, what for.
func (w writer) stagesTable() doc.Table {
	r := w.p.Retention
	trig := string(r.Trigger)
	t := doc.Table{Columns: []doc.Column{
		{Title: w.t("col.stage"), Width: 1.5}, {Title: w.t("col.when"), Width: 2.5},
		{Title: w.t("col.keeps"), Width: 3.4}, {Title: w.t("col.stage_purpose"), Width: 2},
	}}
	t.Rows = append(t.Rows, doc.TextRow(
		upperFirst(i18n.Helpdesk.T(w.lang, "stage.live")), upperFirst(w.t("trigger_until."+trig)),
		upperFirst(w.t("ret.live_keeps")), upperFirst(w.t("ret.live_purpose"))))
	steps := r.Steps()
	for i, step := range steps {
		st := r.Stages[i]
		t.Rows = append(t.Rows, doc.TextRow(
			upperFirst(st.Stage.Label(w.lang)),
			upperFirst(w.stageWhen(st, step, steps[i+1:])),
			upperFirst(w.textOr(st.Keeps, "ret.keeps."+string(st.Stage))),
			upperFirst(w.textOr(st.Purpose, "ret.purpose."+string(st.Stage))),
		))
	}
	return t
}

// stageWhen states in words when a stage holds: from its entry to the
// next stage's, or open-ended for the last, each counted from the trigger.
func (w writer) stageWhen(st RetentionStage, step Step, next []Step) string {
	trig := string(w.p.Retention.Trigger)
	after := w.t("trigger_after." + trig)
	var exit gdpr.Duration
	switch {
	case len(next) > 0:
		exit = next[0].Due
	case st.Stage != StageDeleted:
		exit = st.Max
	}
	var s string
	switch {
	case st.Stage == StageDeleted && zero(step.Due):
		s = w.t("trigger_at." + trig)
	case st.Stage == StageDeleted:
		s = w.t("ret.when.at", step.Due.Words(w.lang), after)
	case exit == "" && zero(step.Due):
		s = w.t("ret.when.open_now", w.t("trigger_from."+trig))
	case exit == "":
		s = w.t("ret.when.open", step.Due.Words(w.lang), after)
	case zero(step.Due):
		s = w.t("ret.when.range_now", exit.Words(w.lang), after)
	default:
		s = w.t("ret.when.range", step.Due.Words(w.lang), exit.Words(w.lang), after)
	}
	if !zero(st.Min) {
		s += w.t("ret.when.floor", st.Min.Words(w.lang), after)
	}
	return s
}

// zero reports whether a duration is empty or lasts nothing.
func zero(d gdpr.Duration) bool { return d == "" || SameDuration(d, "P0D") }

// holds lists the legal holds: ground, article, longest period.
func (w writer) holds() []string {
	var out []string
	for _, h := range w.p.Retention.LegalHolds {
		ref := w.cite(h.Article)
		if h.Reference != "" {
			ref += "; " + h.Reference
		}
		if h.Period != "" {
			out = append(out, w.t("ret.hold_period", clause(w.text(h.Ground)), ref, h.Period.Words(w.lang)))
		} else {
			out = append(out, w.t("ret.hold", clause(w.text(h.Ground)), ref))
		}
	}
	return out
}

// auditBlocks states what the audit log records, how long it is kept,
// whether it is tamper-evident and who reviews it.
func (w writer) auditBlocks() []doc.Block {
	a := w.p.AuditLog
	events := w.t("audit.default_events")
	if len(a.Events) > 0 {
		names := make([]string, len(a.Events))
		for i, e := range a.Events {
			names[i] = e.Label(w.lang)
		}
		events = w.join(names)
	}
	p := doc.Paragraph{Inlines: str(w.t("audit.events", events))}
	if a.TamperEvident {
		p.Inlines = append(p.Inlines, doc.Text(" "+w.t("audit.tamper")))
	}
	p.Inlines = append(p.Inlines, doc.Text(" "))
	if a.Retention != "" {
		p.Inlines = append(p.Inlines, doc.Text(w.t("audit.retention", a.Retention.Words(w.lang))))
	} else {
		p.Inlines = append(p.Inlines, w.fill("audit.retention", in(w.missing()))...)
	}
	reviewer := w.owner()
	if a.Reviewer != "" {
		reviewer = w.roleName(a.Reviewer)
	}
	p.Inlines = append(p.Inlines, doc.Text(" "+w.t("audit.reviewer", reviewer)))
	return []doc.Block{p}
}

// escalation is to whom an operator escalates a ticket that reveals a
// breach: the policy's words, else the standard ones.
func (w writer) escalation() string {
	if s := w.text(w.p.BreachEscalation); s != "" {
		return clause(s)
	}
	if w.org.DPO != nil {
		return w.t("std.breach_escalation")
	}
	return w.t("std.breach_escalation_nodpo")
}

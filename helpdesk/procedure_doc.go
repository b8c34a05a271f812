package helpdesk

import (
	"strings"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// ProcedureDocument returns the internal operator procedure in lang ("it"
// or "en"): the written instructions for the persons authorised to handle
// support data (Art. 29, 32(4); in Italy Codice art. 2-quaterdecies), as
// numbered steps in the imperative — first contact, identifying the
// customer without identity documents, collecting only the listed data
// (special categories included), impersonation, remote assistance with
// consent for every session, closure, requests from data subjects, breach
// escalation, retention and the audit log — with the roles and their
// permissions. It is classified for internal use.
//
// It is derived from the same policy as [PolicyDocument], so what
// operators are told and what customers are promised agree. Identical
// input gives an identical document.
func ProcedureDocument(org *gdpr.Organisation, reg *register.Register, p *Policy, lang string, opts DocumentOptions) *doc.Document {
	w := newWriter(org, reg, p, lang, opts)
	return &doc.Document{
		Meta: w.meta("pro.title", "pro.subject", "pro.classification", ProcedureIdentifier),
		Blocks: []doc.Block{
			w.proPurpose(),
			w.proRoles(),
			w.proProcessors(),
			w.proFirstContact(),
			w.proIdentify(),
			w.proCollect(),
			w.proImpersonation(),
			w.proRemote(),
			w.proClosure(),
			w.proRequests(),
			w.proBreach(),
			w.proRetention(),
			w.proAudit(),
		},
	}
}

// proPurpose says whom the procedure binds and what it implements.
func (w writer) proPurpose() doc.Section {
	codice := ""
	if w.org.Controller.Country == "IT" {
		codice = w.t("pro.purpose.codice")
	}
	pol := PolicyIdentifier
	if w.p.Version != "" {
		pol += " v" + w.p.Version
	}
	s := doc.Sec(w.t("pro.h.purpose"),
		w.para("pro.purpose", w.controllerName(), str(codice), str(w.activityName()), str(pol)))
	if w.p.Role == AsProcessor {
		s.Blocks = append(s.Blocks, doc.P(w.t("pro.purpose.processor")))
	}
	return doc.Sec(s.Title, append(s.Blocks, doc.P(w.t("pro.purpose.binding", w.owner())))...)
}

// proRoles is the table of roles with what each sees and may do.
func (w writer) proRoles() doc.Section {
	return doc.Sec(w.t("pro.h.roles"), doc.P(w.t("pro.roles.lead")), w.rolesTable(true), doc.P(w.t("pro.roles.credentials")))
}

// proProcessors names the systems and processors support data may go
// to, and forbids any other.
func (w writer) proProcessors() doc.Section {
	s := doc.Sec(w.t("pro.h.processors"))
	if len(w.p.AllProcessors()) == 0 {
		s.Blocks = append(s.Blocks, doc.P(w.t("pro.processors.lead_none", w.ticketingSystem())))
	} else {
		// The table right under the heading: no layout can part them.
		t, _ := w.processorsTable()
		s.Blocks = append(s.Blocks, t, doc.P(w.t("pro.processors.lead", w.ticketingSystem())))
	}
	return doc.Sec(s.Title, append(s.Blocks, doc.P(w.t("pro.processors.other")))...)
}

// proFirstContact opens the ticket, says per voice channel whether to
// record, and holds back data until the customer is identified.
func (w writer) proFirstContact() doc.Section {
	steps := []doc.Paragraph{doc.P(w.t("pro.first.ticket", w.ticketingSystem()))}
	for _, c := range w.p.Channels {
		name := upperFirst(c.Label(w.lang))
		switch {
		case c.Recording.Recorded:
			steps = append(steps, w.para("pro.first.recorded", str(name), w.orMissing(clause(w.text(c.Recording.Announcement)))))
		case c.Kind.Voice():
			steps = append(steps, doc.P(w.t("pro.first.not_recorded", name)))
		}
	}
	steps = append(steps, doc.P(w.t("pro.first.number")), doc.P(w.t("pro.first.identify")))
	t := doc.Table{Columns: []doc.Column{
		{Title: w.t("col.channel"), Width: 1.8}, {Title: w.t("col.contact_only"), Width: 2.6},
		{Title: w.t("col.hours"), Width: 2}, {Title: w.t("col.recording"), Width: 1.6},
	}}
	for _, c := range w.channels() {
		t.Rows = append(t.Rows, doc.Row{
			{doc.Text(upperFirst(c.Label(w.lang)))}, w.channelContact(c),
			{doc.Text(orDash(w.text(c.Hours)))}, {doc.Text(w.recordingShort(c))},
		})
	}
	return doc.Sec(w.t("pro.h.first"), t, numbered(steps...))
}

// proIdentify identifies the customer with data already known, never with
// identity documents.
func (w writer) proIdentify() doc.Section {
	return doc.Sec(w.t("pro.h.identify"), numbered(
		doc.P(w.t("pro.identify.match")),
		doc.P(w.t("pro.identify.reply")),
		doc.P(w.t("pro.identify.code")),
		doc.P(w.t("pro.identify.no_id")),
		doc.P(w.t("pro.identify.doubt", w.owner())),
	))
}

// proCollect lists the data of each channel and what to do with data
// outside the list, special categories included.
func (w writer) proCollect() doc.Section {
	t := doc.Table{Columns: []doc.Column{
		{Title: w.t("col.channel"), Width: 1.6}, {Title: w.t("col.mandatory"), Width: 2.6},
		{Title: w.t("col.optional"), Width: 2}, {Title: w.t("col.if_missing"), Width: 2.8},
	}}
	for _, c := range w.p.Channels {
		ifMissing := "—"
		if w.fieldNames(c, true) != "" {
			ifMissing = upperFirst(w.refusal(c))
		}
		t.Rows = append(t.Rows, doc.TextRow(upperFirst(c.Label(w.lang)),
			orDash(upperFirst(w.fieldNames(c, true))), orDash(upperFirst(w.fieldNames(c, false))), ifMissing))
	}
	steps := []doc.Paragraph{doc.P(w.t("pro.collect.only")), doc.P(w.t("pro.collect.missing")), doc.P(w.t("pro.collect.strip"))}
	if special, consent := w.hasSpecial(); special && consent {
		steps = append(steps, doc.P(w.t("pro.collect.special_consent")))
	} else {
		steps = append(steps, doc.P(w.t("pro.collect.special_strip")))
	}
	if tech := w.technicalOnly(); len(tech) > 0 {
		steps = append(steps, doc.P(w.t("pro.collect.technical", w.roleNames(tech, ""))))
	}
	steps = append(steps, doc.P(w.t("pro.collect.copies")))
	return doc.Sec(w.t("pro.h.collect"), doc.P(w.t("pro.collect.lead")), t, numbered(steps...))
}

// technicalOnly are the roles that see technical data but not tickets:
// escalations to them carry no contact data.
func (w writer) technicalOnly() []string {
	var out []string
	for _, r := range w.p.Roles {
		if r.Can(PermTechnicalData) && !r.Can(PermReadTickets) {
			out = append(out, r.ID)
		}
	}
	return out
}

// proImpersonation gives the steps of an impersonation, or forbids it.
func (w writer) proImpersonation() doc.Section {
	im := w.p.Impersonation
	s := doc.Sec(w.t("pro.h.impersonation"))
	if !im.Allowed {
		return doc.Sec(s.Title, doc.P(w.t("pro.imp.never")))
	}
	steps := []doc.Paragraph{doc.P(w.t("pro.imp.roles", w.roleNames(im.Roles, PermImpersonate)))}
	add := func(ok bool, key string, args ...any) {
		if ok {
			steps = append(steps, doc.P(w.t(key, args...)))
		}
	}
	add(im.OnlyToReproduce, "pro.imp.only_reproduce")
	add(im.TicketRequired, "pro.imp.ticket")
	add(im.CustomerInformed, "pro.imp.inform")
	add(im.ReadOnly, "pro.imp.read_only")
	add(len(im.Forbidden) > 0, "pro.imp.forbidden", w.actions(im.Forbidden))
	if im.TimeLimit != "" {
		add(true, "pro.imp.time_limit", im.TimeLimit.Words(w.lang))
	} else {
		steps = append(steps, w.para("pro.imp.time_limit", in(w.missing())))
	}
	add(im.Logged, "pro.imp.logged")
	add(true, "pro.imp.note")
	return doc.Sec(s.Title, numbered(steps...))
}

// proRemote gives the steps of a remote session: consent for every
// session, scope, logging, ending it; or forbids remote access.
func (w writer) proRemote() doc.Section {
	ra := w.p.RemoteAssistance
	s := doc.Sec(w.t("pro.h.remote"))
	if !ra.Allowed {
		return doc.Sec(s.Title, doc.P(w.t("pro.remote.never")))
	}
	tool := w.remoteTool()
	if tool == "" {
		tool = w.t("pol.remote.tool_generic")
	}
	steps := []doc.Paragraph{
		doc.P(w.t("pro.remote.roles", w.roleNames(ra.Roles, PermRemoteAssistance), tool)),
		doc.P(w.t("pro.remote.consent")),
		doc.Para(doc.B(w.t("pro.remote.consent_how")), doc.Text(upperFirst(sentence(w.textOr(ra.ConsentHow, "std.consent_how"))))),
		doc.P(w.t("pro.remote.no_consent")),
	}
	if ra.CustomerCanEnd {
		steps = append(steps, doc.P(w.t("pro.remote.can_end")))
	}
	steps = append(steps, doc.P(w.t("pro.remote.scope")))
	if ra.Recorded {
		steps = append(steps, doc.P(w.t("pro.remote.recorded")))
	} else {
		steps = append(steps, doc.P(w.t("pro.remote.not_recorded")))
	}
	steps = append(steps, w.para("pro.remote.logged", w.logged()), doc.P(w.t("pro.remote.end")), doc.P(w.t("pro.remote.note")))
	return doc.Sec(s.Title, numbered(steps...))
}

// proClosure closes tickets and stops processing them.
func (w writer) proClosure() doc.Section {
	c := w.p.Closure
	steps := []doc.Paragraph{doc.P(w.t("pro.closure.when"))}
	if c.AutoCloseAfter != "" {
		steps = append(steps, doc.P(w.t("pro.closure.auto", c.AutoCloseAfter.Words(w.lang))))
	}
	if n := w.text(c.Note); n != "" {
		steps = append(steps, doc.P(sentence(n)))
	}
	if c.NoFurtherProcessing {
		steps = append(steps, doc.P(w.t("pro.closure.no_further")))
	}
	steps = append(steps, doc.P(w.t("pro.closure.copies")))
	return doc.Sec(w.t("pro.h.closure"), numbered(steps...))
}

// proRequests routes requests from data subjects to the rights contact,
// with the deadline, the identity check, erasure and its legal holds.
func (w writer) proRequests() doc.Section {
	to := in(w.mail(w.rightsContact()))
	if ids := w.rolesWith(PermDataSubjectRights); len(ids) > 0 {
		to = append(to, doc.Text(" ("+w.roleNames(ids, "")+")"))
	}
	forward := "pro.req.forward"
	if w.p.Role == AsProcessor {
		forward = "pro.req.forward_processor"
	}
	steps := []doc.Paragraph{
		doc.P(w.t("pro.req.recognise")),
		w.para(forward, to),
		doc.P(w.t("pro.req.deadline")),
		doc.Para(doc.B(w.t("pro.req.identity")), doc.Text(upperFirst(sentence(w.textOr(w.p.Rights.IdentityCheck, "std.identity_check"))))),
		doc.P(w.t("pro.req.access")),
		doc.P(w.t("pro.req.erase", w.roleNames(nil, PermErase))),
	}
	if holds := w.holds(); len(holds) > 0 {
		steps = append(steps, doc.P(w.t("pro.req.holds", strings.Join(holds, "; "))))
	}
	if w.hasStage(StagePseudonymised) {
		steps = append(steps, doc.P(w.t("pro.req.reidentify", w.roleNames(nil, PermReidentify))))
	}
	return doc.Sec(w.t("pro.h.requests"), numbered(steps...))
}

// hasStage reports whether the retention goes through stage s.
func (w writer) hasStage(s Stage) bool {
	for _, st := range w.p.Retention.Stages {
		if st.Stage == s {
			return true
		}
	}
	return false
}

// proBreach escalates a ticket that reveals a breach (Art. 33).
func (w writer) proBreach() doc.Section {
	first := doc.P(w.t("pro.breach.recognise", w.escalation()))
	if d := w.org.DPO; d != nil && d.HasContact() {
		who := d.Name
		for _, c := range []string{d.Email, d.Phone} {
			if c != "" {
				who += ", " + c
			}
		}
		first.Inlines = append(first.Inlines, doc.Text(" "+w.t("pro.breach.dpo", who)))
	}
	steps := []doc.Paragraph{first,
		doc.P(w.t("pro.breach.clock")),
		doc.P(w.t("pro.breach.preserve")),
		doc.P(w.t("pro.breach.note")),
		doc.P(w.t("pro.breach.procedure")),
	}
	return doc.Sec(w.t("pro.h.breach"), numbered(steps...))
}

// proRetention repeats the stages operators see applied, with the rules
// around them.
func (w writer) proRetention() doc.Section {
	s := doc.Sec(w.t("pro.h.retention"), w.retentionBlocks()...)
	steps := []doc.Paragraph{doc.P(w.t("pro.ret.system", w.owner()))}
	if w.hasStage(StagePseudonymised) || w.hasStage(StageAnonymised) {
		steps = append(steps, doc.P(w.t("pro.ret.no_reidentify")))
	}
	return doc.Sec(s.Title, append(s.Blocks, numbered(steps...))...)
}

// proAudit states what the audit log records about everyone's work.
func (w writer) proAudit() doc.Section {
	return doc.Sec(w.t("pro.h.audit"), append([]doc.Block{doc.P(w.t("pro.audit.lead"))}, w.auditBlocks()...)...)
}

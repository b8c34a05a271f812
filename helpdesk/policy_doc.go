package helpdesk

import (
	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
	"github.com/gdprkit/gdprkit/notice"
	"github.com/gdprkit/gdprkit/register"
)

// PolicyDocument returns the public support-data policy in lang ("it" or
// "en"), addressed to customers in plain language: who we are and what it
// covers, the channels and whether they are recorded, the data each
// channel collects and why (with the consequence of not giving mandatory
// data), remote assistance and impersonation as commitments, the
// processors and transfers, who sees the data, the audit log and breach
// escalation, closure, the retention stages with their bounds, rights and
// how to exercise them, and the complaint to the supervisory authority.
//
// Everything is derived from p and the register activity it belongs to;
// where p leaves a value empty the catalog's standard wording stands in,
// and data a draft lacks show the "DA COMPLETARE / TO BE COMPLETED"
// marker. The privacy notice of opts.Notices that covers the activity is
// named as the full Art. 13 information. Identical input gives an
// identical document.
func PolicyDocument(org *gdpr.Organisation, reg *register.Register, p *Policy, lang string, opts DocumentOptions) *doc.Document {
	w := newWriter(org, reg, p, lang, opts)
	return &doc.Document{
		Meta: w.meta("pol.title", "pol.subject", "pol.classification", PolicyIdentifier),
		Blocks: []doc.Block{
			w.polScope(opts.Notices),
			w.polChannels(),
			w.polFields(),
			w.polRemote(),
			w.polImpersonation(),
			w.polRecipients(),
			w.polAccess(),
			w.polOversight(),
			w.polClosure(),
			w.polRetention(),
			w.polRights(),
			w.polComplaint(),
			w.polUpdates(),
		},
	}
}

// polScope names the controller (or the processor role), the register
// activity with its purposes and legal bases, the DPO and the notice.
func (w writer) polScope(notices []notice.Notice) doc.Section {
	name := w.controllerName()
	if a := w.org.Controller.Address; a != "" && w.org.Controller.Name != "" {
		name = str(w.org.Controller.Name + " (" + a + ")")
	}
	s := doc.Sec(w.t("pol.h.scope"))
	if w.p.Role == AsProcessor {
		s.Blocks = append(s.Blocks, w.para("pol.scope.processor", name))
	} else {
		s.Blocks = append(s.Blocks, w.para("pol.scope.controller", name))
	}
	s.Blocks = append(s.Blocks, doc.P(w.t("pol.scope.activity", w.activityName())))
	if w.act != nil && len(w.act.Purposes) > 0 {
		var items []doc.Paragraph
		for _, pu := range w.act.Purposes {
			basis := i18n.Missing(w.lang)
			art := ""
			if pu.LegalBasis != "" {
				basis, art = pu.LegalBasis.Label(w.lang), w.cite(pu.LegalBasis.Article())
			}
			items = append(items, doc.P(w.t("pol.scope.purpose", upperFirst(w.text(pu.Description)), basis, art)))
		}
		s.Blocks = append(s.Blocks, doc.P(w.t("pol.scope.purposes")), bullets(items...))
	}
	if d := w.org.DPO; d != nil && (d.Email != "" || d.PEC != "") {
		addr := d.Email
		if addr == "" {
			addr = d.PEC
		}
		s.Blocks = append(s.Blocks, w.para("pol.scope.dpo", in(w.mail(addr))))
	}
	return doc.Sec(s.Title, append(s.Blocks, w.noticeRef(notices))...)
}

// noticeRef names the privacy notice covering the activity, with its
// address when published.
func (w writer) noticeRef(notices []notice.Notice) doc.Paragraph {
	for _, n := range notices {
		if !n.Covers(w.reg, w.p.Activity) {
			continue
		}
		title := w.text(n.Title)
		if title == "" {
			title = i18n.Notice.T(w.lang, "title")
		}
		title = quoted(w.lang, title)
		if n.URL != "" {
			return w.para("pol.scope.notice_at", str(title), in(contact(n.URL)))
		}
		return w.para("pol.scope.notice", str(title))
	}
	return doc.P(w.t("pol.scope.notice_generic"))
}

// quoted puts a title in the language's quotation marks.
func quoted(lang, s string) string {
	if lang == "it" {
		return "«" + s + "»"
	}
	return "“" + s + "”"
}

// polChannels lists the channels with their recording policy and the
// rule that only listed data are collected.
func (w writer) polChannels() doc.Section {
	s := doc.Sec(w.t("pol.h.channels"), doc.P(w.t("pol.channels.lead")), w.channelsTable(), doc.P(w.t("pol.channels.only_listed")))
	if special, consent := w.hasSpecial(); special && consent {
		s.Blocks = append(s.Blocks, doc.P(w.t("pol.channels.special_consent")))
	} else {
		s.Blocks = append(s.Blocks, doc.P(w.t("pol.channels.special_strip")))
	}
	return s
}

// polFields has one subsection per channel: its purpose, the fields it
// collects, the consequence of not giving mandatory data and, for a
// recorded channel, the recording's purpose, announcement, listeners and
// retention.
func (w writer) polFields() doc.Section {
	s := doc.Sec(w.t("pol.h.fields"))
	for _, c := range w.p.Channels {
		// The table comes first, right under the heading, so no layout
		// leaves a heading and a line of text at the foot of a page with
		// the table on the next.
		sub := doc.Sec(upperFirst(c.Label(w.lang)))
		if len(c.Fields) == 0 {
			sub.Blocks = append(sub.Blocks, doc.P(w.t("fields.none")))
		} else {
			sub.Blocks = append(sub.Blocks, w.fieldsTable(c))
		}
		if pu := w.text(c.Purpose); pu != "" {
			sub.Blocks = append(sub.Blocks, doc.Para(doc.B(w.t("label.purpose")), doc.Text(sentence(pu))))
		}
		if w.fieldNames(c, true) != "" {
			sub.Blocks = append(sub.Blocks, doc.Para(doc.B(w.t("label.refusal")), doc.Text(upperFirst(w.refusal(c)))))
		}
		if w.fieldNames(c, false) != "" {
			sub.Blocks = append(sub.Blocks, doc.P(w.t("label.optional_ok")))
		}
		if c.Recording.Recorded {
			sub.Blocks = append(sub.Blocks, w.recordingNote(c))
		}
		s.Blocks = append(s.Blocks, sub)
	}
	return s
}

// recordingNote states why a recorded channel is recorded, how the person
// is told, who listens and how long recordings are kept (Art. 13, 15).
func (w writer) recordingNote(c Channel) doc.Note {
	r := c.Recording
	listeners := w.t("roles.none")
	if len(r.Listeners) > 0 {
		listeners = w.roleNames(r.Listeners, "")
	}
	ret := in(w.missing())
	if r.Retention != "" {
		ret = str(r.Retention.Words(w.lang))
	}
	return doc.Note{Kind: doc.NoteInfo, Title: w.t("rec.h"), Blocks: []doc.Block{
		w.para("rec.purpose", w.orMissing(clause(w.text(r.Purpose)))),
		w.para("rec.announcement", w.orMissing(clause(w.text(r.Announcement)))),
		doc.P(w.t("rec.listeners", listeners)),
		w.para("rec.retention", ret),
		doc.P(w.t("rec.access")),
	}}
}

// polRemote states remote assistance as commitments: per-session consent,
// the customer sees and ends the session, no later access, recording, and
// what is logged.
func (w writer) polRemote() doc.Section {
	ra := w.p.RemoteAssistance
	s := doc.Sec(w.t("pol.h.remote"))
	if !ra.Allowed {
		return doc.Sec(s.Title, doc.P(w.t("pol.remote.never")))
	}
	tool := w.remoteTool()
	if tool == "" {
		tool = w.t("pol.remote.tool_generic")
	}
	var items []doc.Paragraph
	if ra.Consent == ConsentPerSession {
		items = append(items, doc.P(w.t("pol.remote.consent")))
	} else {
		items = append(items, doc.Para(w.missing()))
	}
	if how := w.text(ra.ConsentHow); how != "" {
		items = append(items, doc.Para(doc.B(w.t("pol.remote.consent_how")), doc.Text(sentence(how))))
	}
	if ra.CustomerCanEnd {
		items = append(items, doc.P(w.t("pol.remote.can_end")))
	}
	if ra.NoLaterAccess {
		items = append(items, doc.P(w.t("pol.remote.no_later")))
	}
	if ra.Recorded {
		items = append(items, doc.P(w.t("rec.remote_yes")))
	} else {
		items = append(items, doc.P(w.t("pol.remote.not_recorded")))
	}
	items = append(items, w.para("pol.remote.logged", w.logged()))
	return doc.Sec(s.Title, doc.P(w.t("pol.remote.what", tool)), bullets(items...))
}

// logged lists what every remote session logs, or the marker.
func (w writer) logged() []doc.Inline {
	items := w.p.RemoteAssistance.Logged
	if len(items) == 0 {
		return in(w.missing())
	}
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = it.Label(w.lang)
	}
	return str(w.join(names))
}

// polImpersonation states impersonation's limits as commitments, or that
// operators never act as the customer.
func (w writer) polImpersonation() doc.Section {
	im := w.p.Impersonation
	s := doc.Sec(w.t("pol.h.impersonation"))
	if !im.Allowed {
		return doc.Sec(s.Title, doc.P(w.t("pol.imp.never")))
	}
	var items []doc.Paragraph
	add := func(ok bool, key string, args ...any) {
		if ok {
			items = append(items, doc.P(w.t(key, args...)))
		}
	}
	add(im.OnlyToReproduce, "pol.imp.only_reproduce")
	add(im.TicketRequired, "pol.imp.ticket")
	add(im.ReadOnly, "pol.imp.read_only")
	add(len(im.Forbidden) > 0, "pol.imp.forbidden", w.actions(im.Forbidden))
	add(im.TimeLimit != "", "pol.imp.time_limit", im.TimeLimit.Words(w.lang))
	add(im.Logged, "pol.imp.logged")
	add(im.CustomerInformed, "pol.imp.informed")
	items = append(items, doc.P(w.t("pol.imp.roles", w.roleNames(im.Roles, PermImpersonate))))
	return doc.Sec(s.Title, doc.P(w.t("pol.imp.what")), bullets(items...))
}

// actions joins forbidden actions in words, as alternatives: the
// sentences around them say "never".
func (w writer) actions(as []Action) string {
	names := make([]string, len(as))
	for i, a := range as {
		names[i] = a.Label(w.lang)
	}
	return w.joinOr(names)
}

// polRecipients names the ticketing provider and the processors, with the
// transfers outside the EEA.
func (w writer) polRecipients() doc.Section {
	s := doc.Sec(w.t("pol.h.recipients"))
	if len(w.p.AllProcessors()) == 0 {
		return doc.Sec(s.Title, doc.P(w.t("pol.recipients.none")))
	}
	lead := w.t("pol.recipients.lead")
	if w.p.Ticketing != "" {
		lead = w.t("pol.recipients.ticketing", w.recipientName(w.p.Ticketing)) + " " + lead
	}
	t, details := w.processorsTable()
	s.Blocks = append(s.Blocks, doc.P(lead), t,
		doc.P(i18n.Notice.T(w.lang, "recipients_processors")))
	if len(details) > 0 {
		s.Blocks = append(s.Blocks, doc.P(w.t("pol.recipients.transfers")), bullets(details...))
	}
	return s
}

// polAccess lists who inside the organisation sees support data.
func (w writer) polAccess() doc.Section {
	return doc.Sec(w.t("pol.h.access"), doc.P(w.t("pol.access.lead")), w.rolesTable(false))
}

// polOversight states the audit log and how a breach found in a ticket
// is escalated.
func (w writer) polOversight() doc.Section {
	s := doc.Sec(w.t("pol.h.oversight"), w.auditBlocks()...)
	return doc.Sec(s.Title, append(s.Blocks, doc.P(w.t("pol.breach", w.escalation())))...)
}

// polClosure states when tickets close and that a closed ticket is not
// processed further unless the customer writes again.
func (w writer) polClosure() doc.Section {
	c := w.p.Closure
	p := doc.Paragraph{Inlines: str(w.t("pol.closure.when"))}
	if c.AutoCloseAfter != "" {
		p.Inlines = append(p.Inlines, doc.Text(" "+w.t("pol.closure.auto", c.AutoCloseAfter.Words(w.lang))))
	}
	s := doc.Sec(w.t("pol.h.closure"), p)
	if c.NoFurtherProcessing {
		s.Blocks = append(s.Blocks, doc.P(w.t("pol.closure.no_further")))
	}
	if n := w.text(c.Note); n != "" {
		s.Blocks = append(s.Blocks, doc.P(n))
	}
	return s
}

// polRetention states the stages with their bounds, erasure on request
// and the legal holds.
func (w writer) polRetention() doc.Section {
	s := doc.Sec(w.t("pol.h.retention"), w.retentionBlocks()...)
	holds := w.holds()
	for i := range holds {
		holds[i] = upperFirst(holds[i])
	}
	switch {
	case w.p.Retention.ErasureOnRequest && len(holds) > 0:
		s.Blocks = append(s.Blocks, doc.P(w.t("pol.ret.erasure")), doc.P(w.t("pol.ret.holds_lead")), doc.Bullets(holds...))
	case w.p.Retention.ErasureOnRequest:
		s.Blocks = append(s.Blocks, doc.P(w.t("pol.ret.erasure_noholds")))
	default:
		s.Blocks = append(s.Blocks, doc.P(w.t("pol.ret.erasure_law")))
		if len(holds) > 0 {
			s.Blocks = append(s.Blocks, doc.P(w.t("pol.ret.holds_lead")), doc.Bullets(holds...))
		}
	}
	return s
}

// rights returns the rights the activity's legal bases give, without the
// complaint (a section of its own).
func (w writer) rights() []gdpr.Right {
	u := gdpr.RightsUse{Bases: []gdpr.LegalBasis{gdpr.Contract}}
	if w.act != nil && len(w.act.Purposes) > 0 {
		u.Bases = nil
		for _, p := range w.act.Purposes {
			if p.LegalBasis != "" {
				u.Bases = append(u.Bases, p.LegalBasis)
			}
			u.DirectMarketing = u.DirectMarketing || p.DirectMarketing
		}
		_, u.ExplicitConsent = w.hasSpecial()
		u.AutomatedDecisions = w.act.AutomatedDecisions != nil && w.act.AutomatedDecisions.Solely
	}
	var out []gdpr.Right
	for _, r := range gdpr.RightsFor(u) {
		if r != gdpr.RightComplain {
			out = append(out, r)
		}
	}
	return out
}

// rightText describes a right in the notice's words where the notice has
// them, so both say the same.
func (w writer) rightText(r gdpr.Right) string {
	switch r {
	case gdpr.RightObject, gdpr.RightWithdraw:
		return w.t("pol.right." + string(r))
	case gdpr.RightAccess:
		return i18n.Notice.T(w.lang, "right_access") + w.t("pol.rights.access_extra")
	}
	return i18n.Notice.T(w.lang, "right_"+string(r))
}

// polRights lists the rights, where to send requests, the identity check,
// the one-month reply and that it is free.
func (w writer) polRights() doc.Section {
	var items []doc.Paragraph
	for _, r := range w.rights() {
		items = append(items, doc.Para(doc.B(upperFirst(r.Label(w.lang))+" "+i18n.Paren(w.cite(r.Article()))+": "), doc.Text(w.rightText(r))))
	}
	s := doc.Sec(w.t("pol.h.rights"), doc.P(w.t("pol.rights.lead")), bullets(items...))
	addr := in(w.mail(w.rightsContact()))
	if u := w.p.Rights.URL; u != "" {
		s.Blocks = append(s.Blocks, w.para("pol.rights.how_form", addr, in(contact(u))))
	} else {
		s.Blocks = append(s.Blocks, w.para("pol.rights.how", addr))
	}
	if d := w.org.DPO; d != nil && d.Email != "" {
		s.Blocks = append(s.Blocks, doc.Paragraph{Inlines: w.fillFrom(i18n.Notice, "rights_how_dpo", in(w.mail(d.Email)))})
	}
	s.Blocks = append(s.Blocks,
		doc.Para(doc.B(w.t("label.identity")), doc.Text(w.textOr(w.p.Rights.IdentityCheck, "std.identity_check"))),
		doc.P(i18n.Notice.T(w.lang, "rights_deadline")),
		doc.P(w.t("pol.rights.free")))
	if n := w.text(w.p.Rights.Note); n != "" {
		s.Blocks = append(s.Blocks, doc.P(n))
	}
	return s
}

// polComplaint names the supervisory authority of the controller's
// country, in the notice's words.
func (w writer) polComplaint() doc.Section {
	s := doc.Sec(i18n.Notice.T(w.lang, "sec_complaint"))
	a, ok := gdpr.AuthorityFor(w.org.Controller.Country)
	switch {
	case ok && a.Country == "IT":
		s.Blocks = append(s.Blocks, doc.Paragraph{Inlines: w.fillFrom(i18n.Notice, "complaint_garante", w.authorityContacts(a))})
	case ok:
		s.Blocks = append(s.Blocks, doc.Paragraph{Inlines: w.fillFrom(i18n.Notice, "complaint", str(a.LocalName(w.lang)), w.authorityContacts(a))})
	default:
		s.Blocks = append(s.Blocks, doc.P(i18n.Notice.T(w.lang, "complaint_generic")))
	}
	return doc.Sec(s.Title, append(s.Blocks, doc.Paragraph{Inlines: w.fillFrom(i18n.Notice, "complaint_edpb", in(contact(gdpr.EDPBMembers)))})...)
}

// authorityContacts are an authority's address, web site and PEC or email.
func (w writer) authorityContacts(a gdpr.Authority) []doc.Inline {
	var out []doc.Inline
	sep := func() {
		if len(out) > 0 {
			out = append(out, doc.Text("; "))
		}
	}
	if a.Address != "" {
		out = append(out, doc.Text(a.Address))
	}
	if a.Website != "" {
		sep()
		out = append(out, contact(a.Website))
	}
	switch {
	case a.PEC != "":
		sep()
		out = append(out, doc.Text("PEC "), w.mail(a.PEC))
	case a.Email != "":
		sep()
		out = append(out, w.mail(a.Email))
	}
	return out
}

// polUpdates dates the policy and names who keeps it.
func (w writer) polUpdates() doc.Section {
	s := doc.Sec(w.t("pol.h.updates"), doc.P(w.t("pol.updates")))
	date := doc.FormatDate(w.date())
	switch {
	case w.p.Version != "" && date != "":
		s.Blocks = append(s.Blocks, doc.P(w.t("pol.version", w.p.Version, date)))
	case date != "":
		s.Blocks = append(s.Blocks, doc.P(w.t("pol.date", date)))
	}
	if w.p.Owner != "" {
		s.Blocks = append(s.Blocks, doc.P(w.t("pol.owner", w.p.Owner)))
	}
	return s
}

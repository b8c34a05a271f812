package breach

import (
	"fmt"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// AssessmentReport returns the assessment report of one incident in lang:
// the summary of the decisions, the facts, the timeline, the ENISA
// severity with its inputs and justifications, the risk assessment and
// the duties that follow with their deadlines, the measures, the
// notifications, and the open points the rules find for the incident.
// now is the pack's date: deadlines and time left are computed at it.
func AssessmentReport(org *gdpr.Organisation, reg *register.Register, b *Breach, inc *Incident, now time.Time, lang string) *doc.Document {
	w := newWriter(org, reg, b, lang)
	a := Assess(w.org, w.reg, w.b, inc, now)
	m := w.incidentMeta(inc, w.t("r.title", inc.ID), now)
	blocks := []doc.Block{
		w.reportSummary(a),
		w.reportFacts(inc),
		w.reportTimeline(inc),
		w.reportSeverity(a),
		w.reportDecisions(a),
		w.reportMeasures(inc),
	}
	if n := w.reportNotices(inc); n != nil {
		blocks = append(blocks, *n)
	}
	blocks = append(blocks, w.reportFindings(inc, now))
	return &doc.Document{Meta: m, Blocks: blocks}
}

// incidentMeta is the metadata of an incident document.
func (w writer) incidentMeta(inc *Incident, title string, now time.Time) doc.Meta {
	m := w.meta(title, now)
	m.Subtitle = strings.TrimSpace(w.text(inc.Title) + " — " + w.org.Controller.Name)
	m.Identifier = inc.ID
	m.Version = latestRevision(inc.Revisions)
	m.Revisions = w.revisions(inc.Revisions)
	m.Classification = w.t("doc.confidential")
	return m
}

func (w writer) reportSummary(a Assessment) doc.Section {
	inc := a.Incident
	level := w.t("a.not_assessed")
	if a.Level != "" {
		level = a.Level.Label(w.lang)
	}
	status := inc.Status.Label(w.lang)
	items := []doc.Definition{
		w.def(w.t("r.incident"), w.text(inc.Title)),
		doc.Def(w.t("r.status"), orDash(status)),
		doc.Def(w.t("a.role"), a.Role.Label(w.lang)),
		doc.Def(w.t("a.severity"), a.severityLine(w.lang)),
		doc.Def(w.t("a.risk"), level),
		doc.Def(w.t("a.aware"), w.time(a.Aware)),
	}
	if !a.Deadline.IsZero() {
		items = append(items, doc.Def(w.t("a.deadline"), w.time(a.Deadline)))
		switch {
		case !a.Notified.IsZero():
			items = append(items, doc.Def(w.t("a.notified"), fmt.Sprintf("%s, %s %s", w.time(a.Notified), formatSpan(a.Elapsed), w.t("a.after_awareness"))))
		case a.TimeLeft >= 0:
			items = append(items, doc.Def(w.t("a.time_left"), formatSpan(a.TimeLeft)))
		default:
			items = append(items, doc.Def(w.t("a.overdue_by"), formatSpan(-a.TimeLeft)))
		}
	}
	blocks := []doc.Block{doc.Defs(items...), doc.P(w.decisionSentence(a))}
	if a.Late && !a.Notified.IsZero() {
		kind := doc.NoteWarning
		body := w.t("r.late", formatSpan(a.Elapsed))
		if !inc.DelayReasons.IsEmpty() {
			kind = doc.NoteLegal
			body += " " + w.t("r.late_reasons")
		} else {
			body += " " + w.t("r.late_no_reasons")
		}
		blocks = append(blocks, doc.Note{Kind: kind, Title: w.t("r.late_title"), Blocks: []doc.Block{doc.P(body)}})
	}
	return doc.Sec(w.t("r.h.summary"), blocks...)
}

// decisionSentence says in one sentence what the assessment leads to.
func (w writer) decisionSentence(a Assessment) string {
	switch {
	case a.Level == NotABreach:
		return w.t("r.dec.not_a_breach")
	case a.Role.IsProcessor():
		return w.t("r.dec.processor")
	case a.Level == Unlikely:
		return w.t("r.dec.unlikely")
	case a.Level == HighRisk:
		if d, _ := a.Duty(DutyCommunicate); d.State == Exempt {
			return w.t("r.dec.high_exempt", w.art(a.Incident.Communication.Exemption.Article()))
		}
		return w.t("r.dec.high")
	case a.Level == Risk:
		return w.t("r.dec.risk")
	}
	return w.t("r.dec.undetermined")
}

func (w writer) reportFacts(inc *Incident) doc.Section {
	mp := inc.MeasuresInPlace
	backup := w.t("r.unknown")
	if mp.Backup != nil {
		backup = w.yesNo(*mp.Backup)
	}
	enc := w.t("r.unknown")
	if mp.Encryption != "" {
		enc = mp.Encryption.Label(w.lang)
	}
	cause := inc.Cause.Label(w.lang)
	if d := w.text(inc.CauseDetails); d != "" {
		cause = strings.TrimPrefix(cause+" — "+d, " — ")
	}
	facts := []doc.Definition{
		w.def(w.t("r.nature"), w.natures(inc.Nature)),
		doc.Def(w.t("r.cause"), orDash(cause)),
		doc.Def(w.t("r.discovered"), orDash(inc.DiscoveredBy.Label(w.lang))),
		w.def(w.t("r.activities"), strings.Join(w.activityNames(inc.Activities), "; ")),
		w.def(w.t("r.subjects"), strings.Join(w.subjectNames(inc.DataSubjects), "; ")),
		w.def(w.t("r.data"), strings.Join(w.categoryNames(inc.DataCategories), "; ")),
	}
	if len(inc.Systems) > 0 {
		facts = append(facts, doc.Def(w.t("r.systems"), strings.Join(w.systemNames(inc.Systems), "; ")))
	}
	facts = append(facts,
		doc.Def(w.t("r.people"), w.count(inc.People)),
		doc.Def(w.t("r.records"), w.count(inc.Records)),
		doc.Def(w.t("r.encryption"), enc),
		doc.Def(w.t("r.backup"), backup),
	)
	if d := w.text(mp.Description); d != "" {
		facts = append(facts, doc.Def(w.t("r.other_measures"), d))
	}
	return doc.Sec(w.t("r.h.facts"), append(w.textOrMissing(inc.Description), doc.Defs(facts...))...)
}

// timelineEvent is one row of an incident's timeline.
type timelineEvent struct {
	at    time.Time
	label string
}

// events lists the incident's dated events in order.
func (w writer) events(inc *Incident) []timelineEvent {
	t := inc.Timeline
	var out []timelineEvent
	add := func(ts Timestamp, label string) {
		if !ts.IsZero() {
			out = append(out, timelineEvent{ts.Time, label})
		}
	}
	occurred := w.t("r.ev.occurred")
	if t.Estimated {
		occurred += " (" + w.t("r.estimated") + ")"
	}
	add(t.Occurred, occurred)
	add(t.OccurredUntil, w.t("r.ev.occurred_until"))
	add(t.Detected, w.t("r.ev.detected"))
	add(t.Aware, w.t("r.ev.aware"))
	add(t.ProcessorToController, w.t("r.ev.processor"))
	add(t.Contained, w.t("r.ev.contained"))
	add(inc.Risk.Assessed, w.t("r.ev.assessed"))
	for _, n := range inc.Notifications {
		add(n.Sent, w.t("r.ev.notification", n.Type.Label(w.lang)))
	}
	if c := inc.Communication; c != nil {
		add(c.Sent, w.t("r.ev.communication"))
	}
	for _, o := range inc.OtherNotifications {
		add(o.Sent, w.t("r.ev.other", w.text(o.To)))
	}
	add(t.Closed, w.t("r.ev.closed"))
	// Stable insertion sort by instant: the list is short.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].at.Before(out[j-1].at); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func (w writer) reportTimeline(inc *Incident) doc.Section {
	tab := doc.Table{Columns: []doc.Column{{Title: w.t("r.col.when"), Width: 2}, {Title: w.t("r.col.event"), Width: 4}}}
	for _, e := range w.events(inc) {
		tab.Rows = append(tab.Rows, doc.TextRow(w.time(e.at), e.label))
	}
	if len(tab.Rows) == 0 {
		return doc.Sec(w.t("r.h.timeline"), doc.P(w.orMissing("")))
	}
	return doc.Sec(w.t("r.h.timeline"), tab)
}

func (w writer) reportSeverity(a Assessment) doc.Section {
	inc := a.Incident
	sv := inc.Severity
	if sv == nil {
		return doc.Sec(w.t("r.h.severity"), doc.Note{Kind: doc.NoteMissing, Blocks: []doc.Block{doc.P(w.t("r.severity_missing"))}})
	}
	s := a.Score
	data := doc.Table{Caption: w.t("p.enisa.dpc"), Columns: []doc.Column{
		{Title: w.t("p.col.type"), Width: 1.6}, {Title: w.t("r.col.data"), Width: 2.6}, {Title: w.t("p.col.base"), Width: 0.7}, {Title: "DPC", Width: 0.7}, {Title: w.t("r.col.justification"), Width: 4},
	}}
	for _, d := range sv.Data {
		what := w.text(d.Description)
		if what == "" {
			what = strings.Join(w.categoryNames(d.Categories), "; ")
		}
		just := w.text(d.Justification)
		if d.Adjusted() && just == "" {
			just = w.orMissing("")
		}
		data.Rows = append(data.Rows, doc.TextRow(d.Type.Label(w.lang), orDash(what), fmt.Sprint(d.Type.Base()), fmt.Sprint(d.Effective()), orDash(just)))
	}
	ei := w.t("r.unknown")
	if sv.EaseOfIdentification != "" {
		ei = fmt.Sprintf("%s (%s)", formatScore(sv.EaseOfIdentification.Value(), w.lang), sv.EaseOfIdentification.Label(w.lang))
	}
	if r := w.text(sv.EaseReasons); r != "" {
		ei += " — " + r
	}
	cb := doc.Table{Caption: w.t("p.enisa.cb"), Columns: []doc.Column{{Title: w.t("p.col.element"), Width: 2}, {Title: w.t("r.col.finding"), Width: 4}, {Title: w.t("r.col.points"), Width: 1}}}
	elem := func(name string, label string, pts float64) {
		cb.Rows = append(cb.Rows, doc.TextRow(name, orDash(label), formatScore(pts, w.lang)))
	}
	elem(Confidentiality.Label(w.lang), sv.Confidentiality.Label(w.lang), s.Confidentiality)
	elem(Integrity.Label(w.lang), sv.Integrity.Label(w.lang), s.Integrity)
	elem(Availability.Label(w.lang), sv.Availability.Label(w.lang), s.Availability)
	intent := w.t("p.enisa.error")
	if sv.Malicious {
		intent = w.t("p.enisa.intent")
	}
	elem(w.t("a.malicious"), intent, s.Malice)
	cb.Rows = append(cb.Rows, doc.Row{{doc.B("CB")}, {}, {doc.B(formatScore(s.CB, w.lang))}})

	result := []doc.Definition{doc.Def("SE", a.severityLine(w.lang))}
	if s.Assessed {
		result = append(result, doc.Def(w.t("p.col.effect"), s.Final.Effect(w.lang)))
	}
	if sv.ArguedBand != "" {
		result = append(result, w.def(w.t("r.argued"), sv.ArguedBand.Label(w.lang)+" — "+w.text(sv.ArguedReasons)))
	}
	if f := a.flagsLine(w.lang); f != "" {
		result = append(result, doc.Def(w.t("a.flags"), f))
	}
	return doc.Sec(w.t("r.h.severity"),
		data, doc.Defs(doc.Def(w.t("p.enisa.ei"), ei)), cb, doc.Defs(result...),
		doc.Note{Kind: doc.NoteInfo, Blocks: []doc.Block{doc.P(w.t("p.enisa.threshold"))}},
	)
}

func (w writer) reportDecisions(a Assessment) doc.Section {
	inc := a.Incident
	r := inc.Risk
	items := []doc.Definition{
		doc.Def(w.t("a.risk"), orDash(r.Level.Label(w.lang))),
		w.def(w.t("r.reasons"), w.text(r.Reasons)),
	}
	if r.AssessedBy != "" || !r.Assessed.IsZero() {
		items = append(items, doc.Def(w.t("r.assessed_by"), strings.TrimSuffix(r.AssessedBy+", "+formatTime(r.Assessed.Time, w.s.loc), ", ")))
	}
	if o := w.text(r.DPOOpinion); o != "" {
		items = append(items, doc.Def(w.t("r.dpo_opinion"), o))
	}
	duties := doc.Table{Columns: []doc.Column{
		{Title: w.t("r.col.duty"), Width: 3}, {Title: w.t("p.col.reference"), Width: 1.2}, {Title: w.t("r.col.state"), Width: 1.6}, {Title: w.t("p.col.deadline"), Width: 2.2}, {Title: w.t("r.col.done"), Width: 2.2},
	}}
	for _, d := range a.Duties {
		due := w.t("a.without_delay")
		switch {
		case d.Kind == DutyRecord || d.State == NotRequired || d.State == Exempt:
			due = "—"
		case !d.Due.IsZero() && d.Legal:
			due = w.time(d.Due)
		case !d.Due.IsZero():
			due = w.t("r.target", w.time(d.Due))
		}
		state := d.State.Label(w.lang)
		if d.State == Exempt {
			state = w.art(inc.Communication.Exemption.Article())
		}
		duties.Rows = append(duties.Rows, doc.TextRow(d.Kind.Label(w.lang), w.art(d.Kind.Article()), state, due, w.time(d.Done)))
	}
	blocks := []doc.Block{doc.Defs(items...), duties}
	if c := inc.Communication; c != nil && c.Exemption != "" {
		blocks = append(blocks, doc.Note{Kind: doc.NoteLegal, Title: w.art(c.Exemption.Article()) + " — " + c.Exemption.Label(w.lang),
			Blocks: w.textOrMissing(c.Justification)})
	}
	if !inc.DelayReasons.IsEmpty() {
		blocks = append(blocks, doc.Sec(w.t("r.h.delay"), paras(w.text(inc.DelayReasons))...))
	}
	if (a.Requires(DutyNotifyAuthority) || len(inc.Notifications) > 0) && len(a.Missing) > 0 {
		blocks = append(blocks, doc.Note{Kind: doc.NoteMissing, Title: w.t("a.missing"), Blocks: []doc.Block{doc.Bullets(w.itemLabels(a.Missing)...)}})
	}
	return doc.Sec(w.t("r.h.decisions"), blocks...)
}

func (w writer) itemLabels(items []Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = fmt.Sprintf("%s (%s)", it.Label(w.lang), w.art(it.Article()))
	}
	return out
}

func (w writer) reportMeasures(inc *Incident) doc.Section {
	blocks := []doc.Block{doc.Sec(w.t("r.h.consequences"), w.textOrMissing(inc.Consequences)...)}
	blocks = append(blocks, doc.Sec(w.t("r.h.measures_taken"), w.textOrMissing(inc.MeasuresTaken)...))
	if len(inc.Actions) > 0 {
		blocks = append(blocks, doc.Sec(w.t("r.h.actions"), w.actionsTable(inc.Actions)))
	}
	if l := w.text(inc.LessonsLearned); l != "" {
		blocks = append(blocks, doc.Sec(w.t("r.h.lessons"), paras(l)...))
	}
	return doc.Sec(w.t("r.h.measures"), blocks...)
}

func (w writer) actionsTable(actions []Action) doc.Table {
	tab := doc.Table{Columns: []doc.Column{
		{Title: w.t("r.col.action"), Width: 4}, {Title: w.t("r.col.owner"), Width: 1.6}, {Title: w.t("r.col.due"), Width: 1.2}, {Title: w.t("r.col.completed"), Width: 1.2},
	}}
	for _, a := range actions {
		tab.Rows = append(tab.Rows, doc.TextRow(w.orMissing(w.text(a.Description)), orDash(a.Owner), orDash(string(a.Due)), orDash(string(a.Done))))
	}
	return tab
}

func (w writer) reportNotices(inc *Incident) *doc.Section {
	var blocks []doc.Block
	if len(inc.Notifications) > 0 {
		tab := doc.Table{Caption: w.t("r.notifications", w.authorityName()), Columns: []doc.Column{
			{Title: w.t("r.col.type"), Width: 1.4}, {Title: w.t("r.col.sent"), Width: 2}, {Title: w.t("r.col.reference"), Width: 1.6}, {Title: w.t("r.col.notes"), Width: 3.4},
		}}
		for _, n := range inc.Notifications {
			note := w.text(n.Pending)
			if note != "" {
				note = w.t("r.pending", note)
			}
			if n.Type == Withdrawn {
				note = w.text(n.Reason)
			}
			if n.Completes {
				note = strings.TrimPrefix(note+"; "+w.t("r.completes"), "; ")
			}
			tab.Rows = append(tab.Rows, doc.TextRow(n.Type.Label(w.lang), w.time(n.Sent.Time), orDash(n.Reference), orDash(note)))
		}
		blocks = append(blocks, tab)
	}
	if c := inc.Communication; c.Done() {
		items := []doc.Definition{
			doc.Def(w.t("r.col.sent"), w.time(c.Sent.Time)),
			w.def(w.t("r.channel"), w.text(c.Channel)),
		}
		if c.Count > 0 {
			items = append(items, doc.Def(w.t("r.informed"), formatNumber(c.Count, w.lang)))
		}
		if len(c.Languages) > 0 {
			items = append(items, doc.Def(w.t("r.languages"), strings.Join(c.Languages, ", ")))
		}
		if s := w.text(c.Content); s != "" {
			items = append(items, doc.Def(w.t("r.content"), s))
		}
		blocks = append(blocks, doc.Sec(w.t("r.h.communication"), doc.Defs(items...)))
	}
	if len(inc.OtherNotifications) > 0 {
		tab := doc.Table{Caption: w.t("r.other"), Columns: []doc.Column{{Title: w.t("r.col.to"), Width: 2.5}, {Title: w.t("r.col.sent"), Width: 2}, {Title: w.t("r.col.reference"), Width: 2}}}
		for _, o := range inc.OtherNotifications {
			tab.Rows = append(tab.Rows, doc.TextRow(w.text(o.To), w.time(o.Sent.Time), orDash(o.Reference)))
		}
		blocks = append(blocks, tab)
	}
	if len(inc.Evidence) > 0 {
		blocks = append(blocks, doc.Sec(w.t("r.h.evidence"), doc.Bullets(inc.Evidence...)))
	}
	if len(blocks) == 0 {
		return nil
	}
	s := doc.Sec(w.t("r.h.notices"), blocks...)
	return &s
}

// reportFindings lists what the rules find wrong with this incident, so
// the report shows what is still to do.
func (w writer) reportFindings(inc *Incident, now time.Time) doc.Section {
	r := Check(w.org, w.reg, w.b, now)
	prefix := w.pathOf(inc)
	var items []string
	for _, d := range r.Diagnostics {
		if prefix == "" || (d.Path != prefix && !strings.HasPrefix(d.Path, prefix+".")) {
			continue
		}
		items = append(items, fmt.Sprintf("%s: %s (%s) [%s]", w.severityLabel(d.Severity), d.Message.In(w.lang), w.art(d.Article), d.Rule))
	}
	if len(items) == 0 {
		return doc.Sec(w.t("r.h.findings"), doc.P(w.t("r.no_findings")))
	}
	return doc.Sec(w.t("r.h.findings"), doc.Bullets(items...))
}

func (w writer) severityLabel(s check.Severity) string { return w.t("r.sev." + s.String()) }

// pathOf returns the YAML path of inc in the breach section: by identity,
// else by id; "" when it is not there.
func (w writer) pathOf(inc *Incident) string {
	for i := range w.b.Incidents {
		if &w.b.Incidents[i] == inc {
			return incidentPath(i)
		}
	}
	for i := range w.b.Incidents {
		if w.b.Incidents[i].ID == inc.ID {
			return incidentPath(i)
		}
	}
	return ""
}

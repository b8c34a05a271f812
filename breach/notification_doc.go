package breach

import (
	"fmt"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// Notification returns the draft notification of one incident to the
// supervisory authority in lang (Art. 33(3)(a)–(d)), organised like the
// sections of the EDPB common template: notification and controller,
// reporting person, DPO, timeline with the reasons for any delay, nature,
// people and data, measures in place, consequences, risk assessment,
// measures taken, communication to the people, other notifications. What
// is still missing is marked and listed (Art. 33(4)).
func Notification(org *gdpr.Organisation, reg *register.Register, b *Breach, inc *Incident, now time.Time, lang string) *doc.Document {
	w := newWriter(org, reg, b, lang)
	d := Draft(w.org, w.reg, w.b, inc, now)
	m := w.incidentMeta(inc, w.t("n.title"), now)
	m.Subtitle = w.controllerName() + " → " + w.authorityName()

	var blocks []doc.Block
	intro := []doc.Block{doc.P(w.t("n.intro", w.orMissing(d.Authority.Channel)))}
	if len(d.Missing) > 0 {
		intro = append(intro, doc.P(w.t("n.phased")), doc.Bullets(w.itemLabels(d.Missing)...))
	}
	blocks = append(blocks, doc.Note{Kind: doc.NoteInfo, Title: w.t("n.draft"), Blocks: intro})
	blocks = append(blocks,
		w.notifKind(d),
		w.notifReporter(d),
		w.notifDPO(d),
		w.notifTimeline(d),
		w.notifNature(d),
		w.notifScope(d),
		doc.Sec(w.t("n.h.in_place"), doc.Defs(w.protectionDefs(d.MeasuresInPlace)...)),
		w.notifConsequences(d),
		doc.Sec(w.t("n.h.risk"), doc.Defs(
			doc.Def(w.t("n.outcome"), orDash(d.RiskAssessment.Outcome.Label(w.lang))),
			w.def(w.t("r.reasons"), w.text(d.RiskAssessment.Description)))),
		w.notifMeasures(d),
		w.notifCommunication(d),
	)
	if len(d.Other) > 0 || len(d.Attachments) > 0 {
		blocks = append(blocks, w.notifOther(d))
	}
	return &doc.Document{Meta: m, Blocks: blocks}
}

func (w writer) notifKind(d NotificationDraft) doc.Section {
	k := d.Notification
	c := d.Controller
	items := []doc.Definition{
		doc.Def(w.t("n.type"), w.t("n.type."+k.Type)),
		doc.Def(w.t("n.subtype"), w.t("n.subtype."+k.Subtype)),
	}
	if k.Submission != "" {
		items = append(items, doc.Def(w.t("n.submission"), fmt.Sprintf("%s, %s", k.Submission.Label(w.lang), w.time(k.Sent.Time))))
	}
	if k.Reference != "" {
		items = append(items, doc.Def(w.t("r.col.reference"), k.Reference))
	}
	if k.Previous != "" {
		items = append(items, doc.Def(w.t("n.previous"), k.Previous))
	}
	if !k.Reason.IsEmpty() {
		items = append(items, doc.Def(w.t("n.withdraw_reason"), w.text(k.Reason)))
	}
	items = append(items,
		w.def(w.t("n.controller"), c.Name),
		w.def(w.t("n.address"), c.Address),
	)
	if c.VAT != "" {
		items = append(items, doc.Def(w.t("n.vat"), c.VAT))
	}
	items = append(items, w.def(w.t("p.col.contacts"), strings.Join(nonEmpty(c.Email, c.PEC, c.Phone), ", ")))
	if r := d.Representative; r != nil {
		items = append(items, doc.Def(w.t("n.representative"), strings.Join(nonEmpty(r.Name, r.Address, r.Email), ", ")))
	}
	return doc.Sec(w.t("n.h.kind"), doc.Defs(items...))
}

func (w writer) notifReporter(d NotificationDraft) doc.Section {
	p := d.ReportingPerson
	if p == nil {
		return doc.Sec(w.t("n.h.reporter"), doc.P(w.orMissing("")))
	}
	return doc.Sec(w.t("n.h.reporter"), doc.Defs(
		doc.Def(w.t("n.name"), p.Name),
		doc.Def(w.t("n.function"), orDash(strings.TrimSuffix(w.text(p.Function)+" — "+p.Role.Label(w.lang), " — "))),
		w.def(w.t("p.col.contacts"), strings.Join(nonEmpty(p.Email, p.Phone), ", ")),
	), doc.P(w.t("n.accuracy")))
}

func (w writer) notifDPO(d NotificationDraft) doc.Section {
	name, contacts, isDPO := w.contactPoint()
	items := []doc.Definition{doc.Def(w.t("n.dpo_designated"), w.yesNo(d.DPO.Designated))}
	label := w.t("n.contact_point")
	if isDPO {
		label = w.t("n.dpo")
	}
	items = append(items, w.def(label, name), w.def(w.t("p.col.contacts"), strings.Join(contacts, ", ")))
	return doc.Sec(w.t("n.h.dpo"), doc.Defs(items...))
}

func (w writer) notifTimeline(d NotificationDraft) doc.Section {
	t := d.Timeline
	occurred := w.time(t.Occurred.Time)
	if !t.OccurredUntil.IsZero() {
		occurred += " – " + w.time(t.OccurredUntil.Time)
	}
	if t.Estimated {
		occurred += " (" + w.t("r.estimated") + ")"
	}
	items := []doc.Definition{
		doc.Def(w.t("n.occurred"), occurred),
		w.def(w.t("n.aware"), formatTime(t.Aware.Time, w.s.loc)),
		doc.Def(w.t("r.ev.detected"), w.time(t.Detected.Time)),
		doc.Def(w.t("r.discovered"), orDash(t.DiscoveredBy.Label(w.lang))),
	}
	if !t.Deadline.IsZero() {
		items = append(items, doc.Def(w.t("a.deadline"), w.time(t.Deadline)))
	}
	blocks := []doc.Block{doc.Defs(items...)}
	if t.Late || !t.DelayReasons.IsEmpty() {
		blocks = append(blocks, doc.Sec(w.t("r.h.delay"), w.textOrMissing(t.DelayReasons)...))
	}
	return doc.Sec(w.t("n.h.timeline"), blocks...)
}

func (w writer) notifNature(d NotificationDraft) doc.Section {
	n := d.Nature
	items := []doc.Definition{
		w.def(w.t("r.nature"), w.natures(n.Types)),
		doc.Def(w.t("r.cause"), orDash(strings.TrimSuffix(n.Cause.Label(w.lang)+" — "+w.text(n.CauseDetails), " — "))),
	}
	if len(n.Systems) > 0 {
		items = append(items, doc.Def(w.t("r.systems"), strings.Join(n.Systems, "; ")))
	}
	return doc.Sec(w.t("n.h.nature"), append(w.textOrMissing(n.Description), doc.Defs(items...))...)
}

func (w writer) categoryCells(cs []DraftCategory) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.Name.In(w.lang)
		if names[i] == "" {
			names[i] = c.ID
		}
		var marks []string
		if c.Special {
			marks = append(marks, w.t("doc.special"))
		}
		if c.Criminal {
			marks = append(marks, w.t("doc.criminal"))
		}
		if c.Minors {
			marks = append(marks, w.t("doc.minors"))
		}
		if c.Vulnerable {
			marks = append(marks, w.t("doc.vulnerable"))
		}
		if len(marks) > 0 {
			names[i] += " (" + strings.Join(marks, ", ") + ")"
		}
	}
	return strings.Join(names, "; ")
}

func (w writer) notifScope(d NotificationDraft) doc.Section {
	return doc.Sec(w.t("n.h.scope"), doc.Defs(
		w.def(w.t("r.subjects"), w.categoryCells(d.DataSubjects.Categories)),
		doc.Def(w.t("n.people"), w.count(d.DataSubjects.Count)),
		w.def(w.t("r.data"), w.categoryCells(d.PersonalData.Categories)),
		doc.Def(w.t("n.records"), w.count(d.PersonalData.Records)),
	))
}

func (w writer) protectionDefs(p Protection) []doc.Definition {
	enc, backup := w.t("r.unknown"), w.t("r.unknown")
	if p.Encryption != "" {
		enc = p.Encryption.Label(w.lang)
	}
	if p.Backup != nil {
		backup = w.yesNo(*p.Backup)
	}
	items := []doc.Definition{doc.Def(w.t("r.encryption"), enc), doc.Def(w.t("r.backup"), backup)}
	if s := w.text(p.Description); s != "" {
		items = append(items, doc.Def(w.t("r.other_measures"), s))
	}
	return items
}

func (w writer) notifConsequences(d NotificationDraft) doc.Section {
	blocks := w.textOrMissing(d.Consequences.Description)
	if s := d.Consequences.Severity; s != nil {
		line := fmt.Sprintf("SE = DPC %d × EI %s + CB %s = %s → %s", s.DPC, formatScore(s.EI, w.lang), formatScore(s.CB, w.lang), formatScore(s.SE, w.lang), s.Final.Label(w.lang))
		blocks = append(blocks, doc.Defs(doc.Def(w.t("a.severity"), line)))
	}
	return doc.Sec(w.t("n.h.consequences"), blocks...)
}

func (w writer) notifMeasures(d NotificationDraft) doc.Section {
	blocks := w.textOrMissing(d.Measures.Taken)
	if len(d.Measures.Actions) > 0 {
		blocks = append(blocks, w.actionsTable(d.Measures.Actions))
	}
	return doc.Sec(w.t("n.h.measures"), blocks...)
}

func (w writer) notifCommunication(d NotificationDraft) doc.Section {
	c := d.Communication
	items := []doc.Definition{doc.Def(w.t("n.comm_status"), w.t("n.comm."+c.Status))}
	switch c.Status {
	case "done":
		items = append(items, doc.Def(w.t("r.col.sent"), w.time(c.Sent.Time)), w.def(w.t("r.channel"), w.text(c.Channel)))
		if c.Count > 0 {
			items = append(items, doc.Def(w.t("r.informed"), formatNumber(c.Count, w.lang)))
		}
		if s := w.text(c.Content); s != "" {
			items = append(items, doc.Def(w.t("r.content"), s))
		}
	case "exempt":
		items = append(items, doc.Def(w.t("n.exemption"), w.art(c.Exemption.Article())+" — "+c.Exemption.Label(w.lang)),
			w.def(w.t("n.justification"), w.text(c.Justification)))
	}
	return doc.Sec(w.t("n.h.communication"), doc.Defs(items...))
}

func (w writer) notifOther(d NotificationDraft) doc.Section {
	var blocks []doc.Block
	if len(d.Other) > 0 {
		var items []string
		for _, o := range d.Other {
			s := w.text(o.To)
			if !o.Sent.IsZero() {
				s += ", " + w.time(o.Sent.Time)
			}
			if o.Reference != "" {
				s += " (" + o.Reference + ")"
			}
			items = append(items, s)
		}
		blocks = append(blocks, doc.P(w.t("r.other")+":"), doc.Bullets(items...))
	}
	if len(d.Attachments) > 0 {
		blocks = append(blocks, doc.P(w.t("n.attachments")), doc.Bullets(d.Attachments...))
	}
	return doc.Sec(w.t("n.h.other"), blocks...)
}

package breach

import (
	"fmt"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// RegisterWorkbook returns the breach register (Art. 33(5)) as a workbook
// in lang: one row per incident — those not notified included, with the
// reasons — then a sheet of the submissions to the authority and a sheet
// of the corrective actions. Deadlines and delays are computed on the
// record itself; the workbook is dated with the latest event it holds.
func RegisterWorkbook(org *gdpr.Organisation, reg *register.Register, b *Breach, lang string) *doc.Workbook {
	w := newWriter(org, reg, b, lang)
	date := w.latestEvent()
	m := w.meta(w.t("w.title"), dayOf(date, w.s.loc))
	m.Classification = w.t("doc.confidential")
	m.Identifier = w.t("w.identifier")
	return &doc.Workbook{Meta: m, Sheets: []doc.Sheet{w.registerSheet(date), w.submissionSheet(), w.actionSheet()}}
}

// latestEvent is the latest instant recorded in any incident, so the
// workbook's date does not depend on when it is generated.
func (w writer) latestEvent() time.Time {
	var last time.Time
	for i := range w.b.Incidents {
		for _, e := range w.events(&w.b.Incidents[i]) {
			if e.at.After(last) {
				last = e.at
			}
		}
	}
	return last
}

func (w writer) registerSheet(at time.Time) doc.Sheet {
	col := func(key string, width float64, choices ...string) doc.SheetColumn {
		return doc.SheetColumn{Title: w.t(key), Width: width, Choices: choices}
	}
	sh := doc.Sheet{Name: w.t("w.sheet.register"), Columns: []doc.SheetColumn{
		col("w.col.id", 16), col("w.col.title", 36),
		col("r.status", 14, labelsFor(statusKeys, func(k string) string { return Status(k).Label(w.lang) })...),
		col("a.role", 18, labelsFor(roleKeys, func(k string) string { return Role(k).Label(w.lang) })...),
		col("r.ev.occurred", 22), col("r.ev.detected", 22), col("w.col.aware", 22), col("r.ev.contained", 22), col("r.ev.closed", 22),
		col("r.nature", 20), col("r.cause", 22), col("w.col.description", 50),
		col("r.activities", 28), col("r.subjects", 28), col("r.data", 32),
		col("r.people", 14), col("r.records", 14), col("r.encryption", 22), col("r.backup", 10),
		col("r.h.consequences", 40), col("w.col.se", 8),
		col("w.col.band", 12, labelsFor(bandKeys, func(k string) string { return Band(k).Label(w.lang) })...),
		col("a.flags", 24),
		col("a.risk", 26, labelsFor(riskKeys, func(k string) string { return RiskLevel(k).Label(w.lang) })...),
		col("r.reasons", 50), col("w.col.notified", 22), col("a.deadline", 22), col("w.col.after", 14),
		col("r.h.delay", 40), col("w.col.subjects", 30), col("r.h.measures_taken", 40), col("r.h.lessons", 36),
	}}
	for i := range w.b.Incidents {
		inc := &w.b.Incidents[i]
		a := Assess(w.org, w.reg, w.b, inc, at)
		s := a.Score
		se, band := "", ""
		if s.Assessed {
			se, band = formatScore(s.SE, w.lang), s.Final.Label(w.lang)
		}
		backup := ""
		if inc.MeasuresInPlace.Backup != nil {
			backup = w.yesNo(*inc.MeasuresInPlace.Backup)
		}
		notified, after := formatTime(a.Notified, w.s.loc), ""
		if !a.Notified.IsZero() {
			after = formatSpan(a.Elapsed)
		} else if d, ok := a.Duty(DutyNotifyAuthority); ok {
			notified = d.State.Label(w.lang) // "not required" says the row was not notified on purpose
		}
		sh.Rows = append(sh.Rows, []string{
			inc.ID, w.text(inc.Title), inc.Status.Label(w.lang), a.Role.Label(w.lang),
			formatTime(inc.Timeline.Occurred.Time, w.s.loc), formatTime(inc.Timeline.Detected.Time, w.s.loc),
			formatTime(inc.Timeline.Aware.Time, w.s.loc), formatTime(inc.Timeline.Contained.Time, w.s.loc), formatTime(inc.Timeline.Closed.Time, w.s.loc),
			strings.Join(labelsOf(inc.Nature, w.lang), ", "), inc.Cause.Label(w.lang), w.text(inc.Description),
			strings.Join(w.activityNames(inc.Activities), "; "), strings.Join(w.subjectNames(inc.DataSubjects), "; "), strings.Join(w.categoryNames(inc.DataCategories), "; "),
			w.plainCount(inc.People), w.plainCount(inc.Records), inc.MeasuresInPlace.Encryption.Label(w.lang), backup,
			w.text(inc.Consequences), se, band, a.flagsLine(w.lang),
			inc.Risk.Level.Label(w.lang), w.text(inc.Risk.Reasons),
			notified, formatTime(a.Deadline, w.s.loc), after,
			w.text(inc.DelayReasons), w.subjectsCell(a), w.text(inc.MeasuresTaken), w.text(inc.LessonsLearned),
		})
	}
	return sh
}

func labelsOf(ns []Nature, lang string) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Label(lang)
	}
	return out
}

// plainCount writes a count for a cell: "1.850 (approssimativo)".
func (w writer) plainCount(c Count) string {
	if c.Count == 0 && c.Mode != NotKnown {
		return ""
	}
	return w.count(c)
}

// subjectsCell says where the communication to the people stands.
func (w writer) subjectsCell(a Assessment) string {
	d, ok := a.Duty(DutyCommunicate)
	if !ok {
		return ""
	}
	c := a.Incident.Communication
	switch d.State {
	case Done, DoneLate:
		s := formatTime(d.Done, w.s.loc)
		if c != nil && c.Count > 0 {
			s += fmt.Sprintf(", %s %s", formatNumber(c.Count, w.lang), w.t("w.people"))
		}
		if c != nil && !c.Channel.IsEmpty() {
			s += ", " + w.text(c.Channel)
		}
		return s
	case Exempt:
		return article(c.Exemption.Article(), w.lang) + ": " + w.text(c.Justification)
	}
	return d.State.Label(w.lang)
}

func (w writer) submissionSheet() doc.Sheet {
	sh := doc.Sheet{Name: w.t("w.sheet.submissions"), Columns: []doc.SheetColumn{
		{Title: w.t("w.col.id"), Width: 16},
		{Title: w.t("r.col.type"), Width: 14, Choices: labelsFor(submissionKeys, func(k string) string { return SubmissionType(k).Label(w.lang) })},
		{Title: w.t("r.col.sent"), Width: 22}, {Title: w.t("w.col.authority"), Width: 28}, {Title: w.t("r.col.reference"), Width: 18},
		{Title: w.t("r.channel"), Width: 30}, {Title: w.t("r.col.notes"), Width: 40},
	}}
	for _, inc := range w.b.Incidents {
		for _, n := range inc.Notifications {
			authority := w.authorityName()
			if n.Authority != "" {
				if a, ok := gdpr.AuthorityFor(n.Authority); ok {
					authority = a.LocalName(w.lang)
				} else {
					authority = n.Authority
				}
			}
			note := w.text(n.Pending)
			if n.Type == Withdrawn {
				note = w.text(n.Reason)
			}
			if n.Completes {
				note = strings.TrimPrefix(note+"; "+w.t("r.completes"), "; ")
			}
			sh.Rows = append(sh.Rows, []string{inc.ID, n.Type.Label(w.lang), formatTime(n.Sent.Time, w.s.loc), authority, n.Reference, n.Channel, note})
		}
	}
	return sh
}

func labelsFor(keys []string, label func(string) string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = label(k)
	}
	return out
}

func (w writer) actionSheet() doc.Sheet {
	sh := doc.Sheet{Name: w.t("w.sheet.actions"), Columns: []doc.SheetColumn{
		{Title: w.t("w.col.id"), Width: 16}, {Title: w.t("r.col.action"), Width: 50}, {Title: w.t("r.col.owner"), Width: 20},
		{Title: w.t("r.col.due"), Width: 12}, {Title: w.t("r.col.completed"), Width: 12},
	}}
	for _, inc := range w.b.Incidents {
		for _, a := range inc.Actions {
			sh.Rows = append(sh.Rows, []string{inc.ID, w.text(a.Description), a.Owner, string(a.Due), string(a.Done)})
		}
	}
	return sh
}

package breach

import (
	"fmt"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
	"github.com/gdprkit/gdprkit/register"
)

// Letter returns the communication of a breach to the people affected
// (Art. 34(2)) in lang, in clear and plain language: what happened, which
// data, the likely consequences, what was done, what they can do, and whom
// to contact (the DPO or another contact point). It is dated with the
// communication's date when recorded, otherwise with now.
func Letter(org *gdpr.Organisation, reg *register.Register, b *Breach, inc *Incident, now time.Time, lang string) *doc.Document {
	w := newWriter(org, reg, b, lang)
	date := now
	if c := inc.Communication; c.Done() {
		date = c.Sent.Time
	}
	// A letter carries its date in the text, not in a document-control
	// block: with no control metadata the renderers start the body on the
	// first page, so a one-page letter stays one page.
	m := w.meta(w.t("l.title"), time.Time{})
	m.Subtitle = w.controllerName()

	blocks := []doc.Block{
		doc.P(longDate(date, w.s.loc, w.lang)),
		doc.P(w.t("l.salutation")),
		doc.P(w.t("l.intro", w.controllerName())),
		doc.Sec(w.t("l.h.what"), append(w.textOrMissing(inc.Description), doc.P(w.whenSentence(inc)))...),
		doc.Sec(w.t("l.h.data"), w.letterData(inc)),
		doc.Sec(w.t("l.h.consequences"), w.textOrMissing(inc.Consequences)...),
		doc.Sec(w.t("l.h.done"), w.textOrMissing(inc.MeasuresTaken)...),
		doc.Sec(w.t("l.h.you"), w.textOrMissing(inc.Advice)...),
		doc.Sec(w.t("l.h.contact"), w.letterContact()...),
		doc.P(w.t("l.closing")),
		w.signature(),
		doc.Para(doc.I(w.t("l.footer", inc.ID))),
	}
	return &doc.Document{Meta: m, Blocks: blocks}
}

// dayOf returns midnight UTC of t's calendar day in loc: the local day of
// an instant, as documents date themselves.
func dayOf(t time.Time, loc *time.Location) time.Time {
	y, mo, d := t.In(loc).Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
}

// longDate writes a date for people: "23 ottobre 2026", "23 October 2026".
func longDate(t time.Time, loc *time.Location, lang string) string {
	t = t.In(loc)
	month := i18n.Breach.T(lang, fmt.Sprintf("month.%d", int(t.Month())))
	return fmt.Sprintf("%d %s %d", t.Day(), month, t.Year())
}

// whenSentence says when the breach happened and when it was found.
func (w writer) whenSentence(inc *Incident) string {
	t := inc.Timeline
	found := t.Aware
	if !t.Detected.IsZero() {
		found = t.Detected
	}
	switch {
	case t.Occurred.IsZero() && found.IsZero():
		return w.orMissing("")
	case t.Occurred.IsZero():
		return w.t("l.found", longDate(found.Time, w.s.loc, w.lang))
	case found.IsZero():
		return w.t("l.happened", w.happened(inc))
	}
	return w.t("l.happened_found", w.happened(inc), longDate(found.Time, w.s.loc, w.lang))
}

func (w writer) happened(inc *Incident) string {
	s := longDate(inc.Timeline.Occurred.Time, w.s.loc, w.lang)
	if inc.Timeline.Estimated {
		return w.t("l.around", s)
	}
	return w.t("l.on", s)
}

// letterData lists the categories of data involved. Their register
// descriptions are left out: they say what the category may hold, not
// what the breach exposed, which the description of the incident tells.
func (w writer) letterData(inc *Incident) doc.Block {
	if len(inc.DataCategories) == 0 {
		return doc.P(i18n.Missing(w.lang))
	}
	var items []string
	for _, id := range inc.DataCategories {
		c, ok := w.reg.DataCategory(id)
		if !ok {
			items = append(items, id)
			continue
		}
		items = append(items, c.Name.In(w.lang))
	}
	return doc.Bullets(items...)
}

func (w writer) letterContact() []doc.Block {
	name, contacts, isDPO := w.contactPoint()
	var blocks []doc.Block
	switch {
	case name == "":
		blocks = append(blocks, doc.P(i18n.Missing(w.lang)))
	case isDPO:
		blocks = append(blocks, doc.P(w.t("l.dpo", name, strings.Join(contacts, ", "))))
	default:
		blocks = append(blocks, doc.P(w.t("l.contact_point", name, strings.Join(contacts, ", "))))
	}
	if w.s.authorityKnown {
		a := w.s.authority
		where := a.Website
		if where == "" {
			where = a.Address
		}
		blocks = append(blocks, doc.P(w.t("l.complaint", a.LocalName(w.lang), orDash(where))))
	}
	return blocks
}

func (w writer) signature() doc.Paragraph {
	in := []doc.Inline{doc.Text(w.controllerName())}
	if m, ok := w.member(DecisionMaker); ok {
		in = append(in, doc.LineBreak{}, doc.Text(m.Name))
		if f := w.text(m.Function); f != "" {
			in = append(in, doc.Text(", "+f))
		}
	}
	return doc.Para(in...)
}

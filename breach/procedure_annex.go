package breach

import (
	"fmt"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/internal/i18n"
)

// The annexes of the procedure: the templates the team fills in.

func labelOf(key, lang string) string { return i18n.Breach.T(lang, key) }

// keys returns the catalog entries prefix.1 … prefix.n in the writer's
// language.
func (w writer) keys(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = w.t(fmt.Sprintf("%s.%d", prefix, i+1))
	}
	return out
}

func (w writer) annex(letter, key string, blocks ...doc.Block) doc.Section {
	return doc.Sec(w.t("p.annex", letter, w.t(key)), blocks...)
}

func (w writer) annexReportForm() doc.Section {
	tab := doc.Table{Columns: []doc.Column{{Title: w.t("p.col.field"), Width: 2}, {Title: w.t("p.col.fill"), Width: 3}}}
	for _, f := range w.keys("p.form", 9) {
		tab.Rows = append(tab.Rows, doc.TextRow(f, ""))
	}
	return w.annex("A", "p.h.form", doc.P(w.t("p.form.intro")), tab)
}

func (w writer) annexTriage() doc.Section {
	return w.annex("B", "p.h.triage", doc.Numbered(w.keys("p.triage", 8)...))
}

func (w writer) annexENISA() doc.Section {
	lang := w.lang
	dpc := doc.Table{Caption: w.t("p.enisa.dpc"), Columns: []doc.Column{
		{Title: w.t("p.col.type"), Width: 1.6}, {Title: w.t("p.col.base"), Width: 0.8}, {Title: w.t("p.col.examples"), Width: 3}, {Title: w.t("p.col.adjust"), Width: 4},
	}}
	for _, dt := range []DataType{Simple, Behavioural, Financial, Sensitive} {
		dpc.Rows = append(dpc.Rows, doc.TextRow(dt.Label(lang), fmt.Sprint(dt.Base()), w.t("p.enisa.ex."+string(dt)), w.t("p.enisa.adj."+string(dt))))
	}
	ei := doc.Table{Caption: w.t("p.enisa.ei"), Columns: []doc.Column{
		{Title: w.t("p.col.level"), Width: 1.5}, {Title: "EI", Width: 0.7}, {Title: w.t("p.col.examples"), Width: 5},
	}}
	for _, e := range []Ease{Negligible, Limited, Significant, Maximum} {
		ei.Rows = append(ei.Rows, doc.TextRow(e.Label(lang), formatScore(e.Value(), lang), w.t("p.enisa.ei."+string(e))))
	}
	cb := doc.Table{Caption: w.t("p.enisa.cb"), Columns: []doc.Column{
		{Title: w.t("p.col.element"), Width: 1.6}, {Title: "+0", Width: 2.2}, {Title: "+" + formatScore(0.25, lang), Width: 2.2}, {Title: "+" + formatScore(0.5, lang), Width: 2.2},
	}}
	cb.Rows = append(cb.Rows,
		doc.TextRow(Confidentiality.Label(lang), Exposed.Label(lang), KnownRecipients.Label(lang), UnknownRecipients.Label(lang)),
		doc.TextRow(Integrity.Label(lang), Recovered.Label(lang), Recoverable.Label(lang), Unrecoverable.Label(lang)),
		doc.TextRow(Availability.Label(lang), Restorable.Label(lang), Temporary.Label(lang), Lost.Label(lang)),
		doc.TextRow(w.t("a.malicious"), w.t("p.enisa.error"), "—", w.t("p.enisa.intent")),
	)
	bands := doc.Table{Caption: w.t("p.enisa.bands"), Columns: []doc.Column{
		{Title: "SE", Width: 1.2}, {Title: w.t("p.col.level"), Width: 1.2}, {Title: w.t("p.col.effect"), Width: 5},
	}}
	ranges := []string{"SE < 2", "2 ≤ SE < 3", "3 ≤ SE < 4", "SE ≥ 4"}
	for i, b := range []Band{Low, Medium, High, VeryHigh} {
		bands.Rows = append(bands.Rows, doc.TextRow(ranges[i], b.Label(lang), b.Effect(lang)))
	}
	return w.annex("C", "p.h.enisa",
		doc.P(w.t("p.enisa.intro")),
		doc.Para(doc.B("SE = DPC × EI + CB")),
		doc.P(w.t("p.enisa.rules")),
		dpc, doc.P(w.t("p.enisa.justify")), ei, cb, bands,
		doc.P(w.t("p.enisa.flags")),
		doc.Note{Kind: doc.NoteInfo, Blocks: []doc.Block{doc.P(w.t("p.enisa.threshold"))}},
	)
}

func (w writer) annexRegister() doc.Section {
	groups := []string{"identity", "timeline", "facts", "scope", "protection", "assessment", "decisions", "remediation", "evidence"}
	items := make([]doc.Definition, len(groups))
	for i, g := range groups {
		items[i] = doc.Def(w.t("p.reg."+g), w.t("p.reg."+g+".text"))
	}
	return w.annex("D", "p.h.register", doc.P(w.t("p.reg.intro")), doc.Defs(items...))
}

func (w writer) annexNotification() doc.Section {
	return w.annex("E", "p.h.notification", doc.P(w.t("p.notif.intro")), doc.Bullets(w.keys("p.notif", 12)...), doc.P(w.t("p.notif.outro")))
}

func (w writer) annexLetter() doc.Section {
	return w.annex("F", "p.h.letter",
		doc.P(w.t("p.letter.intro")),
		doc.Note{Kind: doc.NoteInfo, Title: w.t("p.letter.model"), Blocks: []doc.Block{
			doc.P(w.t("l.salutation")),
			doc.P(w.t("p.letter.1")), doc.P(w.t("p.letter.2")), doc.P(w.t("p.letter.3")),
			doc.P(w.t("p.letter.4")), doc.P(w.t("p.letter.5")), doc.P(w.t("p.letter.6")),
		}})
}

func (w writer) annexProcessorNotice() doc.Section {
	return w.annex("G", "p.h.processor",
		doc.P(w.t("p.proc.intro")),
		doc.Note{Kind: doc.NoteInfo, Title: w.t("p.letter.model"), Blocks: []doc.Block{
			doc.P(w.t("p.proc.1")), doc.Bullets(w.keys("p.proc.item", 6)...), doc.P(w.t("p.proc.2")),
		}})
}

func (w writer) annexFlow() doc.Section {
	return w.annex("H", "p.h.flow", doc.Numbered(w.keys("p.flow", 9)...))
}

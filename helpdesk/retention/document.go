package retention

import (
	"strconv"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/internal/i18n"
)

func label(lang, key string, args ...any) string { return i18n.Retention.T(lang, key, args...) }

// meta returns the plan's document metadata in lang; callers may set the
// subtitle (the organisation's name).
func (p *Plan) meta(lang string) doc.Meta {
	return doc.Meta{
		Title:          label(lang, "title"),
		Language:       lang,
		Date:           p.At,
		Classification: label(lang, "classification"),
		Subject:        label(lang, "subject"),
		Keywords:       []string{"GDPR", "retention", "helpdesk"},
		Labels:         i18n.DocLabels(lang),
	}
}

// Document returns the plan as a document in lang ("it" or "en"): the
// lifecycle, the tickets by status and by next action, the monthly
// forecast, and the lists of tickets to act on and under legal hold. Set
// Meta.Subtitle to the organisation's name before rendering.
func (p *Plan) Document(lang string) *doc.Document {
	d := &doc.Document{Meta: p.meta(lang)}
	d.Blocks = append(d.Blocks,
		doc.Note{Kind: doc.NoteInfo, Title: label(lang, "dry_run"), Blocks: []doc.Block{
			doc.P(label(lang, "dry_run.text", formatAt(p.At), p.Tickets)),
			doc.P(label(lang, "keys.text")),
		}},
		p.lifecycleSection(lang),
		p.statusSection(lang),
		p.actionSection(lang),
		p.forecastSection(lang),
		p.dueSection(lang),
	)
	if p.HeldTotal > 0 {
		d.Blocks = append(d.Blocks, p.heldSection(lang))
	}
	return d
}

func (p *Plan) lifecycleSection(lang string) doc.Section {
	s := doc.Sec(label(lang, "lifecycle"), doc.Defs(p.lifecycleDefs(lang)...))
	var rows []doc.Row
	for _, r := range p.lifecycleRows(lang) {
		rows = append(rows, doc.TextRow(r...))
	}
	s.Blocks = append(s.Blocks,
		doc.Tab("", doc.Cols(label(lang, "col.stage"), label(lang, "col.action"), label(lang, "col.earliest"), label(lang, "col.due")), rows...),
		doc.P(label(lang, "lifecycle.note")),
		doc.Note{Kind: doc.NoteLegal, Title: label(lang, "storage.title"), Blocks: []doc.Block{doc.P(label(lang, "storage.text"))}},
	)
	return s
}

func (p *Plan) lifecycleDefs(lang string) []doc.Definition {
	var out []doc.Definition
	for _, kv := range p.lifecycleFacts(lang) {
		out = append(out, doc.Def(kv[0], kv[1]))
	}
	return out
}

// lifecycleFacts are the trigger, the window and the grace, as label and
// value.
func (p *Plan) lifecycleFacts(lang string) [][2]string {
	window := label(lang, "window.none")
	if p.CancellationWindow != "" {
		window = p.CancellationWindow.Words(lang)
	}
	return [][2]string{
		{label(lang, "trigger"), p.Trigger.Label(lang)},
		{label(lang, "window"), window},
		{label(lang, "grace"), graceWords(p.Grace, lang)},
	}
}

func (p *Plan) lifecycleRows(lang string) [][]string {
	var rows [][]string
	for _, s := range p.Steps {
		rows = append(rows, []string{s.Stage.Label(lang), actionFor(s.Stage).Label(lang),
			offsetWords(s.Earliest, p.Trigger, lang), offsetWords(s.Due, p.Trigger, lang)})
	}
	return rows
}

// offsetWords says "30 days after the end of the contract".
func offsetWords(d gdpr.Duration, trig helpdesk.Trigger, lang string) string {
	if d == "" {
		return label(lang, "offset.zero", trig.Label(lang))
	}
	return label(lang, "offset", d.Words(lang), trig.Label(lang))
}

// graceWords says a grace period in days, or hours when not whole days.
func graceWords(g time.Duration, lang string) string {
	if g%(24*time.Hour) == 0 {
		return gdpr.Period{Days: int(g / (24 * time.Hour))}.Words(lang)
	}
	return gdpr.Period{Hours: int(g / time.Hour), Minutes: int(g % time.Hour / time.Minute)}.Words(lang)
}

// shownStatuses are the statuses the tables show: invalid only when
// some ticket is.
func (p *Plan) shownStatuses() []Status {
	var out []Status
	for _, s := range Statuses {
		if s != StatusInvalid || p.ByStatus(s) > 0 {
			out = append(out, s)
		}
	}
	return out
}

func (p *Plan) statusSection(lang string) doc.Section {
	var rows []doc.Row
	for _, s := range p.shownStatuses() {
		rows = append(rows, doc.TextRow(s.Label(lang), s.Describe(lang), strconv.Itoa(p.ByStatus(s))))
	}
	rows = append(rows, doc.Row{doc.Cell{doc.B(label(lang, "total"))}, doc.Cell{}, doc.Cell{doc.B(strconv.Itoa(p.Tickets))}})
	t := doc.Tab("", doc.Cols(label(lang, "col.status"), label(lang, "col.meaning"), label(lang, "col.tickets")), rows...)
	t.Columns[0].Width, t.Columns[1].Width, t.Columns[2].Width = 2, 6, 1
	return doc.Sec(label(lang, "by_status"), t)
}

// actionStatuses are the statuses a next action can have.
var actionStatuses = []Status{StatusLive, StatusWaiting, StatusScheduled, StatusDue, StatusOverdue, StatusHeld}

// tableActions are the actions the tables show: the policy's, and any
// other some ticket has.
func (p *Plan) tableActions() []Action {
	var out []Action
	for _, a := range Actions {
		inPolicy := false
		for _, pa := range p.PolicyActions() {
			inPolicy = inPolicy || pa == a
		}
		if inPolicy || p.ByAction(a) > 0 {
			out = append(out, a)
		}
	}
	return out
}

func (p *Plan) actionRows(lang string) (head []string, rows [][]string) {
	head = []string{label(lang, "col.action")}
	for _, s := range actionStatuses {
		head = append(head, s.Label(lang))
	}
	head = append(head, label(lang, "total"))
	for _, a := range p.tableActions() {
		row := []string{a.Label(lang)}
		total := 0
		for _, s := range actionStatuses {
			n := p.Count(s, a)
			total += n
			row = append(row, strconv.Itoa(n))
		}
		rows = append(rows, append(row, strconv.Itoa(total)))
	}
	return head, rows
}

func (p *Plan) actionSection(lang string) doc.Section {
	head, rows := p.actionRows(lang)
	if len(rows) == 0 {
		return doc.Sec(label(lang, "by_action"), doc.P(label(lang, "by_action.none")))
	}
	var trs []doc.Row
	for _, r := range rows {
		trs = append(trs, doc.TextRow(r...))
	}
	return doc.Sec(label(lang, "by_action"), doc.Tab("", doc.Cols(head...), trs...))
}

func (p *Plan) forecastRows(lang string) (head []string, rows [][]string) {
	acts := p.tableActions()
	head = []string{label(lang, "col.month")}
	for _, a := range acts {
		head = append(head, a.Label(lang))
	}
	head = append(head, label(lang, "total"))
	for _, m := range p.Months() {
		row := []string{m.Name(lang)}
		for _, a := range acts {
			row = append(row, strconv.Itoa(m.Count(a)))
		}
		rows = append(rows, append(row, strconv.Itoa(m.Total())))
	}
	return head, rows
}

func (p *Plan) forecastSection(lang string) doc.Section {
	head, rows := p.forecastRows(lang)
	var trs []doc.Row
	for _, r := range rows {
		trs = append(trs, doc.TextRow(r...))
	}
	return doc.Sec(label(lang, "forecast"), doc.P(label(lang, "forecast.text")), doc.Tab("", doc.Cols(head...), trs...))
}

// actionText says the action, and the stages it skips.
func actionText(it Item, lang string) string {
	switch it.Skipped {
	case 0:
		return it.Action.Label(lang)
	case 1:
		return label(lang, "action.skipping1", it.Action.Label(lang))
	}
	return label(lang, "action.skipping", it.Action.Label(lang), it.Skipped)
}

func (p *Plan) dueSection(lang string) doc.Section {
	s := doc.Sec(label(lang, "due"))
	if p.DueTotal == 0 {
		s.Blocks = append(s.Blocks, doc.P(label(lang, "due.none")))
		return s
	}
	if len(p.Due) < p.DueTotal {
		s.Blocks = append(s.Blocks, doc.P(label(lang, "listed", len(p.Due), p.DueTotal)))
	}
	var rows []doc.Row
	for _, it := range p.Due {
		rows = append(rows, doc.TextRow(it.ID, it.Stage.Label(lang), actionText(it, lang), doc.FormatDate(it.Due), it.Status.Label(lang), it.Key.String()))
	}
	t := doc.Tab("", doc.Cols(label(lang, "col.ticket"), label(lang, "col.current"), label(lang, "col.action"),
		label(lang, "col.due_date"), label(lang, "col.status"), label(lang, "col.key")), rows...)
	for i, w := range []float64{1.2, 1.5, 2, 1.2, 1.2, 3} {
		t.Columns[i].Width = w
	}
	s.Blocks = append(s.Blocks, t)
	return s
}

func untilText(u time.Time, lang string) string {
	if u.IsZero() {
		return label(lang, "until.lifted")
	}
	return doc.FormatDate(u.UTC())
}

func (p *Plan) heldSection(lang string) doc.Section {
	s := doc.Sec(label(lang, "held"))
	if len(p.Held) < p.HeldTotal {
		s.Blocks = append(s.Blocks, doc.P(label(lang, "listed", len(p.Held), p.HeldTotal)))
	}
	var rows []doc.Row
	for _, it := range p.Held {
		rows = append(rows, doc.TextRow(it.ID, it.Stage.Label(lang), actionText(it, lang), doc.FormatDate(it.Due), it.HoldReason, untilText(it.HoldUntil, lang)))
	}
	s.Blocks = append(s.Blocks,
		doc.Tab("", doc.Cols(label(lang, "col.ticket"), label(lang, "col.current"), label(lang, "col.held_action"),
			label(lang, "col.due_date"), label(lang, "col.reason"), label(lang, "col.until")), rows...),
		doc.Note{Kind: doc.NoteLegal, Title: label(lang, "hold.title"), Blocks: []doc.Block{doc.P(label(lang, "hold.text"))}})
	return s
}

// formatAt writes the planning time: the date alone at midnight UTC,
// else the date and time in UTC.
func formatAt(t time.Time) string {
	t = t.UTC()
	if t.Equal(t.Truncate(24 * time.Hour)) {
		return doc.FormatDate(t)
	}
	return t.Format("2006-01-02 15:04 UTC")
}

// Workbook returns the plan as a workbook in lang: a summary, the
// lifecycle, the forecast by month, and the lists of tickets to act on
// and held. Set Meta.Subtitle to the organisation's name before
// rendering.
func (p *Plan) Workbook(lang string) *doc.Workbook {
	wb := &doc.Workbook{Meta: p.meta(lang)}
	summary := doc.Sheet{Name: label(lang, "sheet.summary"), Form: true,
		Columns: []doc.SheetColumn{{Title: label(lang, "sheet.summary"), Width: 36}, {Title: "", Width: 40}}}
	add := func(k, v string) { summary.Rows = append(summary.Rows, []string{k, v}) }
	add(label(lang, "summary.at"), formatAt(p.At))
	add(label(lang, "summary.tickets"), strconv.Itoa(p.Tickets))
	for _, kv := range p.lifecycleFacts(lang) {
		add(kv[0], kv[1])
	}
	for _, s := range p.shownStatuses() {
		add(label(lang, "summary.status", s.Label(lang)), strconv.Itoa(p.ByStatus(s)))
	}
	for _, a := range p.tableActions() {
		add(label(lang, "summary.action", a.Label(lang)), strconv.Itoa(p.ByAction(a)))
	}
	add(label(lang, "summary.due_total"), strconv.Itoa(p.DueTotal))
	add(label(lang, "summary.held"), strconv.Itoa(p.HeldTotal))

	lifecycle := doc.Sheet{Name: label(lang, "sheet.lifecycle"), Columns: []doc.SheetColumn{
		{Title: label(lang, "col.stage"), Width: 24}, {Title: label(lang, "col.action"), Width: 22},
		{Title: label(lang, "col.earliest"), Width: 40}, {Title: label(lang, "col.due"), Width: 40},
	}, Rows: p.lifecycleRows(lang)}

	head, rows := p.forecastRows(lang)
	forecast := doc.Sheet{Name: label(lang, "sheet.forecast"), Rows: rows}
	for _, h := range head {
		forecast.Columns = append(forecast.Columns, doc.SheetColumn{Title: h, Width: 18})
	}

	statusChoices := func(ss ...Status) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.Label(lang))
		}
		return out
	}
	due := doc.Sheet{Name: label(lang, "sheet.due"), Columns: []doc.SheetColumn{
		{Title: label(lang, "col.ticket"), Width: 14}, {Title: label(lang, "col.current"), Width: 20},
		{Title: label(lang, "col.action"), Width: 20}, {Title: label(lang, "col.target"), Width: 20},
		{Title: label(lang, "col.due_date"), Width: 12}, {Title: label(lang, "col.status"), Width: 14, Choices: statusChoices(StatusDue, StatusOverdue)},
		{Title: label(lang, "col.skipped"), Width: 10}, {Title: label(lang, "col.key"), Width: 36},
	}}
	for _, it := range p.Due {
		due.Rows = append(due.Rows, []string{it.ID, it.Stage.Label(lang), it.Action.Label(lang), it.Target.Label(lang),
			doc.FormatDate(it.Due), it.Status.Label(lang), strconv.Itoa(it.Skipped), it.Key.String()})
	}
	wb.Sheets = []doc.Sheet{summary, lifecycle, forecast, due}
	if p.HeldTotal > 0 {
		held := doc.Sheet{Name: label(lang, "sheet.held"), Columns: []doc.SheetColumn{
			{Title: label(lang, "col.ticket"), Width: 14}, {Title: label(lang, "col.current"), Width: 20},
			{Title: label(lang, "col.held_action"), Width: 20}, {Title: label(lang, "col.due_date"), Width: 12},
			{Title: label(lang, "col.reason"), Width: 48}, {Title: label(lang, "col.until"), Width: 16},
		}}
		for _, it := range p.Held {
			held.Rows = append(held.Rows, []string{it.ID, it.Stage.Label(lang), it.Action.Label(lang),
				doc.FormatDate(it.Due), it.HoldReason, untilText(it.HoldUntil, lang)})
		}
		wb.Sheets = append(wb.Sheets, held)
	}
	return wb
}

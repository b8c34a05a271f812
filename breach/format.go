package breach

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/gdprkit/gdprkit/internal/i18n"
)

// Format writes the assessment as plain text in lang: what `gdprkit breach
// assess` prints.
func (a Assessment) Format(w io.Writer, lang string) error {
	t := func(key string, args ...any) string { return i18n.Breach.T(lang, key, args...) }
	inc := a.Incident
	var head, tail [][2]string // label, value: printed in aligned columns
	line := func(label, value string) { head = append(head, [2]string{label, value}) }

	line(t("a.role"), a.Role.Label(lang))
	level := t("a.not_assessed")
	if a.Level != "" {
		level = a.Level.Label(lang)
	}
	line(t("a.risk"), level)
	line(t("a.severity"), a.severityLine(lang))
	if a.Score.Assessed {
		line(t("a.cb"), a.cbLine(lang))
	}
	if flags := a.flagsLine(lang); flags != "" {
		line(t("a.flags"), flags)
	}
	line(t("a.aware"), orDash(formatTime(a.Aware, a.Location)))
	if !a.Deadline.IsZero() {
		line(article(t("a.deadline"), lang), formatTime(a.Deadline, a.Location))
	}
	if !a.Notified.IsZero() {
		status := t("a.in_time")
		if a.Late {
			status = t("a.late_no_reasons")
			if !inc.DelayReasons.IsEmpty() {
				status = t("a.late_with_reasons")
			}
		}
		line(t("a.notified"), fmt.Sprintf("%s, %s %s — %s", formatTime(a.Notified, a.Location), formatSpan(a.Elapsed), t("a.after_awareness"), status))
	} else if !a.Deadline.IsZero() {
		if a.TimeLeft >= 0 {
			line(t("a.time_left"), formatSpan(a.TimeLeft))
		} else {
			line(t("a.overdue_by"), formatSpan(-a.TimeLeft))
		}
	}
	if a.Requires(DutyNotifyAuthority) || len(inc.Notifications) > 0 {
		missing := t("a.none")
		if len(a.Missing) > 0 {
			missing = itemList(a.Missing, lang)
		}
		tail = append(tail, [2]string{t("a.missing"), missing})
	}
	width := 0
	for _, l := range append(head, tail...) {
		width = max(width, utf8.RuneCountInString(l[0])+1)
	}
	var b strings.Builder
	pad := func(l [2]string) {
		label := l[0] + ":"
		fmt.Fprintf(&b, "%s%s %s\n", label, strings.Repeat(" ", width-utf8.RuneCountInString(label)), l[1])
	}
	fmt.Fprintf(&b, "%s %s — %s\n", t("a.incident"), inc.ID, inc.Title.In(lang))
	for _, l := range head {
		pad(l)
	}
	b.WriteString(t("a.duties") + ":\n")
	for _, d := range a.Duties {
		fmt.Fprintf(&b, "  - %s (%s): %s\n", d.Kind.Label(lang), article(d.Kind.Article(), lang), a.dutyStatus(d, lang))
	}
	for _, l := range tail {
		pad(l)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// severityLine writes "SE = DPC 3 × EI 1 + CB 0.5 = 3.5 → high".
func (a Assessment) severityLine(lang string) string {
	s := a.Score
	if !s.Assessed {
		return i18n.Breach.T(lang, "a.not_assessed")
	}
	out := fmt.Sprintf("SE = DPC %d × EI %s + CB %s = %s → %s", s.DPC, formatScore(s.EI, lang), formatScore(s.CB, lang), formatScore(s.SE, lang), s.Band.Label(lang))
	if s.Final != s.Band {
		out += fmt.Sprintf(" (%s: %s)", i18n.Breach.T(lang, "a.argued"), s.Final.Label(lang))
	}
	return out
}

// cbLine lists the CB elements.
func (a Assessment) cbLine(lang string) string {
	s := a.Score
	return fmt.Sprintf("%s %s, %s %s, %s %s, %s %s",
		Confidentiality.Label(lang), formatScore(s.Confidentiality, lang),
		Integrity.Label(lang), formatScore(s.Integrity, lang),
		Availability.Label(lang), formatScore(s.Availability, lang),
		i18n.Breach.T(lang, "a.malicious"), formatScore(s.Malice, lang))
}

// flagsLine lists the ENISA flags raised.
func (a Assessment) flagsLine(lang string) string {
	var f []string
	if a.Score.ManyPeople {
		f = append(f, i18n.Breach.T(lang, "a.flag_many"))
	}
	if a.Score.Unintelligible {
		f = append(f, i18n.Breach.T(lang, "a.flag_unintelligible"))
	}
	return strings.Join(f, "; ")
}

// dutyStatus says where a duty stands, with its dates.
func (a Assessment) dutyStatus(d Duty, lang string) string {
	t := func(key string, args ...any) string { return i18n.Breach.T(lang, key, args...) }
	s := d.State.Label(lang)
	switch d.State {
	case Done, DoneLate:
		if !d.Done.IsZero() {
			s += " " + t("a.on", formatTime(d.Done, a.Location))
		}
	case Pending, Overdue:
		var key string
		switch {
		case d.Due.IsZero():
			return s + " " + t("a.without_delay")
		case d.State == Pending && d.Legal:
			key = "a.by"
		case d.State == Pending:
			key = "a.target"
		case d.Legal:
			key = "a.since"
		default:
			key = "a.target_passed"
		}
		s += ", " + t(key, formatTime(d.Due, a.Location))
	case Exempt:
		if c := a.Incident.Communication; c != nil {
			s = fmt.Sprintf("%s: %s", article(c.Exemption.Article(), lang), c.Exemption.Label(lang))
		}
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

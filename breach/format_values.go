package breach

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Value formatting shared by findings, the assessment text and documents.
// Times print as "2026-10-24 12:00 (UTC+02:00)": ISO dates read the same in
// every language, and the offset makes the instant unambiguous.

// formatTime prints t in loc, or "" for the zero time.
func formatTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	if loc == nil {
		loc = time.UTC
	}
	t = t.In(loc)
	return t.Format("2006-01-02 15:04") + " (UTC" + t.Format("-07:00") + ")"
}

// formatSpan prints a duration in hours and minutes: "83 h 30 min",
// "-2 h". Both languages use the same symbols.
func formatSpan(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	d = d.Round(time.Minute)
	h, m := int(d/time.Hour), int((d%time.Hour)/time.Minute)
	switch {
	case m == 0:
		return fmt.Sprintf("%s%d h", sign, h)
	case h == 0:
		return fmt.Sprintf("%s%d min", sign, m)
	}
	return fmt.Sprintf("%s%d h %d min", sign, h, m)
}

// formatNumber prints n with the thousands separator of lang: 1.850 in
// Italian, 1,850 in English.
func formatNumber(n int, lang string) string {
	s := strconv.Itoa(max(n, -n))
	sep := ","
	if lang == "it" {
		sep = "."
	}
	var b strings.Builder
	if n < 0 {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// formatScore prints an ENISA value (a multiple of 0.25) with the decimal
// mark of lang and no trailing zeros: 3.5, 0.25, 4 — "3,5" in Italian.
func formatScore(f float64, lang string) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if lang == "it" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

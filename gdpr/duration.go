package gdpr

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Duration is an ISO 8601 duration such as "P72M", "P10Y" or "P1Y6M".
// Only date parts (years, months, weeks, days), hours and minutes are used
// by retention, deadlines and time limits; [Duration.Parse] rejects the
// rest (seconds, fractions).
type Duration string

// Period is a parsed [Duration].
type Period struct {
	Years, Months, Weeks, Days, Hours, Minutes int
}

// ErrDuration is wrapped by every duration parse error.
var ErrDuration = errors.New("not an ISO 8601 duration")

// Parse parses the duration.
func (d Duration) Parse() (Period, error) {
	s := string(d)
	var p Period
	if !strings.HasPrefix(s, "P") || len(s) < 3 {
		return p, fmt.Errorf("%w: %q (write e.g. P72M for 72 months, P10Y for 10 years, P30D for 30 days)", ErrDuration, s)
	}
	inTime := false
	num := ""
	any := false
	for _, r := range s[1:] {
		switch {
		case r >= '0' && r <= '9':
			num += string(r)
			continue
		case r == 'T' && !inTime && num == "":
			inTime = true
			continue
		}
		if num == "" {
			return p, fmt.Errorf("%w: %q: a number must come before %q", ErrDuration, s, r)
		}
		n, err := strconv.Atoi(num)
		if err != nil || n > 100000 {
			return p, fmt.Errorf("%w: %q: number too large", ErrDuration, s)
		}
		num = ""
		any = true
		switch {
		case !inTime && r == 'Y':
			p.Years += n
		case !inTime && r == 'M':
			p.Months += n
		case !inTime && r == 'W':
			p.Weeks += n
		case !inTime && r == 'D':
			p.Days += n
		case inTime && r == 'H':
			p.Hours += n
		case inTime && r == 'M':
			p.Minutes += n
		default:
			return p, fmt.Errorf("%w: %q: unit %q is not supported (use Y, M, W, D, TnH or TnM)", ErrDuration, s, r)
		}
	}
	if num != "" || !any {
		return p, fmt.Errorf("%w: %q: a number without a unit", ErrDuration, s)
	}
	return p, nil
}

// Valid reports whether the duration parses.
func (d Duration) Valid() bool { _, err := d.Parse(); return err == nil }

// AddTo returns t plus the duration, or t unchanged when it does not parse.
// Months are calendar months, clamped to the end of a shorter month (31
// January plus one month is the last day of February), as Regulation
// 1182/71 counts periods.
func (d Duration) AddTo(t time.Time) time.Time {
	p, err := d.Parse()
	if err != nil {
		return t
	}
	return p.AddTo(t)
}

// AddTo returns t plus the period, clamping month ends.
func (p Period) AddTo(t time.Time) time.Time {
	t = AddMonths(t, p.Years*12+p.Months)
	return t.AddDate(0, 0, p.Weeks*7+p.Days).Add(time.Duration(p.Hours)*time.Hour + time.Duration(p.Minutes)*time.Minute)
}

// AddMonths adds n calendar months to t; a day that does not exist in the
// target month becomes that month's last day.
func AddMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(d, last)-1)
}

// TotalMonths returns the period's length in whole months when it is made of
// years and months only, and false otherwise.
func (p Period) TotalMonths() (int, bool) {
	if p.Weeks != 0 || p.Days != 0 || p.Hours != 0 || p.Minutes != 0 {
		return 0, false
	}
	return p.Years*12 + p.Months, true
}

// Words renders the duration in words in lang ("it" or "en"), e.g.
// "72 mesi" or "1 year and 6 months". A duration that does not parse is
// returned as written.
func (d Duration) Words(lang string) string {
	p, err := d.Parse()
	if err != nil {
		return string(d)
	}
	return p.Words(lang)
}

// Words renders the period in words in lang ("it" or "en").
func (p Period) Words(lang string) string {
	type unit struct {
		n                            int
		itOne, itMany, enOne, enMany string
	}
	units := []unit{
		{p.Years, "anno", "anni", "year", "years"},
		{p.Months, "mese", "mesi", "month", "months"},
		{p.Weeks, "settimana", "settimane", "week", "weeks"},
		{p.Days, "giorno", "giorni", "day", "days"},
		{p.Hours, "ora", "ore", "hour", "hours"},
		{p.Minutes, "minuto", "minuti", "minute", "minutes"},
	}
	var parts []string
	for _, u := range units {
		if u.n == 0 {
			continue
		}
		word := u.enMany
		switch {
		case lang == "it" && u.n == 1:
			word = u.itOne
		case lang == "it":
			word = u.itMany
		case u.n == 1:
			word = u.enOne
		}
		parts = append(parts, fmt.Sprintf("%d %s", u.n, word))
	}
	and := " and "
	if lang == "it" {
		and = " e "
	}
	switch len(parts) {
	case 0:
		if lang == "it" {
			return "0 giorni"
		}
		return "0 days"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + and + parts[len(parts)-1]
}

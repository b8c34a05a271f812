package retention

import (
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
)

// Calendar arithmetic in UTC. gdpr.Period.AddTo gives the same results
// (a test compares them over many dates) but splits and rebuilds the date
// several times per call; the planner adds up to five offsets per ticket,
// millions of times, so it splits the trigger into its civil date once and
// builds each result with one time.Date.

// span is a parsed offset: calendar months, then days, then a clock
// duration (hours and minutes), the order gdpr.Period.AddTo adds them in.
type span struct {
	months int
	days   int
	clock  time.Duration
}

func spanOf(p gdpr.Period) span {
	return span{
		months: p.Years*12 + p.Months,
		days:   p.Weeks*7 + p.Days,
		clock:  time.Duration(p.Hours)*time.Hour + time.Duration(p.Minutes)*time.Minute,
	}
}

// civil is an instant split into its UTC calendar date and the time of
// day.
type civil struct {
	year, month, day int // month 1–12
	tod              time.Duration
}

const secondsPerDay = 86400

func civilOf(t time.Time) civil {
	t = t.UTC()
	y, m, d := t.Date()
	tod := t.Unix() % secondsPerDay
	if tod < 0 {
		tod += secondsPerDay
	}
	return civil{year: y, month: int(m), day: d, tod: time.Duration(tod)*time.Second + time.Duration(t.Nanosecond())}
}

// add returns c plus s in UTC: months first, the day clamped to the end
// of a shorter month (31 January plus one month is the last day of
// February), then days, then the clock.
func (c civil) add(s span) time.Time {
	m := c.month - 1 + s.months
	y := c.year + m/12
	if m %= 12; m < 0 {
		y, m = y-1, m+12
	}
	d := min(c.day, daysIn(y, m+1)) + s.days
	return time.Date(y, time.Month(m+1), d, 0, 0, 0, 0, time.UTC).Add(c.tod + s.clock)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

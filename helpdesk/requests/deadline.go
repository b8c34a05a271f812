package requests

import (
	"fmt"
	"time"
)

// AddMonths returns the date n months after d by the rule of Regulation
// 1182/71 Art. 3(2)(c): the same date in the target month, or that month's
// last day when it has no such date (31 January + 1 month = 28 or 29
// February). The result is midnight of that date in d's location.
func AddMonths(d time.Time, n int) time.Time {
	y, m, day := d.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, d.Location())
	if last := daysIn(first); day > last {
		day = last
	}
	return time.Date(first.Year(), first.Month(), day, 0, 0, 0, 0, d.Location())
}

// daysIn returns the number of days of t's month.
func daysIn(t time.Time) int {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, t.Location()).Day()
}

// Calendar turns a receipt time into a deadline day.
type Calendar struct {
	// Location is the controller's time zone: a request received at 23:30
	// UTC on 31 January was received on 1 February in Rome. nil means UTC.
	Location *time.Location
	// WorkingDays moves a deadline that falls on a Saturday, a Sunday or
	// a Holiday to the next working day (Reg. 1182/71 Art. 3(4)). Off by
	// default: the unmoved deadline is never later than the law's.
	WorkingDays bool
	// Holiday reports whether a date (midnight in Location) is a public
	// holiday; nil means none. Used only with WorkingDays.
	Holiday func(date time.Time) bool
}

func (c Calendar) loc() *time.Location {
	if c.Location == nil {
		return time.UTC
	}
	return c.Location
}

// zone is the name [Request.Zone] keeps: "" for UTC.
func (c Calendar) zone() string {
	if c.Location == nil || c.Location == time.UTC || c.Location.String() == "UTC" {
		return ""
	}
	return c.Location.String()
}

// Of returns the calendar in the time zone r was opened under
// ([Request.Zone]), keeping c's working-day rules, so that every reader
// counts r's days as the one who opened it did.
func (c Calendar) Of(r Request) (Calendar, error) {
	if r.Zone == "" {
		c.Location = time.UTC
		return c, nil
	}
	loc, err := time.LoadLocation(r.Zone)
	if err != nil {
		return c, fmt.Errorf("requests: %s: time zone: %w", r.ID, err)
	}
	c.Location = loc
	return c, nil
}

// Date returns the calendar day of t in the calendar's time zone, as
// midnight of that day.
func (c Calendar) Date(t time.Time) time.Time {
	y, m, d := t.In(c.loc()).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, c.loc())
}

// Due returns the last day of a period of months months from received: the
// request must be answered by the end of that day.
func (c Calendar) Due(received time.Time, months int) time.Time {
	due := AddMonths(c.Date(received), months)
	if c.WorkingDays {
		for due.Weekday() == time.Saturday || due.Weekday() == time.Sunday || (c.Holiday != nil && c.Holiday(due)) {
			due = due.AddDate(0, 0, 1)
		}
	}
	return due
}

// End returns the instant a period whose last day is due expires: the
// start of the next day in the calendar's time zone.
func (c Calendar) End(due time.Time) time.Time {
	y, m, d := due.In(c.loc()).Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, c.loc())
}

// DaysLeft returns the whole days from at's date to due: 0 on the due day,
// negative once it has passed.
func (c Calendar) DaysLeft(due, at time.Time) int {
	a, d := c.Date(at), c.Date(due)
	// Count via UTC dates so a change of summer time does not shift a day.
	ua := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	ud := time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
	return int(ud.Sub(ua).Hours() / 24)
}

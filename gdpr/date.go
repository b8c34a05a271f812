package gdpr

import (
	"fmt"
	"time"
)

// Date is a calendar date written as YYYY-MM-DD.
type Date string

// Time returns the date at midnight UTC.
func (d Date) Time() (time.Time, error) {
	t, err := time.Parse(time.DateOnly, string(d))
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD, e.g. 2026-11-22", string(d))
	}
	return t, nil
}

// MustTime returns the date at midnight UTC, or the zero time when it does
// not parse (validation reports that separately).
func (d Date) MustTime() time.Time {
	t, _ := d.Time()
	return t
}

// Valid reports whether the date parses.
func (d Date) Valid() bool { _, err := d.Time(); return err == nil }

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d == "" }

// DateOf returns the date of t.
func DateOf(t time.Time) Date { return Date(t.Format(time.DateOnly)) }

// UnmarshalYAML accepts a date written plain (YAML would otherwise read
// 2026-11-22 as a timestamp) or quoted.
func (d *Date) UnmarshalYAML(unmarshal func(any) error) error {
	var t time.Time
	if err := unmarshal(&t); err == nil && !t.IsZero() {
		*d = DateOf(t)
		return nil
	}
	var s string
	if err := unmarshal(&s); err != nil {
		return fmt.Errorf("date: want YYYY-MM-DD")
	}
	*d = Date(s)
	return nil
}

package requests_test

import (
	"testing"
	"time"
	_ "time/tzdata" // Europe/Rome on machines without a zoneinfo database

	"github.com/gdprkit/gdprkit/helpdesk/requests"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestAddMonths(t *testing.T) {
	tests := []struct {
		from time.Time
		n    int
		want time.Time
	}{
		{day(2026, 3, 5), 1, day(2026, 4, 5)},
		{day(2026, 1, 31), 1, day(2026, 2, 28)},
		{day(2028, 1, 31), 1, day(2028, 2, 29)}, // leap year
		{day(2100, 1, 31), 1, day(2100, 2, 28)}, // century, not leap
		{day(2000, 1, 31), 1, day(2000, 2, 29)}, // 400-year rule, leap
		{day(2026, 1, 30), 1, day(2026, 2, 28)},
		{day(2026, 1, 28), 1, day(2026, 2, 28)},
		{day(2028, 2, 29), 1, day(2028, 3, 29)},
		{day(2026, 3, 31), 1, day(2026, 4, 30)},
		{day(2026, 5, 31), 1, day(2026, 6, 30)},
		{day(2026, 8, 31), 1, day(2026, 9, 30)},
		{day(2026, 12, 31), 1, day(2027, 1, 31)},
		{day(2026, 1, 31), 3, day(2026, 4, 30)},
		{day(2026, 11, 30), 3, day(2027, 2, 28)},
		{day(2027, 11, 30), 3, day(2028, 2, 29)},
		{day(2026, 12, 31), 2, day(2027, 2, 28)},
		{time.Date(2026, 1, 31, 17, 45, 0, 0, time.UTC), 1, day(2026, 2, 28)}, // the hour does not count
	}
	for _, tt := range tests {
		if got := requests.AddMonths(tt.from, tt.n); !got.Equal(tt.want) {
			t.Errorf("AddMonths(%s, %d) = %s, want %s", tt.from.Format(time.DateOnly), tt.n,
				got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
		}
	}
}

func TestCalendarDue(t *testing.T) {
	rome, err := time.LoadLocation("Europe/Rome")
	if err != nil {
		t.Fatal(err)
	}
	// 1 May is a public holiday in Italy.
	mayDay := func(d time.Time) bool { return d.Month() == time.May && d.Day() == 1 }
	tests := []struct {
		name     string
		cal      requests.Calendar
		received time.Time
		months   int
		want     string
	}{
		{"plain", requests.Calendar{}, time.Date(2026, 1, 31, 12, 0, 0, 0, time.UTC), 1, "2026-02-28"},
		{"late evening UTC is the next day in Rome", requests.Calendar{Location: rome},
			time.Date(2026, 1, 31, 23, 30, 0, 0, time.UTC), 1, "2026-03-01"},
		{"Saturday kept by default", requests.Calendar{}, day(2026, 1, 31), 1, "2026-02-28"},
		{"Saturday moves to Monday", requests.Calendar{WorkingDays: true}, day(2026, 1, 31), 1, "2026-03-02"},
		{"holiday moves", requests.Calendar{WorkingDays: true, Holiday: mayDay}, day(2026, 4, 1), 1, "2026-05-04"},
		{"Sunday moves to Monday", requests.Calendar{WorkingDays: true}, day(2026, 3, 5), 1, "2026-04-06"},
		{"weekday stays", requests.Calendar{WorkingDays: true}, day(2026, 3, 10), 1, "2026-04-10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.cal.Due(tt.received, tt.months)
			if got.Format(time.DateOnly) != tt.want {
				t.Fatalf("Due = %s, want %s", got.Format(time.DateOnly), tt.want)
			}
		})
	}
}

func TestCalendarEndAndDaysLeft(t *testing.T) {
	rome, _ := time.LoadLocation("Europe/Rome")
	cal := requests.Calendar{Location: rome}
	due := cal.Due(time.Date(2026, 2, 27, 9, 0, 0, 0, rome), 1) // 27 March 2026
	end := cal.End(due)
	if want := time.Date(2026, 3, 28, 0, 0, 0, 0, rome); !end.Equal(want) {
		t.Fatalf("End = %s, want %s", end, want)
	}
	// 29 March 2026 is the switch to summer time: days still count whole.
	tests := []struct {
		at   time.Time
		want int
	}{
		{time.Date(2026, 3, 27, 23, 59, 0, 0, rome), 0},
		{time.Date(2026, 3, 1, 0, 0, 0, 0, rome), 26},
		{time.Date(2026, 3, 30, 12, 0, 0, 0, rome), -3},
	}
	for _, tt := range tests {
		if got := cal.DaysLeft(due, tt.at); got != tt.want {
			t.Errorf("DaysLeft at %s = %d, want %d", tt.at, got, tt.want)
		}
	}
}

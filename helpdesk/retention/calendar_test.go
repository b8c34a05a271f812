package retention

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
)

// TestCalendarMatchesGDPR checks the integer calendar against
// gdpr.Period.AddTo, the reference, over random instants and periods and
// every month end of a leap and a common year.
func TestCalendarMatchesGDPR(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	check := func(at time.Time, p gdpr.Period) {
		t.Helper()
		want := p.AddTo(at.UTC())
		got := civilOf(at).add(spanOf(p))
		if !got.Equal(want) || got.Location() != time.UTC {
			t.Fatalf("%v + %+v = %v, want %v", at, p, got, want)
		}
	}
	for y := 2023; y <= 2025; y++ {
		for m := time.January; m <= time.December; m++ {
			end := time.Date(y, m+1, 0, 13, 7, 5, 42, time.UTC)
			for n := 0; n <= 50; n++ {
				check(end, gdpr.Period{Months: n})
				check(end, gdpr.Period{Years: n % 5, Months: n % 13, Days: n % 3})
			}
		}
	}
	rome, _ := time.LoadLocation("Europe/Rome")
	for range 100_000 {
		at := time.Unix(r.Int64N(6_000_000_000)-2_000_000_000, r.Int64N(1e9))
		if r.IntN(2) == 0 {
			at = at.In(rome)
		}
		p := gdpr.Period{Years: r.IntN(12), Months: r.IntN(130), Weeks: r.IntN(3), Days: r.IntN(400), Hours: r.IntN(30), Minutes: r.IntN(90)}
		check(at, p)
	}
}

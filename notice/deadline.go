package notice

import (
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
)

// Art14Deadline returns the latest moment to give an Art. 14 notice: one
// month after the data were obtained (Art. 14(3)(a)), or earlier the first
// communication with the data subject (14(3)(b)) or the first disclosure
// to another recipient (14(3)(c)) when those are planned; pass the zero
// time for a moment that does not apply. The earliest trigger wins.
func Art14Deadline(obtained, firstContact, firstDisclosure time.Time) time.Time {
	d := gdpr.AddMonths(obtained, 1)
	for _, t := range []time.Time{firstContact, firstDisclosure} {
		if !t.IsZero() && t.Before(d) {
			d = t
		}
	}
	return d
}

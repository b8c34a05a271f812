package requests

import (
	"iter"
	"strings"

	"github.com/gdprkit/gdprkit/helpdesk/redact"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// OthersRedactor returns a redactor for [BundleOptions.Redactor] that
// removes other people's identifiers from free text but keeps the
// person's own: the identifiers r finds in the structured fields of
// subject's tickets, and in subject itself (tickets may be nil). A copy given under Art. 15
// must not withhold the person's own e-mail address where a message
// repeats it, and must not disclose a colleague's (Arts. 15(4), 20(4)).
//
// Identifiers are compared in their [redact.Normalize]d form, so
// "Anna@Example.it" in a message matches "anna@example.it" in a field,
// and "333 123 4567" matches "+39 3331234567". Everything else r finds is
// replaced as r's mode says. Names are not identifiers r finds: they stay
// (see package helpdesk/redact).
func OthersRedactor(r *redact.Redactor, subject string, tickets iter.Seq[ticket.Ticket]) func(string) string {
	own := map[string]bool{}
	add := func(s string) {
		for _, f := range r.Find(s) {
			own[ownKey(f)] = true
		}
	}
	add(subject)
	if tickets == nil {
		tickets = func(func(ticket.Ticket) bool) {}
	}
	for t := range tickets {
		if t.Subject != subject {
			continue
		}
		for _, f := range t.Fields {
			add(f.Value)
		}
	}
	return func(text string) string {
		fs := r.Find(text)
		if len(fs) == 0 {
			return text
		}
		var b strings.Builder
		b.Grow(len(text))
		last := 0
		for _, f := range fs {
			b.WriteString(text[last:f.Start])
			if own[ownKey(f)] {
				b.WriteString(f.Text)
			} else {
				b.WriteString(r.Replacement(f))
			}
			last = f.End
		}
		b.WriteString(text[last:])
		return b.String()
	}
}

func ownKey(f redact.Finding) string {
	return f.Kind.String() + "\x00" + redact.Normalize(f.Kind, f.Text)
}

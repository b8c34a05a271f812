package anonymize

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/redact"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// Errors callers may branch on.
var (
	// ErrLegalHold: the ticket carries a legal hold, which suspends every
	// retention action.
	ErrLegalHold = errors.New("anonymize: ticket under legal hold")
	// ErrStage: the ticket is already past the requested stage.
	ErrStage = errors.New("anonymize: stages only move forward")
)

// Options configure [Anonymize] and [Verify]. The zero value meets the
// anonymisation bar of legal/helpdesk.md §5.
type Options struct {
	// KeepRedactedText keeps the free text, redacted with placeholders,
	// instead of dropping it; message times are coarsened to the month and
	// author ids other than "customer" and "operator" removed. Off by
	// default: free text stripped of recognised identifiers still names
	// people, places and events, so a ticket that keeps it is not
	// anonymous without a documented re-identification risk analysis.
	KeepRedactedText bool
	// KeepFields, when not nil, lists the only non-identifier fields kept
	// (e.g. "product", "category"). When nil, every non-identifier field
	// whose value holds no identifier is kept.
	KeepFields []string
}

// ResolutionField is the name of the field Anonymize adds with the
// resolution-time bucket: one of "under_1h", "1h_to_1d", "1d_to_7d",
// "7d_to_30d", "over_30d".
const ResolutionField = "resolution_time"

// GeneralisedCategory is the category of the fields Anonymize adds.
const GeneralisedCategory = "generalised"

// placeholders is the redactor of the anonymisation stage.
var placeholders = redact.MustNew(redact.Options{Mode: redact.ModePlaceholder})

// Anonymize turns t in place into its anonymised form (stage S3); see the
// package documentation for what remains. A ticket already anonymised is
// left as it is.
func Anonymize(t *ticket.Ticket, opts Options) error {
	switch {
	case t.LegalHold != nil:
		return fmt.Errorf("%w: ticket %s", ErrLegalHold, t.ID)
	case t.Stage == ticket.StageAnonymised:
		return nil
	case t.Stage == ticket.StageDeleted:
		return fmt.Errorf("%w: ticket %s is deleted", ErrStage, t.ID)
	}
	bucket := resolutionBucket(t.Created, t.Closed)
	t.Subject = ""
	t.Fields = slices.DeleteFunc(t.Fields, func(f ticket.Field) bool {
		return f.Identifier || f.Name == ResolutionField ||
			opts.KeepFields != nil && !slices.Contains(opts.KeepFields, f.Name) ||
			len(placeholders.Find(f.Value)) > 0
	})
	if bucket != "" {
		t.Fields = append(t.Fields, ticket.Field{Name: ResolutionField, Category: GeneralisedCategory, Value: bucket})
	}
	if opts.KeepRedactedText {
		placeholders.RedactTicket(t)
		for i := range t.Messages {
			m := &t.Messages[i]
			m.At = month(m.At)
			if !roleAuthor(m.Author) {
				m.Author = ""
			}
		}
		for i := range t.Attachments {
			t.Attachments[i].Name = placeholders.Redact(t.Attachments[i].Name)
		}
	} else {
		t.Title = ""
		t.Messages = nil
		t.Notes = nil
		t.Attachments = nil
	}
	t.Created = month(t.Created)
	t.Closed = month(t.Closed)
	t.ContractEnd = month(t.ContractEnd)
	t.Stage = ticket.StageAnonymised
	return nil
}

// month returns the first instant of t's month in UTC; zero stays zero.
func month(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// isMonth reports whether t is zero or the first instant of a month in
// UTC.
func isMonth(t time.Time) bool { return t.IsZero() || t.Equal(month(t)) }

// resolutionBucket returns the bucket of the time from created to closed,
// or "" if either is unknown or closed is before created.
func resolutionBucket(created, closed time.Time) string {
	if created.IsZero() || closed.IsZero() || closed.Before(created) {
		return ""
	}
	switch d := closed.Sub(created); {
	case d < time.Hour:
		return "under_1h"
	case d < 24*time.Hour:
		return "1h_to_1d"
	case d < 7*24*time.Hour:
		return "1d_to_7d"
	case d < 30*24*time.Hour:
		return "7d_to_30d"
	default:
		return "over_30d"
	}
}

// roleAuthor reports whether a message author is a role, not a person.
func roleAuthor(a string) bool { return a == "" || a == "customer" || a == "operator" }

package anonymize

import (
	"fmt"
	"strings"

	"github.com/gdprkit/gdprkit/helpdesk/pseudonym"
	"github.com/gdprkit/gdprkit/helpdesk/redact"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// AuthorPrefix is the token prefix of pseudonymised author ids.
const AuthorPrefix = "AUTHOR"

// Pseudonymize turns t in place into its pseudonymised form (stage S2):
//
//   - Subject and the values of identifier fields become tokens of p. A
//     value that is one recognisable identifier is normalised first and
//     gets a typed token ("EMAIL_…"), so that the subject, an e-mail field
//     and the same address in a message share one token; any other value
//     gets a "tok_…" token of its trimmed text.
//   - Identifiers in free text — title, messages, notes, attachment names
//     and texts — become typed tokens of p (redact.ModePseudonym).
//   - Message authors other than "customer" and "operator" (operator ids)
//     become "AUTHOR_…" tokens.
//
// Timestamps, channel and the other fields stay. A ticket already
// pseudonymised is left as it is; an anonymised or deleted one is refused.
func Pseudonymize(t *ticket.Ticket, p *pseudonym.Pseudonymizer) error {
	switch {
	case t.LegalHold != nil:
		return fmt.Errorf("%w: ticket %s", ErrLegalHold, t.ID)
	case t.Stage == ticket.StagePseudonymised:
		return nil
	case t.Stage == ticket.StageAnonymised || t.Stage == ticket.StageDeleted:
		return fmt.Errorf("%w: ticket %s is %s", ErrStage, t.ID, t.Stage)
	}
	tokens := redact.MustNew(redact.Options{Mode: redact.ModePseudonym, Pseudonym: PseudonymFunc(p)})
	if t.Subject != "" {
		t.Subject = tokenOf(p, t.Subject)
	}
	for i := range t.Fields {
		f := &t.Fields[i]
		if f.Identifier && f.Value != "" {
			f.Value = tokenOf(p, f.Value)
		}
	}
	tokens.RedactTicket(t)
	for i := range t.Attachments {
		t.Attachments[i].Name = tokens.Redact(t.Attachments[i].Name)
	}
	for i := range t.Messages {
		if a := t.Messages[i].Author; !roleAuthor(a) {
			t.Messages[i].Author = p.TypedToken(AuthorPrefix, a)
		}
	}
	t.Stage = ticket.StagePseudonymised
	return nil
}

// PseudonymFunc returns the [redact.Options.Pseudonym] function that
// replaces a finding by p's typed token of its normalised value, as
// "EMAIL_…" or "CF_…": what a redactor in [redact.ModePseudonym] needs.
func PseudonymFunc(p *pseudonym.Pseudonymizer) func(redact.Kind, string) string {
	return func(k redact.Kind, v string) string { return p.TypedToken(k.Label(), v) }
}

// tokenOf returns the token of a structured value: typed and normalised
// when the whole value is one identifier, plain otherwise.
func tokenOf(p *pseudonym.Pseudonymizer, value string) string {
	v := strings.TrimSpace(value)
	if fs := placeholders.Find(v); len(fs) == 1 && fs[0].Start == 0 && fs[0].End == len(v) {
		return p.TypedToken(fs[0].Kind.Label(), redact.Normalize(fs[0].Kind, v))
	}
	return p.Token(v)
}

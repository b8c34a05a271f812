package anonymize

import (
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/redact"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// Problem is what [Verify] found wrong with an anonymised ticket.
type Problem string

// Problems.
const (
	// ProblemSubject: the link to the data subject is still there.
	ProblemSubject Problem = "subject_link"
	// ProblemIdentifierField: a field marked as a direct identifier is
	// still there.
	ProblemIdentifierField Problem = "identifier_field"
	// ProblemIdentifier: the redactor found an identifier in a value.
	ProblemIdentifier Problem = "identifier"
	// ProblemFreeText: free text is kept although the options drop it.
	ProblemFreeText Problem = "free_text"
	// ProblemTimestamp: a timestamp is finer than the month.
	ProblemTimestamp Problem = "precise_timestamp"
	// ProblemAuthor: a message author is a person's id, not a role.
	ProblemAuthor Problem = "author_id"
	// ProblemLegalHold: the ticket carries a legal hold, whose reason is
	// free text and whose presence forbids anonymising.
	ProblemLegalHold Problem = "legal_hold"
)

// Residue is one thing left in a ticket that anonymisation should have
// removed.
type Residue struct {
	// Path locates it: "subject", "fields[2].value", "messages[0].body",
	// "created"…
	Path string `json:"path"`
	// Problem is what is wrong.
	Problem Problem `json:"problem"`
	// Kind is the identifier found, for ProblemIdentifier.
	Kind redact.Kind `json:"kind,omitempty"`
}

// String returns "path: problem" and the kind, if any.
func (r Residue) String() string {
	if r.Kind.Valid() {
		return fmt.Sprintf("%s: %s (%s)", r.Path, r.Problem, r.Kind)
	}
	return fmt.Sprintf("%s: %s", r.Path, r.Problem)
}

// Verify reports what in t would not meet the anonymisation bar for opts:
// the subject link, identifier fields, identifiers the redactor still
// finds anywhere (fields and free text, at any confidence), free text kept
// when opts drop it, author ids, and timestamps finer than the month.
// Residues come in the order of the ticket's fields. A ticket that
// [Anonymize] produced with the same options verifies clean.
func Verify(t *ticket.Ticket, opts Options) []Residue {
	var rs []Residue
	add := func(path string, p Problem) { rs = append(rs, Residue{Path: path, Problem: p}) }
	text := func(path, s string) {
		if s == "" {
			return
		}
		if !opts.KeepRedactedText {
			add(path, ProblemFreeText)
		}
		for _, f := range placeholders.Find(s) {
			rs = append(rs, Residue{Path: path, Problem: ProblemIdentifier, Kind: f.Kind})
		}
	}
	stamp := func(path string, at time.Time) {
		if !isMonth(at) {
			add(path, ProblemTimestamp)
		}
	}
	if t.Subject != "" {
		add("subject", ProblemSubject)
	}
	stamp("created", t.Created)
	stamp("closed", t.Closed)
	stamp("contract_end", t.ContractEnd)
	if t.LegalHold != nil {
		add("legal_hold", ProblemLegalHold)
	}
	for i, f := range t.Fields {
		if f.Identifier {
			add(fmt.Sprintf("fields[%d]", i), ProblemIdentifierField)
		}
		for _, fd := range placeholders.Find(f.Value) {
			rs = append(rs, Residue{Path: fmt.Sprintf("fields[%d].value", i), Problem: ProblemIdentifier, Kind: fd.Kind})
		}
	}
	text("title", t.Title)
	for i, m := range t.Messages {
		text(fmt.Sprintf("messages[%d].body", i), m.Body)
		stamp(fmt.Sprintf("messages[%d].at", i), m.At)
		if !roleAuthor(m.Author) {
			add(fmt.Sprintf("messages[%d].author", i), ProblemAuthor)
		}
	}
	for i, n := range t.Notes {
		text(fmt.Sprintf("notes[%d]", i), n)
	}
	for i, a := range t.Attachments {
		text(fmt.Sprintf("attachments[%d].name", i), a.Name)
		text(fmt.Sprintf("attachments[%d].text", i), a.Text)
	}
	return rs
}

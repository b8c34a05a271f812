package ticket

import (
	"reflect"
	"testing"
	"time"
)

func TestClone(t *testing.T) {
	orig := &Ticket{
		ID:          "T-1",
		Subject:     "mario@example.it",
		LegalHold:   &LegalHold{Reason: "dispute", Until: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)},
		Fields:      []Field{{Name: "email", Identifier: true, Value: "mario@example.it"}},
		Messages:    []Message{{Author: "customer", Body: "ciao"}},
		Notes:       []string{"nota"},
		Attachments: []Attachment{{Name: "a.pdf", Text: "testo"}},
	}
	c := orig.Clone()
	if !reflect.DeepEqual(c, orig) {
		t.Fatalf("clone differs: %+v", c)
	}
	c.LegalHold.Reason = "x"
	c.Fields[0].Value = "x"
	c.Messages[0].Body = "x"
	c.Notes[0] = "x"
	c.Attachments[0].Text = "x"
	c.Texts(func(s *string) { *s = "y" })
	if orig.LegalHold.Reason != "dispute" || orig.Fields[0].Value != "mario@example.it" || orig.Messages[0].Body != "ciao" ||
		orig.Notes[0] != "nota" || orig.Attachments[0].Text != "testo" {
		t.Fatalf("changing the clone changed the original: %+v", orig)
	}
	if empty := (&Ticket{}).Clone(); empty.Fields != nil || empty.Messages != nil || empty.LegalHold != nil {
		t.Fatalf("clone of an empty ticket: %+v", empty)
	}
}

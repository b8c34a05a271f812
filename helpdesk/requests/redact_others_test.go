package requests_test

import (
	"slices"
	"testing"

	"github.com/gdprkit/gdprkit/helpdesk/redact"
	"github.com/gdprkit/gdprkit/helpdesk/requests"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

func TestOthersRedactor(t *testing.T) {
	tickets := []ticket.Ticket{
		{ID: "T-1", Subject: "cust-42", Fields: []ticket.Field{
			{Name: "email", Value: "anna@example.it"},
			{Name: "phone", Value: "+39 333 123 4567"},
		}},
		// Another person's ticket: their address is not the subject's own.
		{ID: "T-9", Subject: "cust-7", Fields: []ticket.Field{{Name: "email", Value: "luca@example.com"}}},
	}
	red := requests.OthersRedactor(redact.MustNew(redact.Options{}), "cust-42", slices.Values(tickets))
	tests := []struct{ in, want string }{
		{"write to Anna@Example.it please", "write to Anna@Example.it please"},
		{"call me on 3331234567", "call me on 3331234567"},
		{"my colleague luca@example.com too", "my colleague [EMAIL] too"},
		{"anna@example.it and luca@example.com", "anna@example.it and [EMAIL]"},
		{"IBAN IT60X0542811101000000123456", "IBAN [IBAN]"},
		{"nothing here", "nothing here"},
	}
	for _, tt := range tests {
		if got := red(tt.in); got != tt.want {
			t.Errorf("red(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOthersRedactorSubjectIsAnIdentifier(t *testing.T) {
	red := requests.OthersRedactor(redact.MustNew(redact.Options{}), "anna@example.it", nil)
	if got := red("from anna@example.it to bob@example.org"); got != "from anna@example.it to [EMAIL]" {
		t.Errorf("got %q", got)
	}
}

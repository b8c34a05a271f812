package anonymize

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/internal/corpus"
	"github.com/gdprkit/gdprkit/helpdesk/pseudonym"
	"github.com/gdprkit/gdprkit/helpdesk/redact"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

var testTickets = corpus.New(5).Tickets(200)

func TestAnonymizeVerifiesClean(t *testing.T) {
	for _, opts := range []Options{{}, {KeepRedactedText: true}, {KeepFields: []string{"product"}}} {
		for i := range testTickets {
			tk := testTickets[i].Clone()
			if err := Anonymize(tk, opts); err != nil {
				t.Fatal(err)
			}
			if rs := Verify(tk, opts); len(rs) > 0 {
				t.Fatalf("%+v: ticket %s keeps %v", opts, tk.ID, rs)
			}
			if rs := Verify(&testTickets[i], opts); len(rs) == 0 {
				t.Fatalf("the original ticket %s verifies clean", tk.ID)
			}
		}
	}
}

func TestAnonymizeResult(t *testing.T) {
	orig := &ticket.Ticket{
		ID:          "T-1",
		Subject:     "mario.rossi@example.it",
		Channel:     "email",
		Created:     time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC),
		Closed:      time.Date(2025, 3, 17, 18, 0, 0, 0, time.UTC),
		ContractEnd: time.Date(2025, 12, 31, 23, 0, 0, 0, time.FixedZone("UTC-2", -2*3600)),
		Fields: []ticket.Field{
			{Name: "name", Identifier: true, Value: "Mario Rossi"},
			{Name: "product", Category: "service", Value: "CloudBox"},
			{Name: "category", Category: "service", Value: "fatturazione"},
			{Name: "reference", Value: "scrivere a mario.rossi@example.it"},
		},
		Title:       "Rimborso su IBAN IT60X0542811101000000123456",
		Messages:    []ticket.Message{{Author: "op-17", At: time.Date(2025, 3, 14, 10, 0, 0, 0, time.UTC), Body: "Chiamare il 3471234567"}},
		Notes:       []string{"cliente Mario Rossi, CF RSSMRA85T10A562S"},
		Attachments: []ticket.Attachment{{Name: "CI_3471234567.pdf", Text: "carta d'identità"}},
	}
	t.Run("drop text", func(t *testing.T) {
		tk := orig.Clone()
		if err := Anonymize(tk, Options{}); err != nil {
			t.Fatal(err)
		}
		want := &ticket.Ticket{
			ID:          "T-1",
			Channel:     "email",
			Created:     time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
			Closed:      time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
			ContractEnd: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), // 31 Dec 23:00 at UTC-2 is January in UTC
			Stage:       ticket.StageAnonymised,
			Fields: []ticket.Field{
				{Name: "product", Category: "service", Value: "CloudBox"},
				{Name: "category", Category: "service", Value: "fatturazione"},
				{Name: ResolutionField, Category: GeneralisedCategory, Value: "1d_to_7d"},
			},
		}
		if got, wantS := fmt.Sprintf("%+v", *tk), fmt.Sprintf("%+v", *want); got != wantS {
			t.Fatalf("got\n%s\nwant\n%s", got, wantS)
		}
	})
	t.Run("keep redacted text", func(t *testing.T) {
		tk := orig.Clone()
		if err := Anonymize(tk, Options{KeepRedactedText: true, KeepFields: []string{"category"}}); err != nil {
			t.Fatal(err)
		}
		got := fmt.Sprintf("%q %q %q %q %q %v", tk.Title, tk.Messages[0].Body, tk.Messages[0].Author, tk.Notes, tk.Attachments, tk.Fields)
		want := `"Rimborso su IBAN [IBAN]" "Chiamare il [PHONE]" "" ["cliente Mario Rossi, CF [CF]"] [{"CI_[PHONE].pdf" "carta d'identità"}] [{category service false fatturazione} {resolution_time generalised false 1d_to_7d}]`
		if got != want {
			t.Fatalf("got\n%s\nwant\n%s", got, want)
		}
		if !tk.Messages[0].At.Equal(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("message time %v", tk.Messages[0].At)
		}
	})
	t.Run("original untouched by clone", func(t *testing.T) {
		if orig.Subject == "" || len(orig.Messages) != 1 {
			t.Fatal("Clone shares state")
		}
	})
}

func TestAnonymizeRefusesLegalHold(t *testing.T) {
	tk := testTickets[0].Clone()
	tk.LegalHold = &ticket.LegalHold{Reason: "contenzioso"}
	before := fmt.Sprintf("%+v", *tk)
	if err := Anonymize(tk, Options{}); !errors.Is(err, ErrLegalHold) {
		t.Fatalf("got %v", err)
	}
	if err := Pseudonymize(tk, newPseudonymizer(t)); !errors.Is(err, ErrLegalHold) {
		t.Fatalf("Pseudonymize: got %v", err)
	}
	if fmt.Sprintf("%+v", *tk) != before {
		t.Fatal("ticket changed")
	}
}

func TestAnonymizeIdempotent(t *testing.T) {
	tk := testTickets[1].Clone()
	Anonymize(tk, Options{KeepRedactedText: true})
	once := fmt.Sprintf("%+v", *tk)
	if err := Anonymize(tk, Options{}); err != nil || fmt.Sprintf("%+v", *tk) != once {
		t.Fatalf("second Anonymize changed the ticket: %v", err)
	}
	if err := Pseudonymize(tk, newPseudonymizer(t)); !errors.Is(err, ErrStage) {
		t.Fatalf("Pseudonymize after Anonymize: %v", err)
	}
}

// TestVerifyFindsResidues crafts bad outputs: each must be reported.
func TestVerifyFindsResidues(t *testing.T) {
	clean := func() *ticket.Ticket {
		tk := testTickets[2].Clone()
		if err := Anonymize(tk, Options{KeepRedactedText: true}); err != nil {
			t.Fatal(err)
		}
		return tk
	}
	tests := []struct {
		name  string
		opts  Options
		spoil func(*ticket.Ticket)
		want  string
	}{
		{"subject kept", Options{KeepRedactedText: true}, func(tk *ticket.Ticket) { tk.Subject = "C-1234" }, "subject: subject_link"},
		{"identifier field", Options{KeepRedactedText: true}, func(tk *ticket.Ticket) {
			tk.Fields = append(tk.Fields, ticket.Field{Name: "name", Identifier: true, Value: "Mario Rossi"})
		}, "fields[3]: identifier_field"},
		{"e-mail in a field", Options{KeepRedactedText: true}, func(tk *ticket.Ticket) { tk.Fields[0].Value = "scrivere a mario@example.it" }, "fields[0].value: identifier (email)"},
		{"phone in a message", Options{KeepRedactedText: true}, func(tk *ticket.Ticket) { tk.Messages[0].Body += " Chiamare il 02 1234 5678." }, "messages[0].body: identifier (phone)"},
		{"card in a note", Options{KeepRedactedText: true}, func(tk *ticket.Ticket) { tk.Notes = []string{"carta 4111 1111 1111 1111"} }, "notes[0]: identifier (payment_card)"},
		{"free text kept", Options{}, func(tk *ticket.Ticket) {}, "title: free_text"},
		{"precise time", Options{KeepRedactedText: true}, func(tk *ticket.Ticket) { tk.Created = tk.Created.Add(time.Minute) }, "created: precise_timestamp"},
		{"precise message time", Options{KeepRedactedText: true}, func(tk *ticket.Ticket) { tk.Messages[1].At = tk.Messages[1].At.Add(time.Hour) }, "messages[1].at: precise_timestamp"},
		{"author id", Options{KeepRedactedText: true}, func(tk *ticket.Ticket) { tk.Messages[0].Author = "luca.bianchi" }, "messages[0].author: author_id"},
		{"legal hold", Options{KeepRedactedText: true}, func(tk *ticket.Ticket) { tk.LegalHold = &ticket.LegalHold{Reason: "x"} }, "legal_hold: legal_hold"},
		{"IP in attachment name", Options{KeepRedactedText: true}, func(tk *ticket.Ticket) {
			tk.Attachments = []ticket.Attachment{{Name: "log-10.0.0.12.txt"}}
		}, "attachments[0].name: identifier (ip_address)"},
	}
	for _, tt := range tests {
		tk := clean()
		if rs := Verify(tk, Options{KeepRedactedText: true}); len(rs) > 0 {
			t.Fatalf("clean ticket: %v", rs)
		}
		tt.spoil(tk)
		var got []string
		for _, r := range Verify(tk, tt.opts) {
			got = append(got, r.String())
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: Verify = %q, want it to contain %q", tt.name, got, tt.want)
		}
	}
}

func newPseudonymizer(t testing.TB) *pseudonym.Pseudonymizer {
	t.Helper()
	keys := pseudonym.NewMemoryKeys()
	if err := keys.Set("support", bytes.Repeat([]byte{3}, 32)); err != nil {
		t.Fatal(err)
	}
	p, err := pseudonym.New(context.Background(), keys, "support")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPseudonymize(t *testing.T) {
	p := newPseudonymizer(t)
	orig := &ticket.Ticket{
		ID:      "T-9",
		Subject: " Mario.Rossi@Example.IT",
		Created: time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC),
		Fields: []ticket.Field{
			{Name: "email", Identifier: true, Value: "mario.rossi@example.it"},
			{Name: "customer_no", Identifier: true, Value: "C-1234"},
			{Name: "product", Value: "CloudBox"},
		},
		Title:    "Accesso negato",
		Messages: []ticket.Message{{Author: "op-17", Body: "Scriva a mario.rossi@example.it o al +39 347 123 4567."}},
	}
	tk := orig.Clone()
	if err := Pseudonymize(tk, p); err != nil {
		t.Fatal(err)
	}
	email := p.TypedToken("EMAIL", "mario.rossi@example.it")
	wantBody := "Scriva a " + email + " o al " + p.TypedToken("PHONE", "+393471234567") + "."
	switch {
	case tk.Subject != email || tk.Fields[0].Value != email:
		t.Errorf("subject %q and e-mail field %q, want both %q", tk.Subject, tk.Fields[0].Value, email)
	case tk.Fields[1].Value != p.Token("C-1234"):
		t.Errorf("customer number %q", tk.Fields[1].Value)
	case tk.Fields[2].Value != "CloudBox":
		t.Errorf("non-identifier field changed: %q", tk.Fields[2].Value)
	case tk.Messages[0].Body != wantBody:
		t.Errorf("body %q, want %q", tk.Messages[0].Body, wantBody)
	case tk.Messages[0].Author != p.TypedToken(AuthorPrefix, "op-17"):
		t.Errorf("author %q", tk.Messages[0].Author)
	case !tk.Created.Equal(orig.Created) || tk.Stage != ticket.StagePseudonymised:
		t.Errorf("created %v, stage %q", tk.Created, tk.Stage)
	}
	once := fmt.Sprintf("%+v", *tk)
	if err := Pseudonymize(tk, p); err != nil || fmt.Sprintf("%+v", *tk) != once {
		t.Errorf("second Pseudonymize changed the ticket: %v", err)
	}
}

// TestPseudonymizeCorpus: after S2 the redactor finds nothing in the free
// text (tokens are not mistaken for identifiers), and S3 after S2 verifies
// clean.
func TestPseudonymizeCorpus(t *testing.T) {
	p := newPseudonymizer(t)
	r := redact.MustNew(redact.Options{})
	for i := range testTickets {
		tk := testTickets[i].Clone()
		if err := Pseudonymize(tk, p); err != nil {
			t.Fatal(err)
		}
		tk.Texts(func(s *string) {
			if fs := r.Find(*s); len(fs) > 0 {
				t.Fatalf("ticket %s: %v left in %q", tk.ID, fs, *s)
			}
		})
		if !strings.HasPrefix(tk.Subject, "EMAIL_") {
			t.Fatalf("subject %q", tk.Subject)
		}
		if err := Anonymize(tk, Options{}); err != nil {
			t.Fatal(err)
		}
		if rs := Verify(tk, Options{}); len(rs) > 0 {
			t.Fatalf("ticket %s after S2 and S3: %v", tk.ID, rs)
		}
	}
}

func TestSmallGroups(t *testing.T) {
	mk := func(id, channel string, month time.Month, product string) *ticket.Ticket {
		return &ticket.Ticket{ID: id, Channel: channel, Created: time.Date(2025, month, 1, 0, 0, 0, 0, time.UTC),
			Fields: []ticket.Field{{Name: "product", Value: product}, {Name: "category", Value: "accesso"}}}
	}
	var ts []*ticket.Ticket
	for i := range 5 {
		ts = append(ts, mk(fmt.Sprint("A", i), "email", 3, "CloudBox"))
	}
	ts = append(ts, mk("B1", "chat", 3, "CloudBox"), mk("B2", "chat", 3, "CloudBox"), mk("C1", "email", 4, "CloudBox"))
	got := SmallGroups(slices.Values(ts), DefaultK)
	want := []Group{
		{Key: "channel=chat; created=2025-03; closed=; contract_end=; category=accesso; product=CloudBox", Count: 2, IDs: []string{"B1", "B2"}},
		{Key: "channel=email; created=2025-04; closed=; contract_end=; category=accesso; product=CloudBox", Count: 1, IDs: []string{"C1"}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got\n%v\nwant\n%v", got, want)
	}
	if got := SmallGroups(slices.Values(ts), 1); len(got) != 0 {
		t.Fatalf("k=1: %v", got)
	}
}

// TestDeletedTicketIsRefused: stages only move forward, and nothing is
// left of a deleted ticket to pseudonymise or anonymise.
func TestDeletedTicketIsRefused(t *testing.T) {
	tk := testTickets[1].Clone()
	tk.Stage = ticket.StageDeleted
	if err := Pseudonymize(tk, newPseudonymizer(t)); !errors.Is(err, ErrStage) {
		t.Errorf("Pseudonymize on a deleted ticket: %v, want ErrStage", err)
	}
	if err := Anonymize(tk, Options{}); !errors.Is(err, ErrStage) {
		t.Errorf("Anonymize on a deleted ticket: %v, want ErrStage", err)
	}
	if tk.Stage != ticket.StageDeleted {
		t.Errorf("stage moved back to %q", tk.Stage)
	}
}

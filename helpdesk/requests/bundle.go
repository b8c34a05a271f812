package requests

import (
	"cmp"
	_ "embed"
	"errors"
	"fmt"
	"iter"
	"slices"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// BundleFormat names the bundle's JSON format and version.
const BundleFormat = "gdprkit.bundle/v1"

// BundleSchema is the JSON Schema of [Bundle] (bundle.schema.json,
// generated from the Go types; a test keeps it current).
//
//go:embed bundle.schema.json
var BundleSchema []byte

// Bundle is the copy of a person's support data given on an access or
// portability request.
type Bundle struct {
	// Format is always "gdprkit.bundle/v1".
	Format string `json:"format" jsonschema:"enum=gdprkit.bundle/v1"`
	// Kind is the request the bundle answers: access or portability.
	Kind Kind `json:"kind" jsonschema:"enum=access,enum=portability"`
	// Request is the request's id.
	Request string `json:"request,omitempty"`
	// Subject is the person's id in the vendor's system.
	Subject string `json:"subject"`
	// Generated is when the bundle was made (UTC).
	Generated time.Time `json:"generated,omitzero"`
	// Tickets are the person's tickets, oldest first.
	Tickets []BundleTicket `json:"tickets"`
}

// BundleTicket is one ticket in a bundle.
type BundleTicket struct {
	// ID is the ticket's id.
	ID string `json:"id"`
	// Channel is how the ticket arrived (email, web_form, chat, phone…).
	Channel string `json:"channel,omitempty"`
	// Created is when the ticket was opened.
	Created time.Time `json:"created"`
	// Closed is when it was closed; absent while open.
	Closed time.Time `json:"closed,omitzero"`
	// Title is the ticket's subject line.
	Title string `json:"title,omitempty"`
	// Fields are the ticket's structured fields.
	Fields []BundleField `json:"fields,omitempty"`
	// Messages are the conversation, oldest first.
	Messages []BundleMessage `json:"messages,omitempty"`
	// Notes are support's internal notes about the ticket (access only).
	Notes []string `json:"notes,omitempty"`
	// Attachments hold the text of the attachments.
	Attachments []BundleAttachment `json:"attachments,omitempty"`
}

// BundleField is one structured field.
type BundleField struct {
	// Name is the field's name, e.g. "email".
	Name string `json:"name"`
	// Category is the data category, e.g. "contact".
	Category string `json:"category,omitempty"`
	// Value is the field's value.
	Value string `json:"value"`
}

// BundleMessage is one message of a ticket's conversation.
type BundleMessage struct {
	// From is who wrote it: customer (the person), support, or other.
	From string `json:"from" jsonschema:"enum=customer,enum=support,enum=other"`
	// At is when it was written.
	At time.Time `json:"at,omitzero"`
	// Body is the text, with other people's data removed.
	Body string `json:"body"`
}

// BundleAttachment is the text of one attachment.
type BundleAttachment struct {
	// Name is the file name.
	Name string `json:"name"`
	// Text is the extracted text, with other people's data removed.
	Text string `json:"text,omitempty"`
}

// The roles [BundleMessage.From] takes.
const (
	FromCustomer = "customer"
	FromSupport  = "support"
	FromOther    = "other"
)

// ErrNoRedactor is returned by [NewBundle] without a redactor: a copy of
// tickets that may name other people must not be given unredacted (Arts.
// 15(4), 20(4)).
var ErrNoRedactor = errors.New("requests: bundle needs a redactor")

// BundleOptions configure [NewBundle].
type BundleOptions struct {
	// Kind is KindAccess (the default) or KindPortability. A portability
	// bundle keeps only what the person provided: fields, title, the
	// person's own messages and attachments — not support's messages or
	// notes (Art. 20(1)).
	Kind Kind
	// Request is the request's id.
	Request string
	// Generated is the bundle's time; set it for reproducible output.
	Generated time.Time
	// Redactor removes other people's data from free text (title,
	// messages, notes, attachments). Required: helpdesk/redact provides
	// one. Fields are the person's own data and are kept as they are.
	Redactor func(string) string
	// Role maps a message author to FromCustomer, FromSupport or
	// FromOther; nil means: "customer" or the subject's id is the
	// customer, "operator" is support, anyone else is other.
	Role func(author string) string
}

// NewBundle builds the bundle of subject's tickets. Tickets of other
// subjects in the sequence are skipped.
func NewBundle(subject string, tickets iter.Seq[ticket.Ticket], opts BundleOptions) (Bundle, error) {
	if opts.Redactor == nil {
		return Bundle{}, ErrNoRedactor
	}
	kind := cmp.Or(opts.Kind, KindAccess)
	if kind != KindAccess && kind != KindPortability {
		return Bundle{}, fmt.Errorf("requests: a bundle answers access or portability, not %s", kind)
	}
	role := opts.Role
	if role == nil {
		role = func(author string) string {
			switch author {
			case "customer", subject:
				return FromCustomer
			case "operator":
				return FromSupport
			}
			return FromOther
		}
	}
	red := opts.Redactor
	b := Bundle{Format: BundleFormat, Kind: kind, Request: opts.Request, Subject: subject,
		Generated: utc(opts.Generated), Tickets: []BundleTicket{}}
	for t := range tickets {
		if t.Subject != subject {
			continue
		}
		bt := BundleTicket{ID: t.ID, Channel: t.Channel, Created: utc(t.Created), Closed: utc(t.Closed), Title: red(t.Title)}
		for _, f := range t.Fields {
			bt.Fields = append(bt.Fields, BundleField{Name: f.Name, Category: f.Category, Value: f.Value})
		}
		for _, m := range t.Messages {
			from := role(m.Author)
			if kind == KindPortability && from != FromCustomer {
				continue
			}
			bt.Messages = append(bt.Messages, BundleMessage{From: from, At: utc(m.At), Body: red(m.Body)})
		}
		if kind == KindAccess {
			for _, n := range t.Notes {
				bt.Notes = append(bt.Notes, red(n))
			}
		}
		for _, a := range t.Attachments {
			bt.Attachments = append(bt.Attachments, BundleAttachment{Name: red(a.Name), Text: red(a.Text)})
		}
		b.Tickets = append(b.Tickets, bt)
	}
	slices.SortStableFunc(b.Tickets, func(x, y BundleTicket) int {
		return cmp.Or(x.Created.Compare(y.Created), cmp.Compare(x.ID, y.ID))
	})
	return b, nil
}

func utc(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.UTC()
}

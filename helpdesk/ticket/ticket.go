package ticket

import "time"

// Ticket is one support ticket as the runtime kit sees it.
type Ticket struct {
	// ID is the vendor's ticket id.
	ID string `json:"id"`
	// Subject identifies the data subject (a customer id, an email…): the
	// link that anonymisation cuts.
	Subject string `json:"subject"`
	// Channel is the intake channel: phone, email, web_form, chat, remote.
	Channel string `json:"channel,omitempty"`
	// Created is when the ticket was opened (UTC).
	Created time.Time `json:"created"`
	// Closed is when it was closed; zero while open.
	Closed time.Time `json:"closed,omitzero"`
	// ContractEnd is when the customer's contract ended; zero while active.
	ContractEnd time.Time `json:"contract_end,omitzero"`
	// LegalHold, when set, suspends every retention action.
	LegalHold *LegalHold `json:"legal_hold,omitempty"`
	// Stage is the retention stage the ticket is in now, as the vendor
	// recorded it ("live", "closed", "pseudonymised", "anonymised",
	// "deleted"); empty is live.
	Stage string `json:"stage,omitempty"`
	// Fields are the structured fields.
	Fields []Field `json:"fields,omitempty"`
	// Title is the ticket's subject line (free text).
	Title string `json:"title,omitempty"`
	// Messages are the conversation, oldest first (free text).
	Messages []Message `json:"messages,omitempty"`
	// Notes are internal operator notes (free text).
	Notes []string `json:"notes,omitempty"`
	// Attachments hold the extracted text of attachments (free text).
	Attachments []Attachment `json:"attachments,omitempty"`
}

// LegalHold is a ground that forbids erasing or transforming a ticket, such
// as a pending dispute (Art. 17(3)(e)) or a legal obligation (Art. 17(3)(b)).
type LegalHold struct {
	Reason string    `json:"reason"`
	Until  time.Time `json:"until,omitzero"`
}

// Active reports whether the hold is in force at t: a hold without an end
// holds until it is lifted.
func (h *LegalHold) Active(t time.Time) bool {
	return h != nil && (h.Until.IsZero() || t.Before(h.Until))
}

// Field is one structured field of a ticket.
type Field struct {
	// Name of the field, e.g. "email", "licence_number".
	Name string `json:"name"`
	// Category is the data category key of the register, e.g. "contact".
	Category string `json:"category,omitempty"`
	// Identifier marks a direct identifier (name, email, phone…): it is
	// tokenised on pseudonymisation and dropped on anonymisation.
	Identifier bool `json:"identifier,omitempty"`
	// Value is the field's value.
	Value string `json:"value"`
}

// Message is one message of the conversation.
type Message struct {
	// Author is "customer", "operator" or a vendor's author id.
	Author string    `json:"author,omitempty"`
	At     time.Time `json:"at,omitzero"`
	Body   string    `json:"body"`
}

// Attachment is the extracted text of one attachment.
type Attachment struct {
	Name string `json:"name"`
	Text string `json:"text,omitempty"`
}

// Texts calls fn with a pointer to every free-text value of the ticket —
// title, message bodies, notes, attachment texts — so a redactor can
// rewrite them in place.
func (t *Ticket) Texts(fn func(s *string)) {
	fn(&t.Title)
	for i := range t.Messages {
		fn(&t.Messages[i].Body)
	}
	for i := range t.Notes {
		fn(&t.Notes[i])
	}
	for i := range t.Attachments {
		fn(&t.Attachments[i].Text)
	}
}

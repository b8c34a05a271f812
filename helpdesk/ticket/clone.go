package ticket

// Clone returns a deep copy of t, so that a transformation in place (such
// as anonymisation) can leave the original untouched.
func (t *Ticket) Clone() *Ticket {
	c := *t
	if t.LegalHold != nil {
		h := *t.LegalHold
		c.LegalHold = &h
	}
	c.Fields = append([]Field(nil), t.Fields...)
	c.Messages = append([]Message(nil), t.Messages...)
	c.Notes = append([]string(nil), t.Notes...)
	c.Attachments = append([]Attachment(nil), t.Attachments...)
	return &c
}

package helpdesk

import "github.com/gdprkit/gdprkit/gdpr"

// Channel is one intake channel of support.
type Channel struct {
	// ID names the channel in the policy, e.g. phone, web_form.
	ID string `json:"id" validate:"required,id"`
	// Kind is the kind of channel.
	Kind ChannelKind `json:"kind" validate:"required,enum"`
	// Name is how the channel is called in the documents; empty uses the
	// kind's label.
	Name gdpr.Text `json:"name,omitempty"`
	// Contact is where customers reach the channel: a phone number, an
	// email address, a URL.
	Contact string `json:"contact,omitempty"`
	// Hours are the opening hours, e.g. "lun-ven 9-18".
	Hours gdpr.Text `json:"hours,omitempty"`
	// Purpose is what the channel is for.
	Purpose gdpr.Text `json:"purpose,omitempty"`
	// Recording is the channel's recording policy; absent means never
	// recorded.
	Recording Recording `json:"recording,omitzero"`
	// Fields are the data the channel collects. Fields outside the list
	// are refused or stripped.
	Fields []Field `json:"fields,omitempty" validate:"omitempty,dive"`
	// Refusal is what happens when a mandatory field is not given
	// (Art. 13(2)(e)); empty uses the standard wording (the request cannot
	// be handled).
	Refusal gdpr.Text `json:"refusal,omitempty"`
}

// Field is one datum a channel collects.
type Field struct {
	// ID names the field as the ticketing system does, e.g. licence_number.
	ID string `json:"id" validate:"required,id"`
	// Name is the field's label in the documents.
	Name gdpr.Text `json:"name" validate:"required"`
	// Category is the id of its data category in register.data_categories;
	// it must be one of the support activity's categories.
	Category string `json:"category" validate:"required,id"`
	// Mandatory is true when the request cannot be handled without it.
	Mandatory bool `json:"mandatory,omitempty"`
	// Purpose is why support needs it; a mandatory field without one is a
	// data-minimisation warning (Art. 5(1)(c)).
	Purpose gdpr.Text `json:"purpose,omitempty"`
}

// Recording is a channel's recording policy. Recording is off unless
// Recorded is true (legal/helpdesk.md §1: off by default).
type Recording struct {
	// Recorded is true when calls, chats, video or screen sessions of the
	// channel are recorded.
	Recorded bool `json:"recorded,omitempty"`
	// Purpose is why they are recorded.
	Purpose gdpr.Text `json:"purpose,omitempty"`
	// Announcement is how the person is told before recording starts.
	Announcement gdpr.Text `json:"announcement,omitempty"`
	// Listeners are the role ids that may listen to or view recordings.
	Listeners []string `json:"listeners,omitempty" validate:"omitempty,dive,id"`
	// Retention is how long recordings are kept (ISO 8601).
	Retention gdpr.Duration `json:"retention,omitempty" validate:"omitempty,duration"`
}

// Label returns the channel's name in lang: its own, else its kind's.
func (c Channel) Label(lang string) string {
	if s := c.Name.In(lang); s != "" {
		return s
	}
	return c.Kind.Label(lang)
}

// Voice reports whether the channel carries voice, video or a screen —
// what can be recorded — so the documents always say whether it is.
func (k ChannelKind) Voice() bool {
	return k == ChannelPhone || k == ChannelChat || k == ChannelRemoteSession || k == ChannelVideo
}

package notice

import (
	"slices"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// Notice is one privacy notice (informativa) of a pack: the information of
// Art. 13 or 14 for one audience, derived from the register activities that
// concern it. In YAML it is an item of the top-level notices list.
type Notice struct {
	// ID identifies the notice; output files are named after it
	// (notice-<id>.<lang>.pdf).
	ID string `json:"id" validate:"required,id"`
	// Audience are ids of data-subject categories of register.data_subjects
	// the notice is addressed to.
	Audience []string `json:"audience" validate:"required,min=1,dive,id"`
	// Activities are ids of register activities the notice covers; empty
	// means every activity, not omitted under Art. 30(5), that concerns one
	// of the audience categories.
	Activities []string `json:"activities,omitempty" validate:"omitempty,dive,id"`
	// Kind is art13 when the data are collected from the data subject
	// (including by observation), art14 when they are obtained elsewhere;
	// empty means art13.
	Kind Kind `json:"kind,omitempty" validate:"omitempty,enum"`
	// Title is the notice's title; empty uses the standard one
	// ("Informativa sul trattamento dei dati personali").
	Title gdpr.Text `json:"title,omitempty"`
	// Intro replaces the standard opening paragraph.
	Intro gdpr.Text `json:"intro,omitempty"`
	// Contact is the address data subjects write to in order to exercise
	// their rights (e.g. privacy@example.com); empty uses the controller's
	// email.
	Contact string `json:"contact,omitempty" validate:"omitempty,email"`
	// URL is where the full notice is published; the short first layer
	// links to it.
	URL string `json:"url,omitempty" validate:"omitempty,url"`
	// Version of the notice, e.g. "2.1".
	Version string `json:"version,omitempty"`
	// Date is when the notice was last updated; empty uses the pack's date.
	Date gdpr.Date `json:"date,omitempty" validate:"omitempty,date"`
	// Recipients says how recipients are shown: names (the default, which
	// the CJEU requires for access requests, C-154/21) or categories.
	Recipients RecipientDetail `json:"recipients,omitempty" validate:"omitempty,enum"`
	// Objection says how to object beyond writing to the contact, e.g. the
	// unsubscribe link in every newsletter (Art. 21(4), 21(5)).
	Objection gdpr.Text `json:"objection,omitempty"`
	// Obtained describes data not obtained from the data subject: source,
	// timing and any Art. 14(5) exemption. Required for kind art14.
	Obtained *Obtained `json:"obtained,omitempty"`
	// Authority is the supervisory authority to name for complaints when
	// gdprkit does not know the one of the controller's country (for
	// example a German Land authority); it overrides the built-in one.
	Authority *gdpr.Party `json:"authority,omitempty"`
	// ChildFriendly states that the texts are written in language a child
	// understands, for audiences that include minors (Art. 12(1), Recital 58).
	ChildFriendly bool `json:"child_friendly,omitempty"`
	// Sections are titled blocks of free text the notice adds after the list
	// of personal data: what a web form collects, what a remote session
	// logs, which fields are mandatory.
	Sections []Section `json:"sections,omitempty" validate:"dive"`
}

// Section is a titled block of additional information in a notice.
type Section struct {
	// Title is the section's heading.
	Title gdpr.Text `json:"title" validate:"required"`
	// Text is the body; a blank line starts a new paragraph.
	Text gdpr.Text `json:"text,omitempty"`
	// Items are shown as a bulleted list after the text.
	Items []gdpr.Text `json:"items,omitempty"`
	// Topics say what the section states, for checks elsewhere in the
	// pack: a section with topic recording announces recorded calls, as
	// the support-data policy requires of every recorded channel.
	Topics []Topic `json:"topics,omitempty" validate:"omitempty,dive,enum"`
}

// Covers reports whether the notice covers the register activity id: it
// names it, or it names none and the activity concerns its audience.
func (n Notice) Covers(reg *register.Register, id string) bool {
	if len(n.Activities) > 0 {
		return slices.Contains(n.Activities, id)
	}
	a, ok := reg.Activity(id)
	return ok && !a.Omitted && concernsAny(a, n.Audience)
}

// States reports whether one of the notice's sections is marked with
// topic t.
func (n Notice) States(t Topic) bool {
	for _, s := range n.Sections {
		if slices.Contains(s.Topics, t) {
			return true
		}
	}
	return false
}

// Obtained describes how personal data not collected from the data subject
// were obtained (Art. 14).
type Obtained struct {
	// Source names where the data come from (Art. 14(2)(f)); when the
	// source cannot be named, its nature, sector and location. Empty uses
	// the sources of the register activities.
	Source gdpr.Text `json:"source,omitempty"`
	// Public is true when the source is publicly accessible.
	Public bool `json:"public,omitempty"`
	// Timing is when the notice is given (Art. 14(3)).
	Timing Timing `json:"timing,omitempty" validate:"omitempty,enum"`
	// Exemption is the Art. 14(5) exemption relied on, if any.
	Exemption *Exemption `json:"exemption,omitempty"`
}

// Exemption is an Art. 14(5) (or 13(4)) exemption from giving information,
// read narrowly and documented.
type Exemption struct {
	// Ground is the exemption relied on.
	Ground ExemptionGround `json:"ground" validate:"required,enum"`
	// Assessment references the documented assessment of the exemption.
	Assessment string `json:"assessment,omitempty"`
	// Measures are the appropriate measures taken to protect the data
	// subject, including making the information publicly available
	// (required for disproportionate_effort).
	Measures gdpr.Text `json:"measures,omitempty"`
	// LawReference cites the law that lays down the obtaining or disclosure
	// (laid_down_by_law) or the secrecy obligation (professional_secrecy).
	LawReference string `json:"law_reference,omitempty"`
}

// KindOrDefault returns the notice's kind, art13 when unset.
func (n Notice) KindOrDefault() Kind {
	if n.Kind == "" {
		return Art13
	}
	return n.Kind
}

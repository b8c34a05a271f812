package register

import (
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
)

// Status is the life-cycle state of an activity.
type Status string

// The activity states.
const (
	Planned   Status = "planned"
	Active    Status = "active"
	Suspended Status = "suspended"
	Retired   Status = "retired"
)

// Valid reports whether s is a known status or empty.
func (s Status) Valid() bool {
	switch s {
	case "", Planned, Active, Suspended, Retired:
		return true
	}
	return false
}

// Keys returns every status key.
func (Status) Keys() []string { return []string{"planned", "active", "suspended", "retired"} }

// Label returns the status in words in lang; the key itself when unknown.
func (s Status) Label(lang string) string { return enumLabel("status", string(s), lang) }

// Activity is one processing activity as controller (a "scheda" of the
// Art. 30(1) register).
type Activity struct {
	// ID identifies the activity across the pack, e.g. "support".
	ID string `json:"id" validate:"required,id"`
	// Name is the activity's name.
	Name gdpr.Text `json:"name" validate:"required"`
	// Description says what the processing is.
	Description gdpr.Text `json:"description,omitempty"`
	// Function is the business function that runs it.
	Function gdpr.Text `json:"function,omitempty"`
	// Owner is the person or role accountable for it.
	Owner string `json:"owner,omitempty"`
	// Status is planned, active, suspended or retired.
	Status Status `json:"status,omitempty" validate:"omitempty,enum"`
	// Created and Updated date the entry itself (Garante FAQ).
	Created gdpr.Date `json:"created,omitempty" validate:"omitempty,date"`
	Updated gdpr.Date `json:"updated,omitempty" validate:"omitempty,date"`
	// JointControllers are set when the controllership is joint (Art. 26).
	JointControllers []gdpr.JointController `json:"joint_controllers,omitempty" validate:"dive"`
	// Purposes of the processing (Art. 30(1)(b)), each with its basis.
	Purposes []Purpose `json:"purposes,omitempty" validate:"dive"`
	// SpecialConditions are the Art. 9(2) conditions for special categories.
	SpecialConditions []gdpr.SpecialCondition `json:"special_conditions,omitempty" validate:"dive,enum"`
	// CriminalBasis is the Art. 10 basis for criminal-offence data: the
	// national law that authorises it (e.g. "art. 2-octies Codice privacy").
	CriminalBasis gdpr.Text `json:"criminal_basis,omitempty"`
	// DataSubjects are ids of data-subject categories (Art. 30(1)(c)).
	DataSubjects []string `json:"data_subjects,omitempty"`
	// DataCategories are ids of personal-data categories (Art. 30(1)(c)).
	DataCategories []string `json:"data_categories,omitempty"`
	// Sources says where data not collected from the person come from
	// (Art. 14(2)(f)).
	Sources []Source `json:"sources,omitempty" validate:"dive"`
	// Provision says whether giving the data is a legal or contractual
	// requirement, and what happens if they are not given (Art. 13(2)(e)).
	Provision gdpr.Text `json:"provision,omitempty"`
	// Recipients are ids of recipients (Art. 30(1)(d)).
	Recipients []string `json:"recipients,omitempty"`
	// NoRecipients states explicitly that data are disclosed to no one.
	NoRecipients bool `json:"no_recipients,omitempty"`
	// Transfers outside the EEA (Art. 30(1)(e)).
	Transfers []gdpr.Transfer `json:"transfers,omitempty" validate:"dive"`
	// Retention are the time limits for erasure (Art. 30(1)(f)).
	Retention []gdpr.Retention `json:"retention,omitempty" validate:"dive"`
	// Security is the general description of the measures (Art. 30(1)(g)).
	Security gdpr.Security `json:"security,omitempty"`
	// Systems are ids of the systems that hold the data.
	Systems []string `json:"systems,omitempty"`
	// AutomatedDecisions describes automated decision-making and profiling
	// (Art. 22), when any.
	AutomatedDecisions *AutomatedDecisions `json:"automated_decisions,omitempty"`
	// DPIA records whether an impact assessment is required and its state.
	DPIA *DPIA `json:"dpia,omitempty"`
	// Occasional and LikelyRisk feed the Art. 30(5) assessment.
	Occasional bool  `json:"occasional,omitempty"`
	LikelyRisk *bool `json:"likely_risk,omitempty"`
	// Omitted marks an activity left out of the register under the
	// Art. 30(5) exemption: it stays in the pack with its assessment.
	Omitted bool `json:"omitted,omitempty"`
	// Notes are free remarks.
	Notes gdpr.Text `json:"notes,omitempty"`
}

// Purpose is one purpose of an activity with its legal basis.
type Purpose struct {
	// Description says the purpose in plain language.
	Description gdpr.Text `json:"description" validate:"required"`
	// DPV is the DPV purpose, e.g. "dpv:CustomerCare".
	DPV string `json:"dpv,omitempty" validate:"omitempty,dpv"`
	// LegalBasis is the Art. 6(1) basis.
	LegalBasis gdpr.LegalBasis `json:"legal_basis,omitempty" validate:"omitempty,enum"`
	// BasisReference is the law or contract clause, e.g. "art. 2220 c.c.".
	BasisReference string `json:"basis_reference,omitempty"`
	// LegitimateInterest states the interest pursued, for basis
	// legitimate_interests (Art. 13(1)(d)).
	LegitimateInterest gdpr.Text `json:"legitimate_interest,omitempty"`
	// LIA references the legitimate interest assessment.
	LIA string `json:"lia,omitempty"`
	// ConsentRecord references where consents are recorded (Art. 7(1)).
	ConsentRecord string `json:"consent_record,omitempty"`
	// Withdrawal says how consent is withdrawn (Art. 7(3)).
	Withdrawal gdpr.Text `json:"withdrawal,omitempty"`
	// DirectMarketing marks a direct-marketing purpose: the right to object
	// applies whatever the basis (Art. 21(2)).
	DirectMarketing bool `json:"direct_marketing,omitempty"`
	// Secondary marks a purpose secondary to the activity's main one.
	Secondary bool `json:"secondary,omitempty"`
}

// Source is where some data categories come from.
type Source struct {
	// Categories are the ids of the data categories obtained this way;
	// empty means every category.
	Categories []string `json:"categories,omitempty"`
	// FromSubject is true when the data come from the person themself.
	FromSubject bool `json:"from_subject,omitempty"`
	// Description names the source, e.g. "the customer's employer".
	Description gdpr.Text `json:"description,omitempty"`
	// Public is true when the source is publicly accessible (Art. 14(2)(f)).
	Public bool `json:"public,omitempty"`
}

// AutomatedDecisions describes automated decision-making (Art. 22).
type AutomatedDecisions struct {
	// Solely is true when decisions are based solely on automated
	// processing with legal or similarly significant effects.
	Solely bool `json:"solely,omitempty"`
	// Profiling is true when the activity profiles people.
	Profiling bool `json:"profiling,omitempty"`
	// Logic gives meaningful information about the logic involved.
	Logic gdpr.Text `json:"logic,omitempty"`
	// Consequences states the significance and envisaged consequences.
	Consequences gdpr.Text `json:"consequences,omitempty"`
}

// DPIAStatus is the state of a data protection impact assessment.
type DPIAStatus string

// Valid reports whether s is a known status or empty.
func (s DPIAStatus) Valid() bool {
	switch s {
	case "", "not_required", "planned", "in_progress", "completed":
		return true
	}
	return false
}

// Keys returns every status key.
func (DPIAStatus) Keys() []string {
	return []string{"not_required", "planned", "in_progress", "completed"}
}

// Label returns the status in words in lang; the key itself when unknown.
func (s DPIAStatus) Label(lang string) string { return enumLabel("dpia_status", string(s), lang) }

// enumLabel looks up "<prefix>.<key>" in the register catalog, falling
// back to the key so an unknown value is shown rather than hidden.
func enumLabel(prefix, key, lang string) string {
	if _, ok := i18n.Register[prefix+"."+key]; !ok {
		return key
	}
	return i18n.Register.T(lang, prefix+"."+key)
}

// DPIA records the impact assessment of an activity (Art. 35–36).
type DPIA struct {
	Required          bool       `json:"required,omitempty"`
	Reason            gdpr.Text  `json:"reason,omitempty"`
	Status            DPIAStatus `json:"status,omitempty" validate:"omitempty,enum"`
	Reference         string     `json:"reference,omitempty"`
	PriorConsultation bool       `json:"prior_consultation,omitempty"`
}

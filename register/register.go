package register

import "github.com/gdprkit/gdprkit/gdpr"

// Register is the Art. 30 register of one legal entity: its header, its
// catalogs, its activities as controller and, where it also acts as
// processor, its processor register.
type Register struct {
	// Version of the register, e.g. "3.0".
	Version string `json:"version,omitempty"`
	// FirstCreated is when the register was first created.
	FirstCreated gdpr.Date `json:"first_created,omitempty" validate:"omitempty,date"`
	// LastUpdated is when it was last updated.
	LastUpdated gdpr.Date `json:"last_updated,omitempty" validate:"omitempty,date"`
	// NextReview is when it is due for review.
	NextReview gdpr.Date `json:"next_review,omitempty" validate:"omitempty,date"`
	// ReviewCycle is how often it is reviewed, e.g. P6M.
	ReviewCycle gdpr.Duration `json:"review_cycle,omitempty" validate:"omitempty,duration"`
	// Approvals are the sign-offs of this version.
	Approvals []Approval `json:"approvals,omitempty" validate:"dive"`
	// Revisions is the revision history, oldest first.
	Revisions []Revision `json:"revisions,omitempty" validate:"dive"`
	// DataSubjects is the catalog of data-subject categories.
	DataSubjects []DataSubjectCategory `json:"data_subjects,omitempty" validate:"dive"`
	// DataCategories is the catalog of personal-data categories.
	DataCategories []DataCategory `json:"data_categories,omitempty" validate:"dive"`
	// Recipients is the catalog of recipients: processors, other
	// controllers, authorities, internal functions.
	Recipients []Recipient `json:"recipients,omitempty" validate:"dive"`
	// Systems is the catalog of systems and assets that hold the data.
	Systems []System `json:"systems,omitempty" validate:"dive"`
	// Activities are the processing activities as controller (Art. 30(1)).
	Activities []Activity `json:"activities,omitempty" validate:"dive"`
	// Processor is the register kept as processor (Art. 30(2)), when the
	// organisation processes on behalf of other controllers.
	Processor *ProcessorRegister `json:"processor,omitempty"`
}

// Approval is one sign-off of the register.
type Approval struct {
	// By is who approved.
	By string `json:"by" validate:"required"`
	// Role is the approver's role, e.g. "Amministratore delegato".
	Role string `json:"role,omitempty"`
	// Date is when.
	Date gdpr.Date `json:"date" validate:"required,date"`
	// Version is the register version approved.
	Version string `json:"version,omitempty"`
}

// Revision is one entry of the revision history.
type Revision struct {
	Version     string    `json:"version" validate:"required"`
	Date        gdpr.Date `json:"date" validate:"required,date"`
	Author      string    `json:"author,omitempty"`
	Description gdpr.Text `json:"description,omitempty"`
}

// DataSubjectCategory is a category of data subjects (Art. 30(1)(c)).
type DataSubjectCategory struct {
	// ID is how activities and notices refer to it, e.g. "customers".
	ID string `json:"id" validate:"required,id"`
	// Name is the category's name.
	Name gdpr.Text `json:"name" validate:"required"`
	// Description says who they are.
	Description gdpr.Text `json:"description,omitempty"`
	// Vulnerable marks people in a position of weakness (employees,
	// patients…), which raises the risk (WP248).
	Vulnerable bool `json:"vulnerable,omitempty"`
	// Minors marks categories that include children.
	Minors bool `json:"minors,omitempty"`
	// DPV is the DPV term, e.g. "dpv:Customer".
	DPV string `json:"dpv,omitempty" validate:"omitempty,dpv"`
}

// DataCategory is a category of personal data (Art. 30(1)(c)).
type DataCategory struct {
	// ID is how activities and notices refer to it, e.g. "contact".
	ID string `json:"id" validate:"required,id"`
	// Name is the category's name.
	Name gdpr.Text `json:"name" validate:"required"`
	// Description lists what it includes.
	Description gdpr.Text `json:"description,omitempty"`
	// Special marks an Art. 9(1) special category (health, biometric…).
	Special bool `json:"special,omitempty"`
	// Criminal marks Art. 10 data on criminal convictions and offences.
	Criminal bool `json:"criminal,omitempty"`
	// DPV is the DPV term, e.g. "pd:Health".
	DPV string `json:"dpv,omitempty" validate:"omitempty,dpv"`
}

// Recipient is someone to whom data are disclosed (Art. 4(9), 30(1)(d)).
type Recipient struct {
	// ID is how activities refer to it.
	ID string `json:"id" validate:"required,id"`
	// Name is the recipient's name; for a category of recipients, the
	// category ("banks").
	Name gdpr.Text `json:"name" validate:"required"`
	// Kind says what the recipient is in GDPR terms.
	Kind gdpr.RecipientKind `json:"kind" validate:"required,enum"`
	// Category is the category the recipient belongs to, as notices show it
	// when they name categories ("cloud ticketing provider").
	Category gdpr.Text `json:"category,omitempty"`
	// Service describes what the recipient does with the data.
	Service gdpr.Text `json:"service,omitempty"`
	// Country is where the recipient processes the data (ISO 3166-1).
	Country string `json:"country,omitempty" validate:"omitempty,country"`
	// Contract references the Art. 28 contract or data processing agreement.
	Contract string `json:"contract,omitempty"`
	// Authorisation references the controller's authorisation of a
	// sub-processor (Art. 28(2)).
	Authorisation string `json:"authorisation,omitempty"`
	// Contact is the recipient's contact details.
	Contact *gdpr.Party `json:"contact,omitempty"`
}

// System is a system or asset that holds personal data.
type System struct {
	ID       string    `json:"id" validate:"required,id"`
	Name     string    `json:"name" validate:"required"`
	Vendor   string    `json:"vendor,omitempty"`
	Location gdpr.Text `json:"location,omitempty"`
}

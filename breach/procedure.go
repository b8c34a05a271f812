package breach

import (
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// ProcedureSettings are the settings of the breach response procedure: who
// responds, how incidents are reported, the internal deadlines and the
// supervisory authority. [Procedure] (the function) turns them into the
// written procedure.
type ProcedureSettings struct {
	// Identifier is the document reference, e.g. "PRO-DB-01".
	Identifier string `json:"identifier,omitempty"`
	// Version of the procedure, e.g. "2.0".
	Version string `json:"version,omitempty"`
	// Date is the date of this version.
	Date gdpr.Date `json:"date,omitempty" validate:"omitempty,date"`
	// Owner is the function that maintains the procedure.
	Owner string `json:"owner,omitempty"`
	// Approvals are the sign-offs of this version.
	Approvals []register.Approval `json:"approvals,omitempty" validate:"dive"`
	// Revisions is the revision history, oldest first.
	Revisions []register.Revision `json:"revisions,omitempty" validate:"dive"`
	// Scope adds to the standard scope (staff, collaborators, processors).
	Scope gdpr.Text `json:"scope,omitempty"`
	// TimeZone is the IANA zone in which documents print times, e.g.
	// "Europe/Rome"; deadlines are computed on instants, so it changes only
	// how they read. Default: the zone of the controller's country.
	TimeZone string `json:"time_zone,omitempty"`
	// Team is the breach response team.
	Team []TeamMember `json:"team,omitempty" validate:"dive"`
	// ContactPoint is the contact point for the authority and the people
	// when no DPO is designated (Art. 33(3)(b)).
	ContactPoint *gdpr.Party `json:"contact_point,omitempty"`
	// Channels are how staff and processors report an incident.
	Channels []Channel `json:"channels,omitempty" validate:"dive"`
	// Contacts are emergency contacts: forensic firm, hosting provider,
	// police, insurer.
	Contacts []Contact `json:"contacts,omitempty" validate:"dive"`
	// Deadlines are the internal targets of each phase.
	Deadlines Deadlines `json:"deadlines,omitempty"`
	// Fallbacks say what to do out of hours or when decision-makers are
	// absent.
	Fallbacks gdpr.Text `json:"fallbacks,omitempty"`
	// Authority overrides the supervisory authority found from the
	// controller's country.
	Authority *AuthoritySetting `json:"authority,omitempty"`
	// ReviewCycle is how often the procedure is reviewed, e.g. P1Y.
	ReviewCycle gdpr.Duration `json:"review_cycle,omitempty" validate:"omitempty,duration"`
	// ExerciseCycle is how often a tabletop exercise is held, e.g. P1Y.
	ExerciseCycle gdpr.Duration `json:"exercise_cycle,omitempty" validate:"omitempty,duration"`
	// RecordRetention is how long breach records are kept (they hold
	// personal data themselves), e.g. P5Y.
	RecordRetention gdpr.Duration `json:"record_retention,omitempty" validate:"omitempty,duration"`
	// Documents reference related internal documents (security incident
	// procedure, business continuity plan).
	Documents []string `json:"documents,omitempty"`
}

// TeamMember is one member of the breach response team.
type TeamMember struct {
	// Role is the member's role in the response.
	Role TeamRole `json:"role" validate:"required,enum"`
	// Name is a person's or function's name.
	Name string `json:"name" validate:"required"`
	// Function is the member's job, e.g. "Responsabile IT".
	Function gdpr.Text `json:"function,omitempty"`
	// Email is how to reach the member at once.
	Email string `json:"email,omitempty" validate:"omitempty,email"`
	// Phone is the member's phone number, for urgent calls.
	Phone string `json:"phone,omitempty"`
	// Deputy stands in when the member is absent.
	Deputy string `json:"deputy,omitempty"`
}

// Channel is a way to report an incident internally.
type Channel struct {
	// Kind is email, phone, ticket, form, in_person or other.
	Kind ChannelKind `json:"kind" validate:"required,enum"`
	// Address is the email address, number or URL.
	Address string `json:"address,omitempty"`
	// Description says when and by whom it is used.
	Description gdpr.Text `json:"description,omitempty"`
	// Hours says when it is staffed, e.g. "24/7".
	Hours gdpr.Text `json:"hours,omitempty"`
}

// Contact is an emergency contact.
type Contact struct {
	// Name of the organisation or person.
	Name string `json:"name" validate:"required"`
	// Service says what they do for us, e.g. "digital forensics".
	Service gdpr.Text `json:"service,omitempty"`
	// Email is the contact's email address.
	Email string `json:"email,omitempty" validate:"omitempty,email"`
	// Phone is the contact's phone number.
	Phone string `json:"phone,omitempty"`
	// Hours says when they are reachable.
	Hours gdpr.Text `json:"hours,omitempty"`
}

// Deadlines are the internal targets of the procedure, as ISO 8601
// durations (PT1H, PT24H). The authority deadline is the legal one, 72
// hours from awareness, and cannot be set.
type Deadlines struct {
	// Report is how soon staff report an incident after noticing it.
	// Default PT1H.
	Report gdpr.Duration `json:"report,omitempty" validate:"omitempty,duration"`
	// Assessment is how soon after awareness the risk is assessed.
	// Default PT24H.
	Assessment gdpr.Duration `json:"assessment,omitempty" validate:"omitempty,duration"`
	// ProcessorToController is how soon we tell a controller when we act
	// as processor (and what our Art. 28 contracts ask of our processors).
	// Default PT24H.
	ProcessorToController gdpr.Duration `json:"processor_to_controller,omitempty" validate:"omitempty,duration"`
	// Subjects is how soon after the high-risk decision the people are
	// told. Default PT72H.
	Subjects gdpr.Duration `json:"subjects,omitempty" validate:"omitempty,duration"`
}

// AuthoritySetting names the supervisory authority to notify, when the
// built-in one for the controller's country is not right (or missing).
type AuthoritySetting struct {
	// Country is the authority's Member State (ISO 3166-1).
	Country string `json:"country,omitempty" validate:"omitempty,country"`
	// Name is the authority's name.
	Name string `json:"name,omitempty"`
	// Channel is the notification channel, e.g. the URL of the online
	// procedure.
	Channel string `json:"channel,omitempty"`
	// Website is the authority's web site.
	Website string `json:"website,omitempty" validate:"omitempty,url"`
	// Email is the authority's email address.
	Email string `json:"email,omitempty" validate:"omitempty,email"`
	// PEC is the authority's certified email address.
	PEC string `json:"pec,omitempty" validate:"omitempty,email"`
	// Phone is the authority's phone number.
	Phone string `json:"phone,omitempty"`
}

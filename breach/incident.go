package breach

import (
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// Breach is the pack's breach section: the response procedure and the
// breach register (Art. 33(5)), one record per incident, including those
// not notified.
type Breach struct {
	// Procedure holds the settings of the breach response procedure.
	Procedure *ProcedureSettings `json:"procedure,omitempty"`
	// Incidents is the breach register: every incident, near misses too.
	Incidents []Incident `json:"incidents,omitempty" validate:"dive"`
}

// Incident returns the incident with id, and false when none.
func (b *Breach) Incident(id string) (*Incident, bool) {
	if b == nil {
		return nil, false
	}
	for i := range b.Incidents {
		if b.Incidents[i].ID == id {
			return &b.Incidents[i], true
		}
	}
	return nil, false
}

// Incident is one entry of the breach register (Art. 33(5)): the facts,
// the effects, the assessment, the decisions with their reasons, the
// notifications and the remedial action.
type Incident struct {
	// ID identifies the incident, e.g. "2026-03-laptop".
	ID string `json:"id" validate:"required,id"`
	// Title is a short name for the incident.
	Title gdpr.Text `json:"title" validate:"required"`
	// Status is open, assessing, notified or closed.
	Status Status `json:"status,omitempty" validate:"omitempty,enum"`
	// Role is the organisation's role in the processing hit: controller
	// (the default), processor or joint_controller.
	Role Role `json:"role,omitempty" validate:"omitempty,enum"`
	// Controller is the controller to tell, when we act as processor
	// (Art. 33(2)); or give Client.
	Controller *gdpr.Party `json:"controller,omitempty"`
	// Client is the id of the processor-register entry of the controller
	// to tell, when we act as processor.
	Client string `json:"client,omitempty" validate:"omitempty,id"`
	// Description says what happened, in plain language (Art. 33(3)(a)).
	Description gdpr.Text `json:"description" validate:"required"`
	// DiscoveredBy is who found the breach.
	DiscoveredBy Discovery `json:"discovered_by,omitempty" validate:"omitempty,enum"`
	// Timeline holds the timestamps of the incident.
	Timeline Timeline `json:"timeline"`
	// Nature lists the security properties lost: confidentiality,
	// integrity, availability.
	Nature []Nature `json:"nature,omitempty" validate:"dive,enum"`
	// Cause says where the breach came from.
	Cause Cause `json:"cause,omitempty" validate:"omitempty,enum"`
	// CauseDetails describes the cause (root cause once known).
	CauseDetails gdpr.Text `json:"cause_details,omitempty"`
	// Activities are the ids of the register's processing activities hit.
	Activities []string `json:"activities,omitempty"`
	// DataCategories are the ids of the register's data categories
	// involved.
	DataCategories []string `json:"data_categories,omitempty"`
	// DataSubjects are the ids of the register's data-subject categories
	// affected.
	DataSubjects []string `json:"data_subjects,omitempty"`
	// Systems are the ids of the register's systems involved.
	Systems []string `json:"systems,omitempty"`
	// People is the approximate number of people affected.
	People Count `json:"people,omitempty"`
	// Records is the approximate number of personal data records affected.
	Records Count `json:"records,omitempty"`
	// MeasuresInPlace are the protections the data had when breached.
	MeasuresInPlace Protection `json:"measures_in_place,omitempty"`
	// Consequences are the likely consequences for the people
	// (Art. 33(3)(c)).
	Consequences gdpr.Text `json:"consequences,omitempty"`
	// MeasuresTaken are the measures taken or proposed to address the
	// breach, including to mitigate its effects (Art. 33(3)(d)).
	MeasuresTaken gdpr.Text `json:"measures_taken,omitempty"`
	// Advice is what the people can do to protect themselves; the letter
	// to them (Art. 34(2)) gives it.
	Advice gdpr.Text `json:"advice,omitempty"`
	// Severity holds the ENISA severity inputs.
	Severity *Severity `json:"severity,omitempty"`
	// Risk is the risk assessment and the decision it leads to.
	Risk RiskDecision `json:"risk,omitempty"`
	// Notifications are the submissions to the supervisory authority, in
	// the order sent.
	Notifications []Submission `json:"notifications,omitempty" validate:"dive"`
	// DelayReasons are the reasons why the authority was notified after 72
	// hours from awareness (Art. 33(1)).
	DelayReasons gdpr.Text `json:"delay_reasons,omitempty"`
	// Communication is the communication to the people affected
	// (Art. 34), or the Art. 34(3) ground for not making it.
	Communication *Communication `json:"communication,omitempty"`
	// OtherNotifications are notices to others: police, CSIRT, other
	// regulators, insurer, client controllers.
	OtherNotifications []OtherNotification `json:"other_notifications,omitempty" validate:"dive"`
	// Actions are the corrective actions, each with an owner and a due
	// date.
	Actions []Action `json:"actions,omitempty" validate:"dive"`
	// LessonsLearned closes the incident.
	LessonsLearned gdpr.Text `json:"lessons_learned,omitempty"`
	// Evidence lists the evidence kept (forensic report, copies of
	// communications, receipts of the authority).
	Evidence []string `json:"evidence,omitempty"`
	// Revisions is the revision history of the record, oldest first.
	Revisions []register.Revision `json:"revisions,omitempty" validate:"dive"`
}

// Timeline holds the timestamps of an incident, each an RFC 3339
// date-time with its zone.
type Timeline struct {
	// Occurred is when the breach happened, or began.
	Occurred Timestamp `json:"occurred,omitzero"`
	// OccurredUntil is when it ended, for a breach that lasted.
	OccurredUntil Timestamp `json:"occurred_until,omitzero"`
	// Estimated marks Occurred and OccurredUntil as estimates.
	Estimated bool `json:"estimated,omitempty"`
	// Detected is when the incident was first noticed.
	Detected Timestamp `json:"detected,omitzero"`
	// Aware is when the controller became aware, with a reasonable degree
	// of certainty, that a breach compromised personal data: the 72-hour
	// clock of Art. 33(1) starts here. As processor, when we became aware.
	Aware Timestamp `json:"aware,omitzero"`
	// ProcessorToController is when the processor told the controller
	// (Art. 33(2)): by us when we act as processor, by our processor to
	// us otherwise.
	ProcessorToController Timestamp `json:"processor_to_controller,omitzero"`
	// Contained is when the breach was contained.
	Contained Timestamp `json:"contained,omitzero"`
	// Closed is when the incident was closed.
	Closed Timestamp `json:"closed,omitzero"`
}

// Count is an approximate number of people or records (Art. 33(3)(a)).
type Count struct {
	// Count is the number; approximate figures are acceptable.
	Count int `json:"count,omitempty" validate:"min=0"`
	// Mode says how reliable Count is: exact, approximate or unknown.
	Mode CountMode `json:"mode,omitempty" validate:"omitempty,enum"`
}

// Known reports whether a number is given.
func (c Count) Known() bool { return c.Count > 0 && c.Mode != NotKnown }

// Protection is what protected the data when breached.
type Protection struct {
	// Encryption is none, intact (key not compromised), compromised or
	// unknown.
	Encryption Encryption `json:"encryption,omitempty" validate:"omitempty,enum"`
	// Backup says whether a backup of the data exists.
	Backup *bool `json:"backup,omitempty"`
	// Description describes other measures in place (pseudonymisation,
	// access control, MFA…).
	Description gdpr.Text `json:"description,omitempty"`
}

// RiskDecision is the risk assessment and its outcome, with the reasons
// the register must keep (Art. 33(5)).
type RiskDecision struct {
	// Level is not_a_breach, unlikely, risk, high or undetermined.
	Level RiskLevel `json:"level,omitempty" validate:"omitempty,enum"`
	// Reasons explain the level (and so the decision to notify or not).
	Reasons gdpr.Text `json:"reasons,omitempty"`
	// AssessedBy is who assessed.
	AssessedBy string `json:"assessed_by,omitempty"`
	// Assessed is when.
	Assessed Timestamp `json:"assessed,omitzero"`
	// DPOOpinion is the DPO's advice on the assessment.
	DPOOpinion gdpr.Text `json:"dpo_opinion,omitempty"`
}

// Submission is one notification sent to the supervisory authority.
type Submission struct {
	// Type is preliminary, complete, follow_up or withdrawn.
	Type SubmissionType `json:"type" validate:"required,enum"`
	// Sent is when it was submitted.
	Sent Timestamp `json:"sent,omitzero"`
	// Reference is the authority's reference or receipt number.
	Reference string `json:"reference,omitempty"`
	// Channel is how it was submitted, e.g. the Garante's online procedure.
	Channel string `json:"channel,omitempty"`
	// Authority is the ISO country code of the authority, when not the
	// procedure's (cross-border cases).
	Authority string `json:"authority,omitempty" validate:"omitempty,country"`
	// Completes marks a follow-up that completes the Art. 33(3)
	// information (Art. 33(4)).
	Completes bool `json:"completes,omitempty"`
	// Pending lists what is still to be provided, for a preliminary
	// notification.
	Pending gdpr.Text `json:"pending,omitempty"`
	// Reason explains a withdrawal.
	Reason gdpr.Text `json:"reason,omitempty"`
}

// Communication is the communication of a breach to the people affected
// (Art. 34), or the ground for not making it.
type Communication struct {
	// Sent is when it was sent (the first message when sent in waves).
	Sent Timestamp `json:"sent,omitzero"`
	// Channel is how: email, letter, text message, website notice…
	Channel gdpr.Text `json:"channel,omitempty"`
	// Count is how many people were informed.
	Count int `json:"count,omitempty" validate:"min=0"`
	// Content summarises the message (or references the copy kept).
	Content gdpr.Text `json:"content,omitempty"`
	// Languages are the languages of the message (ISO 639-1).
	Languages []string `json:"languages,omitempty"`
	// Public marks a public communication (Art. 34(3)(c)).
	Public bool `json:"public,omitempty"`
	// Exemption is the Art. 34(3) ground for not communicating.
	Exemption Exemption `json:"exemption,omitempty" validate:"omitempty,enum"`
	// Justification is the evidence of the ground.
	Justification gdpr.Text `json:"justification,omitempty"`
	// OrderedByAuthority marks a communication the authority required
	// (Art. 34(4)).
	OrderedByAuthority bool `json:"ordered_by_authority,omitempty"`
}

// Done reports whether the communication was sent.
func (c *Communication) Done() bool { return c != nil && !c.Sent.IsZero() }

// OtherNotification is a notice to someone other than the supervisory
// authority and the people: police, CSIRT, other regulators, insurer.
type OtherNotification struct {
	// To names the recipient.
	To gdpr.Text `json:"to" validate:"required"`
	// Sent is when.
	Sent Timestamp `json:"sent,omitzero"`
	// Reference is the recipient's reference.
	Reference string `json:"reference,omitempty"`
	// Notes are free remarks.
	Notes gdpr.Text `json:"notes,omitempty"`
}

// Action is a corrective or preventive action.
type Action struct {
	// Description says what is to be done.
	Description gdpr.Text `json:"description" validate:"required"`
	// Owner is the person or function responsible.
	Owner string `json:"owner,omitempty"`
	// Due is the due date.
	Due gdpr.Date `json:"due,omitempty" validate:"omitempty,date"`
	// Done is when it was completed.
	Done gdpr.Date `json:"done,omitempty" validate:"omitempty,date"`
}

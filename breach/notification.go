package breach

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// NotificationFormat names the JSON shape [NotificationJSON] writes.
const NotificationFormat = "gdprkit.breach-notification/1"

// NotificationDraft is the content of a notification to the supervisory
// authority (Art. 33(3)), organised like the sections of the EDPB common
// template. The document draft ([Notification]) and the JSON export
// ([NotificationJSON]) are both made from it, so they say the same thing.
// Free text keeps every language of the pack.
type NotificationDraft struct {
	// Format names the JSON shape: NotificationFormat.
	Format string `json:"format"`
	// Incident is the incident id.
	Incident string `json:"incident"`
	// Notification is section 1.1: the kind of notification.
	Notification DraftNotification `json:"notification"`
	// Authority is the supervisory authority notified.
	Authority DraftAuthority `json:"authority"`
	// Controller is the controller (section 1.1).
	Controller gdpr.Party `json:"controller"`
	// Representative is the Art. 27 representative, if any.
	Representative *gdpr.Party `json:"representative,omitempty"`
	// ReportingPerson is the person making the notification (section 2.2).
	ReportingPerson *DraftPerson `json:"reporting_person,omitempty"`
	// DPO is the DPO or other contact point (section 2.3.1).
	DPO DraftDPO `json:"dpo"`
	// Timeline is section 3.1.
	Timeline DraftTimeline `json:"timeline"`
	// Nature is section 3.2.
	Nature DraftNature `json:"nature"`
	// DataSubjects is section 3.3.
	DataSubjects DraftSubjects `json:"data_subjects"`
	// PersonalData is section 3.4.
	PersonalData DraftData `json:"personal_data"`
	// MeasuresInPlace is section 3.5.
	MeasuresInPlace Protection `json:"measures_in_place"`
	// Consequences is section 4.1.
	Consequences DraftConsequences `json:"consequences"`
	// RiskAssessment is section 4.2.
	RiskAssessment DraftRisk `json:"risk_assessment"`
	// Measures is section 4.3.
	Measures DraftMeasures `json:"measures"`
	// Communication is section 4.4.
	Communication DraftCommunication `json:"communication"`
	// Other are the notices to others (section 6).
	Other []OtherNotification `json:"other_notifications,omitempty"`
	// Attachments list the evidence available to attach.
	Attachments []string `json:"attachments,omitempty"`
	// Missing lists the Art. 33(3) information still to be provided
	// (Art. 33(4)).
	Missing []Item `json:"missing,omitempty"`
}

// DraftNotification is section 1.1: the kind of notification.
type DraftNotification struct {
	// Type is "new" or "follow_up".
	Type string `json:"type"`
	// Subtype is "complete", "incomplete" or "withdraw".
	Subtype string `json:"subtype"`
	// Submission is the submission recorded, when the draft describes one.
	Submission SubmissionType `json:"submission,omitempty"`
	// Sent is when the recorded submission was sent.
	Sent Timestamp `json:"sent,omitzero"`
	// Reference is the authority's reference of the submission.
	Reference string `json:"reference,omitempty"`
	// Previous is the reference of the submission before, when different.
	Previous string `json:"previous_reference,omitempty"`
	// Reason explains a withdrawal.
	Reason gdpr.Text `json:"withdrawal_reason,omitempty"`
}

// DraftAuthority is the supervisory authority notified.
type DraftAuthority struct {
	// Country is the authority's Member State.
	Country string `json:"country,omitempty"`
	// Name is its official name.
	Name string `json:"name,omitempty"`
	// Channel is its notification channel.
	Channel string `json:"channel,omitempty"`
}

// DraftPerson is the person making the notification (section 2.2).
type DraftPerson struct {
	// Name is the person's name.
	Name string `json:"name"`
	// Function is their job.
	Function gdpr.Text `json:"function,omitempty"`
	// Role is their role in the breach team.
	Role TeamRole `json:"role,omitempty"`
	// Email is their email address.
	Email string `json:"email,omitempty"`
	// Phone is their phone number.
	Phone string `json:"phone,omitempty"`
}

// DraftDPO is section 2.3.1: the DPO or other contact point.
type DraftDPO struct {
	// Designated reports whether a DPO is designated.
	Designated bool `json:"designated"`
	// DPO is the DPO, when designated.
	DPO *gdpr.DPO `json:"dpo,omitempty"`
	// ContactPoint is the other contact point, when no DPO is.
	ContactPoint *gdpr.Party `json:"contact_point,omitempty"`
}

// DraftTimeline is section 3.1.
type DraftTimeline struct {
	// Occurred is when the breach happened or began.
	Occurred Timestamp `json:"occurred,omitzero"`
	// OccurredUntil is when it ended.
	OccurredUntil Timestamp `json:"occurred_until,omitzero"`
	// Estimated marks the occurrence as estimated.
	Estimated bool `json:"estimated,omitempty"`
	// Detected is when it was detected.
	Detected Timestamp `json:"detected,omitzero"`
	// Aware is when the controller became aware.
	Aware Timestamp `json:"aware,omitzero"`
	// Deadline is awareness + 72 hours, in UTC.
	Deadline time.Time `json:"deadline,omitzero"`
	// Late reports a first notification (or none yet) after the deadline.
	Late bool `json:"late"`
	// DelayReasons are the reasons for a late notification (Art. 33(1)).
	DelayReasons gdpr.Text `json:"delay_reasons,omitempty"`
	// DiscoveredBy is who found the breach.
	DiscoveredBy Discovery `json:"discovered_by,omitempty"`
}

// DraftNature is section 3.2.
type DraftNature struct {
	// Types are the properties lost.
	Types []Nature `json:"types"`
	// Description says what happened.
	Description gdpr.Text `json:"description"`
	// Cause is where the breach came from.
	Cause Cause `json:"cause,omitempty"`
	// CauseDetails describes the cause.
	CauseDetails gdpr.Text `json:"cause_details,omitempty"`
	// Systems name the systems involved.
	Systems []string `json:"systems,omitempty"`
}

// DraftCategory is a category of data subjects or of data.
type DraftCategory struct {
	// ID is the register id.
	ID string `json:"id"`
	// Name is the category's name.
	Name gdpr.Text `json:"name,omitempty"`
	// Special marks an Art. 9 category.
	Special bool `json:"special,omitempty"`
	// Criminal marks Art. 10 data.
	Criminal bool `json:"criminal,omitempty"`
	// Vulnerable marks vulnerable people.
	Vulnerable bool `json:"vulnerable,omitempty"`
	// Minors marks categories that include children.
	Minors bool `json:"minors,omitempty"`
}

// DraftSubjects is section 3.3.
type DraftSubjects struct {
	// Categories are the categories of data subjects.
	Categories []DraftCategory `json:"categories"`
	// Count is their approximate number.
	Count Count `json:"count"`
}

// DraftData is section 3.4.
type DraftData struct {
	// Categories are the categories of personal data.
	Categories []DraftCategory `json:"categories"`
	// Records is the approximate number of records.
	Records Count `json:"records"`
}

// DraftConsequences is section 4.1.
type DraftConsequences struct {
	// Description are the likely consequences.
	Description gdpr.Text `json:"description"`
	// Severity is the ENISA score, when assessed.
	Severity *DraftSeverity `json:"severity,omitempty"`
}

// DraftSeverity is the ENISA score.
type DraftSeverity struct {
	// Method names the method: "ENISA 2013".
	Method string `json:"method"`
	// DPC is the data processing context score.
	DPC int `json:"dpc"`
	// EI is the ease of identification.
	EI float64 `json:"ei"`
	// CB is the sum of the circumstances.
	CB float64 `json:"cb"`
	// SE is DPC × EI + CB.
	SE float64 `json:"se"`
	// Band is the level of SE.
	Band Band `json:"band"`
	// Final is the level retained (argued or computed).
	Final Band `json:"final_band"`
	// ManyPeople flags more than 100 people.
	ManyPeople bool `json:"more_than_100_people"`
	// Unintelligible flags data unintelligible.
	Unintelligible bool `json:"unintelligible"`
}

// DraftRisk is section 4.2.
type DraftRisk struct {
	// Outcome is the risk level.
	Outcome RiskLevel `json:"outcome,omitempty"`
	// Description are its reasons.
	Description gdpr.Text `json:"description,omitempty"`
}

// DraftMeasures is section 4.3.
type DraftMeasures struct {
	// Taken are the measures taken or proposed (Art. 33(3)(d)).
	Taken gdpr.Text `json:"taken"`
	// Actions are the corrective actions.
	Actions []Action `json:"actions,omitempty"`
}

// DraftCommunication is section 4.4: communication to the people.
type DraftCommunication struct {
	// Status is "done", "planned", "not_high_risk" or "exempt".
	Status string `json:"status"`
	// Sent is when the people were told.
	Sent Timestamp `json:"sent,omitzero"`
	// Channel is how.
	Channel gdpr.Text `json:"channel,omitempty"`
	// Count is how many were told.
	Count int `json:"count,omitempty"`
	// Content summarises the message.
	Content gdpr.Text `json:"content,omitempty"`
	// Languages are the languages of the message.
	Languages []string `json:"languages,omitempty"`
	// Exemption is the Art. 34(3) ground, when exempt.
	Exemption Exemption `json:"exemption,omitempty"`
	// Justification is the evidence of the ground.
	Justification gdpr.Text `json:"justification,omitempty"`
}

// Draft returns the notification draft of one incident at now.
func Draft(org *gdpr.Organisation, reg *register.Register, b *Breach, inc *Incident, now time.Time) NotificationDraft {
	w := newWriter(org, reg, b, "")
	a := Assess(w.org, w.reg, w.b, inc, now)
	d := NotificationDraft{
		Format:         NotificationFormat,
		Incident:       inc.ID,
		Notification:   draftKind(inc, a),
		Controller:     w.org.Controller,
		Representative: w.org.Representative,
		Timeline: DraftTimeline{
			Occurred: inc.Timeline.Occurred, OccurredUntil: inc.Timeline.OccurredUntil, Estimated: inc.Timeline.Estimated,
			Detected: inc.Timeline.Detected, Aware: inc.Timeline.Aware, Deadline: a.Deadline,
			Late: a.Late, DelayReasons: inc.DelayReasons, DiscoveredBy: inc.DiscoveredBy,
		},
		Nature: DraftNature{
			Types: inc.Nature, Description: inc.Description, Cause: inc.Cause, CauseDetails: inc.CauseDetails,
		},
		DataSubjects:    DraftSubjects{Count: inc.People},
		PersonalData:    DraftData{Records: inc.Records},
		MeasuresInPlace: inc.MeasuresInPlace,
		Consequences:    DraftConsequences{Description: inc.Consequences},
		RiskAssessment:  DraftRisk{Outcome: inc.Risk.Level, Description: inc.Risk.Reasons},
		Measures:        DraftMeasures{Taken: inc.MeasuresTaken, Actions: inc.Actions},
		Communication:   draftCommunication(inc, a),
		Other:           inc.OtherNotifications,
		Attachments:     inc.Evidence,
		Missing:         a.Missing,
	}
	if w.s.authorityKnown {
		d.Authority = DraftAuthority{Country: w.s.authority.Country, Name: w.s.authority.Name, Channel: w.s.authority.BreachChannel}
	}
	for _, r := range []TeamRole{DecisionMaker, Coordinator} {
		if m, ok := w.member(r); ok {
			d.ReportingPerson = &DraftPerson{Name: m.Name, Function: m.Function, Role: m.Role, Email: m.Email, Phone: m.Phone}
			break
		}
	}
	if dpo := w.org.DPO; dpo != nil {
		d.DPO = DraftDPO{Designated: true, DPO: dpo}
	} else if cp := w.procedure().ContactPoint; cp != nil {
		d.DPO = DraftDPO{ContactPoint: cp}
	}
	for _, id := range inc.Systems {
		d.Nature.Systems = append(d.Nature.Systems, w.systemNames([]string{id})...)
	}
	for _, id := range inc.DataSubjects {
		c := DraftCategory{ID: id}
		if s, ok := w.reg.DataSubject(id); ok {
			c.Name, c.Vulnerable, c.Minors = s.Name, s.Vulnerable, s.Minors
		}
		d.DataSubjects.Categories = append(d.DataSubjects.Categories, c)
	}
	for _, id := range inc.DataCategories {
		c := DraftCategory{ID: id}
		if dc, ok := w.reg.DataCategory(id); ok {
			c.Name, c.Special, c.Criminal = dc.Name, dc.Special, dc.Criminal
		}
		d.PersonalData.Categories = append(d.PersonalData.Categories, c)
	}
	if s := a.Score; s.Assessed {
		d.Consequences.Severity = &DraftSeverity{Method: "ENISA 2013", DPC: s.DPC, EI: s.EI, CB: s.CB, SE: s.SE,
			Band: s.Band, Final: s.Final, ManyPeople: s.ManyPeople, Unintelligible: s.Unintelligible}
	}
	return d
}

// draftKind works out section 1.1: the draft describes the last
// submission recorded, or the first one still to send.
func draftKind(inc *Incident, a Assessment) DraftNotification {
	ns := inc.Notifications
	if len(ns) == 0 {
		sub := "complete"
		if len(a.Missing) > 0 {
			sub = "incomplete"
		}
		return DraftNotification{Type: "new", Subtype: sub}
	}
	last := ns[len(ns)-1]
	k := DraftNotification{Type: "follow_up", Submission: last.Type, Sent: last.Sent, Reference: last.Reference}
	if len(ns) == 1 {
		k.Type = "new"
	} else if prev := ns[len(ns)-2].Reference; prev != last.Reference {
		k.Previous = prev
	}
	switch {
	case last.Type == Withdrawn:
		k.Subtype, k.Reason = "withdraw", last.Reason
	case last.Type == Complete || (last.Type == FollowUp && last.Completes):
		k.Subtype = "complete"
	default:
		k.Subtype = "incomplete"
	}
	return k
}

func draftCommunication(inc *Incident, a Assessment) DraftCommunication {
	c := inc.Communication
	d, _ := a.Duty(DutyCommunicate)
	out := DraftCommunication{Status: "planned"}
	switch d.State {
	case NotRequired:
		out.Status = "not_high_risk"
	case Exempt:
		out.Status = "exempt"
	case Done, DoneLate:
		out.Status = "done"
	}
	if c != nil {
		out.Sent, out.Channel, out.Count, out.Content, out.Languages = c.Sent, c.Channel, c.Count, c.Content, c.Languages
		out.Exemption, out.Justification = c.Exemption, c.Justification
	}
	return out
}

// NotificationJSON returns the notification draft of one incident as
// indented JSON, byte-identical for identical input: the machine-readable
// companion of [Notification], to carry into the authority's form.
func NotificationJSON(org *gdpr.Organisation, reg *register.Register, b *Breach, inc *Incident, now time.Time) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(Draft(org, reg, b, inc, now)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

package breach

import (
	"slices"
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// Assessment is where an incident stands at a given time: its ENISA
// severity, the risk level recorded, the duties that follow (Art. 33–34)
// with their deadlines, and what the notification still lacks.
type Assessment struct {
	// Incident is the incident assessed.
	Incident *Incident
	// Now is the time of the assessment (the pack's date).
	Now time.Time
	// Location is the zone times are printed in.
	Location *time.Location
	// Score is the ENISA severity.
	Score Score
	// Level is the risk level recorded; empty when not yet assessed.
	Level RiskLevel
	// Role is our role in the processing hit.
	Role Role
	// Authority is the supervisory authority to notify; AuthorityKnown is
	// false when none could be determined.
	Authority gdpr.Authority
	// AuthorityKnown is false when no authority could be determined.
	AuthorityKnown bool
	// Aware is when the clock started (zero when not recorded).
	Aware time.Time
	// Deadline is the Art. 33(1) deadline (aware + 72 h), zero when the
	// authority need not be notified or awareness is not recorded.
	Deadline time.Time
	// Notified is the first submission to the authority, zero when none.
	Notified time.Time
	// Elapsed is the time from awareness to the first submission, or to
	// Now when none was sent.
	Elapsed time.Duration
	// TimeLeft is Deadline minus Now while nothing was submitted; negative
	// when overdue.
	TimeLeft time.Duration
	// Late reports a first submission (or none yet) after the deadline.
	Late bool
	// Complete reports whether the Art. 33(3) information has been given
	// in full (a complete notification, or a follow-up that completes it).
	Complete bool
	// Missing lists the Art. 33(3) information the record still lacks.
	Missing []Item
	// Duties are the obligations that follow, in order.
	Duties []Duty
}

// DutyKind is an obligation that follows from a breach.
type DutyKind string

// The duties.
const (
	// DutyRecord: document the breach in the register (Art. 33(5)), always.
	DutyRecord DutyKind = "record"
	// DutyNotifyAuthority: notify the supervisory authority (Art. 33(1)).
	DutyNotifyAuthority DutyKind = "notify_authority"
	// DutyCommunicate: communicate the breach to the people (Art. 34(1)).
	DutyCommunicate DutyKind = "communicate"
	// DutyTellController: as processor, tell the controller (Art. 33(2)).
	DutyTellController DutyKind = "tell_controller"
)

// Label returns the duty in words in lang.
func (k DutyKind) Label(lang string) string { return label("duty", string(k), lang) }

// Article returns the article the duty rests on.
func (k DutyKind) Article() string {
	switch k {
	case DutyRecord:
		return "Art. 33(5)"
	case DutyNotifyAuthority:
		return "Art. 33(1)"
	case DutyCommunicate:
		return "Art. 34(1)"
	case DutyTellController:
		return "Art. 33(2)"
	}
	return ""
}

// DutyState says where a duty stands.
type DutyState string

// The duty states.
const (
	// Pending: required, not yet done, still in time.
	Pending DutyState = "pending"
	// Overdue: required, not done, and past its deadline.
	Overdue DutyState = "overdue"
	// Done: done in time (or with no fixed deadline).
	Done DutyState = "done"
	// DoneLate: done after its deadline.
	DoneLate DutyState = "done_late"
	// NotRequired: the risk level does not call for it.
	NotRequired DutyState = "not_required"
	// Exempt: an Art. 34(3) ground is recorded.
	Exempt DutyState = "exempt"
)

// Label returns the state in words in lang.
func (s DutyState) Label(lang string) string { return label("state", string(s), lang) }

// Duty is one obligation with its deadline.
type Duty struct {
	// Kind is the obligation.
	Kind DutyKind
	// State says where it stands.
	State DutyState
	// Due is the deadline: legal for the authority (72 h), the internal
	// target of the procedure for the others ("without undue delay").
	Due time.Time
	// Legal marks Due as the legal deadline rather than an internal target.
	Legal bool
	// Done is when it was done.
	Done time.Time
}

// Item is a piece of the Art. 33(3) information.
type Item string

// The Art. 33(3) items.
const (
	ItemNature        Item = "nature"         // (a) nature of the breach
	ItemSubjects      Item = "subjects"       // (a) categories of data subjects
	ItemPeople        Item = "people"         // (a) approximate number of data subjects
	ItemData          Item = "data"           // (a) categories of personal data records
	ItemRecords       Item = "records"        // (a) approximate number of records
	ItemContact       Item = "contact"        // (b) DPO or other contact point
	ItemConsequences  Item = "consequences"   // (c) likely consequences
	ItemMeasuresTaken Item = "measures_taken" // (d) measures taken or proposed
)

// Label returns the item in words in lang.
func (i Item) Label(lang string) string { return label("item", string(i), lang) }

// Article returns the letter of Art. 33(3) the item belongs to.
func (i Item) Article() string {
	switch i {
	case ItemContact:
		return "Art. 33(3)(b)"
	case ItemConsequences:
		return "Art. 33(3)(c)"
	case ItemMeasuresTaken:
		return "Art. 33(3)(d)"
	}
	return "Art. 33(3)(a)"
}

// Assess assesses one incident of b at now (the pack's date): severity,
// decisions, deadlines and time left. It reads the procedure of b for the
// zone, the internal deadlines and the authority.
func Assess(org *gdpr.Organisation, reg *register.Register, b *Breach, inc *Incident, now time.Time) Assessment {
	s := resolve(org, b)
	a := Assessment{
		Incident: inc, Now: now, Location: s.loc,
		Score: inc.Score(), Level: inc.Risk.Level, Role: inc.Role.orDefault(),
		Authority: s.authority, AuthorityKnown: s.authorityKnown,
		Aware: inc.Timeline.Aware.Time,
	}
	a.Missing = missingInformation(org, b, reg, inc)
	a.Duties = append(a.Duties, Duty{Kind: DutyRecord, State: Done})
	level := inc.Risk.Level
	if level == "" {
		level = Undetermined // the clock runs before the assessment ends
	}
	switch {
	case level == NotABreach:
		return a
	case a.Role.IsProcessor():
		a.Duties = append(a.Duties, a.controllerDuty(s))
		return a
	}
	a.Duties = append(a.Duties, a.authorityDuty(level))
	a.Duties = append(a.Duties, a.communicationDuty(s, level))
	return a
}

func (a *Assessment) controllerDuty(s resolved) Duty {
	inc := a.Incident
	d := Duty{Kind: DutyTellController, Done: inc.Timeline.ProcessorToController.Time}
	if !a.Aware.IsZero() {
		d.Due = a.Aware.UTC().Add(duration(s.deadlines.ProcessorToController))
	}
	d.State = stateOf(d, a.Now)
	return d
}

func (a *Assessment) authorityDuty(level RiskLevel) Duty {
	inc := a.Incident
	d := Duty{Kind: DutyNotifyAuthority, Legal: true}
	if first, ok := inc.firstNotification(); ok {
		d.Done = first.Sent.Time
		a.Notified = d.Done
	}
	a.Complete = inc.notificationComplete()
	if !level.Notifiable() {
		d.State = NotRequired
		if !d.Done.IsZero() {
			d.State = Done
		}
		return d
	}
	if !a.Aware.IsZero() {
		d.Due = NotificationDeadline(a.Aware)
		a.Deadline = d.Due
		end := a.Now
		if !a.Notified.IsZero() {
			end = a.Notified
		} else {
			a.TimeLeft = a.Deadline.Sub(a.Now)
		}
		a.Elapsed = end.Sub(a.Aware)
		a.Late = end.After(a.Deadline)
	}
	d.State = stateOf(d, a.Now)
	return d
}

func (a *Assessment) communicationDuty(s resolved, level RiskLevel) Duty {
	inc := a.Incident
	c := inc.Communication
	d := Duty{Kind: DutyCommunicate}
	ordered := c != nil && c.OrderedByAuthority
	if c.Done() {
		d.Done = c.Sent.Time
	}
	if level != HighRisk && !ordered {
		d.State = NotRequired
		if !d.Done.IsZero() {
			d.State = Done
		}
		return d
	}
	if c != nil && c.Exemption != "" && !ordered && d.Done.IsZero() {
		d.State = Exempt
		return d
	}
	from := inc.Risk.Assessed.Time
	if from.IsZero() {
		from = a.Aware
	}
	if !from.IsZero() {
		d.Due = from.UTC().Add(duration(s.deadlines.Subjects))
	}
	d.State = stateOf(d, a.Now)
	return d
}

// stateOf returns the state of a required duty from its deadline and
// completion.
func stateOf(d Duty, now time.Time) DutyState {
	switch {
	case !d.Done.IsZero() && !d.Due.IsZero() && d.Done.After(d.Due):
		return DoneLate
	case !d.Done.IsZero():
		return Done
	case !d.Due.IsZero() && now.After(d.Due):
		return Overdue
	}
	return Pending
}

// Duty returns the duty of kind k, and false when the assessment has none.
func (a Assessment) Duty(k DutyKind) (Duty, bool) {
	i := slices.IndexFunc(a.Duties, func(d Duty) bool { return d.Kind == k })
	if i < 0 {
		return Duty{}, false
	}
	return a.Duties[i], true
}

// Requires reports whether duty k applies (pending, overdue or done).
func (a Assessment) Requires(k DutyKind) bool {
	d, ok := a.Duty(k)
	return ok && d.State != NotRequired && d.State != Exempt && k != DutyRecord
}

// firstNotification returns the first submission that is not a
// withdrawal.
func (inc *Incident) firstNotification() (Submission, bool) {
	for _, n := range inc.Notifications {
		if n.Type != Withdrawn && !n.Sent.IsZero() {
			return n, true
		}
	}
	return Submission{}, false
}

// notificationComplete reports whether a submission gave the complete
// Art. 33(3) information.
func (inc *Incident) notificationComplete() bool {
	for _, n := range inc.Notifications {
		if n.Type == Complete || (n.Type == FollowUp && n.Completes) {
			return true
		}
	}
	return false
}

// missingInformation lists the Art. 33(3) items the record lacks.
func missingInformation(org *gdpr.Organisation, b *Breach, _ *register.Register, inc *Incident) []Item {
	var out []Item
	add := func(missing bool, it Item) {
		if missing {
			out = append(out, it)
		}
	}
	add(inc.Description.IsEmpty() || len(inc.Nature) == 0, ItemNature)
	add(len(inc.DataSubjects) == 0, ItemSubjects)
	add(inc.People.Count == 0 && inc.People.Mode != NotKnown, ItemPeople)
	add(len(inc.DataCategories) == 0, ItemData)
	add(inc.Records.Count == 0 && inc.Records.Mode != NotKnown, ItemRecords)
	add(!hasContactPoint(org, b), ItemContact)
	add(inc.Consequences.IsEmpty(), ItemConsequences)
	add(inc.MeasuresTaken.IsEmpty(), ItemMeasuresTaken)
	return out
}

// hasContactPoint reports whether a DPO or another contact point can be
// named (Art. 33(3)(b)).
func hasContactPoint(org *gdpr.Organisation, b *Breach) bool {
	if org != nil && org.DPO != nil && org.DPO.HasContact() {
		return true
	}
	return b != nil && b.Procedure != nil && b.Procedure.ContactPoint != nil && b.Procedure.ContactPoint.HasContact()
}

// Drafts reports which drafts the incident calls for: the notification to
// the authority when it is, or was, to be notified; the letter to the
// people when they are, or were, to be told. The CLI writes only these;
// the assessment report and the register row exist for every incident.
func (a Assessment) Drafts() (notification, letter bool) {
	inc := a.Incident
	notification = a.Requires(DutyNotifyAuthority) || len(inc.Notifications) > 0
	letter = a.Requires(DutyCommunicate) || inc.Communication.Done()
	return notification, letter
}

package breach

import (
	"slices"

	"github.com/gdprkit/gdprkit/internal/i18n"
)

// Enumerations of the breach records. Each is a string type with stable
// snake_case keys (the YAML values), Valid and Keys for the loader, and
// Label for documents; the labels live in the i18n.Breach catalog under
// "<prefix>.<key>".

func validKey(keys []string, k string) bool { return k == "" || slices.Contains(keys, k) }

func label(prefix, key, lang string) string {
	if key == "" {
		return ""
	}
	return i18n.Breach.T(lang, prefix+"."+key)
}

// Role is the part the organisation plays in the processing a breach hit.
type Role string

// The roles.
const (
	// AsController: we decide, assess and notify (Art. 33(1), 34).
	AsController Role = "controller"
	// AsProcessor: we only tell the controller, without undue delay
	// (Art. 33(2)); the controller assesses and notifies.
	AsProcessor Role = "processor"
	// AsJointController: we are one of joint controllers (Art. 26); the
	// arrangement says who notifies, and the controller duties apply.
	AsJointController Role = "joint_controller"
)

var roleKeys = []string{"controller", "processor", "joint_controller"}

// Valid reports whether r is a known role or empty (empty means controller).
func (r Role) Valid() bool { return validKey(roleKeys, string(r)) }

// Keys returns every role key.
func (Role) Keys() []string { return slices.Clone(roleKeys) }

// Label returns the role in words in lang.
func (r Role) Label(lang string) string { return label("role", string(r.orDefault()), lang) }

func (r Role) orDefault() Role {
	if r == "" {
		return AsController
	}
	return r
}

// IsProcessor reports whether the organisation acted as processor.
func (r Role) IsProcessor() bool { return r == AsProcessor }

// Status is where an incident record stands.
type Status string

// The statuses.
const (
	StatusOpen      Status = "open"
	StatusAssessing Status = "assessing"
	StatusNotified  Status = "notified"
	StatusClosed    Status = "closed"
)

var statusKeys = []string{"open", "assessing", "notified", "closed"}

// Valid reports whether s is a known status or empty.
func (s Status) Valid() bool { return validKey(statusKeys, string(s)) }

// Keys returns every status key.
func (Status) Keys() []string { return slices.Clone(statusKeys) }

// Label returns the status in words in lang.
func (s Status) Label(lang string) string { return label("status", string(s), lang) }

// Nature is a kind of breach (Art. 4(12); WP250): the security property
// lost. An incident may have several.
type Nature string

// The natures.
const (
	Confidentiality Nature = "confidentiality"
	Integrity       Nature = "integrity"
	Availability    Nature = "availability"
)

var natureKeys = []string{"confidentiality", "integrity", "availability"}

// Valid reports whether n is a known nature or empty.
func (n Nature) Valid() bool { return validKey(natureKeys, string(n)) }

// Keys returns every nature key.
func (Nature) Keys() []string { return slices.Clone(natureKeys) }

// Label returns the nature in words in lang.
func (n Nature) Label(lang string) string { return label("nature", string(n), lang) }

// Cause is where a breach came from and whether it was intended (EDPB
// template §3.2).
type Cause string

// The causes.
const (
	InternalAccidental Cause = "internal_accidental"
	InternalMalicious  Cause = "internal_malicious"
	ExternalAccidental Cause = "external_accidental"
	ExternalMalicious  Cause = "external_malicious"
	CauseUnknown       Cause = "unknown"
)

var causeKeys = []string{"internal_accidental", "internal_malicious", "external_accidental", "external_malicious", "unknown"}

// Valid reports whether c is a known cause or empty.
func (c Cause) Valid() bool { return validKey(causeKeys, string(c)) }

// Keys returns every cause key.
func (Cause) Keys() []string { return slices.Clone(causeKeys) }

// Label returns the cause in words in lang.
func (c Cause) Label(lang string) string { return label("cause", string(c), lang) }

// Discovery is who found the breach (EDPB template §3.1).
type Discovery string

// The discovery channels.
const (
	ByController  Discovery = "controller"
	ByProcessor   Discovery = "processor"
	BySubject     Discovery = "data_subject"
	ByThirdParty  Discovery = "third_party"
	ByPress       Discovery = "press"
	ByOtherSource Discovery = "other"
)

var discoveryKeys = []string{"controller", "processor", "data_subject", "third_party", "press", "other"}

// Valid reports whether d is a known channel or empty.
func (d Discovery) Valid() bool { return validKey(discoveryKeys, string(d)) }

// Keys returns every discovery key.
func (Discovery) Keys() []string { return slices.Clone(discoveryKeys) }

// Label returns the channel in words in lang.
func (d Discovery) Label(lang string) string { return label("discovery", string(d), lang) }

// RiskLevel is the outcome of the risk assessment of Art. 33(1) and
// 34(1): it drives every decision.
type RiskLevel string

// The risk levels.
const (
	// NotABreach: the event proved not to be a personal data breach
	// (Art. 4(12)); it stays in the register as a near miss.
	NotABreach RiskLevel = "not_a_breach"
	// Unlikely: unlikely to result in a risk to rights and freedoms; no
	// notification, the reasons go in the register (Art. 33(1), 33(5)).
	Unlikely RiskLevel = "unlikely"
	// Risk: a risk, not high: notify the authority (Art. 33(1)).
	Risk RiskLevel = "risk"
	// HighRisk: notify the authority and communicate to the people
	// (Art. 34(1)).
	HighRisk RiskLevel = "high"
	// Undetermined: more information is needed; the 72-hour clock runs
	// all the same, so the authority is notified (Art. 33(4)).
	Undetermined RiskLevel = "undetermined"
)

var riskKeys = []string{"not_a_breach", "unlikely", "risk", "high", "undetermined"}

// Valid reports whether l is a known level or empty.
func (l RiskLevel) Valid() bool { return validKey(riskKeys, string(l)) }

// Keys returns every level key.
func (RiskLevel) Keys() []string { return slices.Clone(riskKeys) }

// Label returns the level in words in lang.
func (l RiskLevel) Label(lang string) string { return label("risk", string(l), lang) }

// IsBreach reports whether the level belongs to a personal data breach
// (every level but [NotABreach]; an empty level counts as a breach not
// yet assessed).
func (l RiskLevel) IsBreach() bool { return l != NotABreach }

// Notifiable reports whether the authority must be notified: every level
// but not-a-breach and unlikely (Art. 33(1)); an undetermined risk is
// notified, since the clock does not wait.
func (l RiskLevel) Notifiable() bool { return l == Risk || l == HighRisk || l == Undetermined }

// SubmissionType is the kind of a notification sent to the supervisory
// authority. The Garante's form calls them preliminare, completa,
// integrativa; the EDPB template maps them to new/follow-up and
// complete/incomplete/withdraw.
type SubmissionType string

// The submission types.
const (
	// Preliminary: the first notification, with some Art. 33(3)
	// information still missing (Art. 33(4)).
	Preliminary SubmissionType = "preliminary"
	// Complete: a notification with all the Art. 33(3) information.
	Complete SubmissionType = "complete"
	// FollowUp: further information on an earlier notification
	// (Art. 33(4)); it completes the notification when marked complete.
	FollowUp SubmissionType = "follow_up"
	// Withdrawn: withdraws an earlier notification, e.g. because the event
	// proved not to be a breach.
	Withdrawn SubmissionType = "withdrawn"
)

var submissionKeys = []string{"preliminary", "complete", "follow_up", "withdrawn"}

// Valid reports whether t is a known type or empty.
func (t SubmissionType) Valid() bool { return validKey(submissionKeys, string(t)) }

// Keys returns every type key.
func (SubmissionType) Keys() []string { return slices.Clone(submissionKeys) }

// Label returns the type in words in lang.
func (t SubmissionType) Label(lang string) string { return label("submission", string(t), lang) }

// Exemption is a ground of Art. 34(3) for not communicating a high-risk
// breach to the people affected.
type Exemption string

// The Art. 34(3) grounds.
const (
	// Unintelligible: the data are unintelligible to anyone not authorised,
	// e.g. by encryption with a key not compromised (Art. 34(3)(a)).
	Unintelligible Exemption = "unintelligible"
	// RiskNeutralised: later measures ensure the high risk is no longer
	// likely to materialise (Art. 34(3)(b)).
	RiskNeutralised Exemption = "risk_neutralised"
	// DisproportionateEffort: a public communication or an equally
	// effective measure replaces individual messages (Art. 34(3)(c)).
	DisproportionateEffort Exemption = "disproportionate_effort"
)

var exemptionKeys = []string{"unintelligible", "risk_neutralised", "disproportionate_effort"}

// Valid reports whether e is a known ground or empty.
func (e Exemption) Valid() bool { return validKey(exemptionKeys, string(e)) }

// Keys returns every ground key.
func (Exemption) Keys() []string { return slices.Clone(exemptionKeys) }

// Label returns the ground in words in lang.
func (e Exemption) Label(lang string) string { return label("exemption", string(e), lang) }

// Article returns the letter of Art. 34(3) the ground rests on.
func (e Exemption) Article() string {
	switch e {
	case Unintelligible:
		return "Art. 34(3)(a)"
	case RiskNeutralised:
		return "Art. 34(3)(b)"
	case DisproportionateEffort:
		return "Art. 34(3)(c)"
	}
	return ""
}

// Encryption is the state of the protection that could make the data
// unintelligible (Art. 34(3)(a); EDPB template §3.2).
type Encryption string

// The encryption states.
const (
	// NotEncrypted: the data were readable.
	NotEncrypted Encryption = "none"
	// EncryptedIntact: strong encryption with a key not compromised.
	EncryptedIntact Encryption = "intact"
	// EncryptedCompromised: encrypted, but the key is (or may be) known to
	// whoever holds the data.
	EncryptedCompromised Encryption = "compromised"
	// EncryptionUnknown: not yet established.
	EncryptionUnknown Encryption = "unknown"
)

var encryptionKeys = []string{"none", "intact", "compromised", "unknown"}

// Valid reports whether e is a known state or empty.
func (e Encryption) Valid() bool { return validKey(encryptionKeys, string(e)) }

// Keys returns every state key.
func (Encryption) Keys() []string { return slices.Clone(encryptionKeys) }

// Label returns the state in words in lang.
func (e Encryption) Label(lang string) string { return label("encryption", string(e), lang) }

// CountMode says how reliable a number of people or records is (EDPB
// template §3.3–3.4).
type CountMode string

// The count modes.
const (
	Exact       CountMode = "exact"
	Approximate CountMode = "approximate"
	NotKnown    CountMode = "unknown"
)

var countModeKeys = []string{"exact", "approximate", "unknown"}

// Valid reports whether m is a known mode or empty.
func (m CountMode) Valid() bool { return validKey(countModeKeys, string(m)) }

// Keys returns every mode key.
func (CountMode) Keys() []string { return slices.Clone(countModeKeys) }

// Label returns the mode in words in lang.
func (m CountMode) Label(lang string) string { return label("count", string(m), lang) }

// TeamRole is a role in the breach response (the RACI of the procedure).
type TeamRole string

// The team roles.
const (
	// DecisionMaker represents the controller: decides on notification and
	// communication, and signs.
	DecisionMaker TeamRole = "decision_maker"
	// Coordinator leads the breach team and keeps the clock.
	Coordinator TeamRole = "coordinator"
	// DPORole advises, is the contact point and monitors the register.
	DPORole TeamRole = "dpo"
	// ITSecurity contains the incident and preserves evidence.
	ITSecurity TeamRole = "it_security"
	// Legal assesses obligations under other regimes and contracts.
	Legal TeamRole = "legal"
	// Communications drafts messages to people and the press.
	Communications TeamRole = "communications"
	// HR handles incidents involving staff.
	HR TeamRole = "hr"
	// ProcessOwner owns the processing activity hit.
	ProcessOwner TeamRole = "process_owner"
	// SystemAdministrator operates the systems involved.
	SystemAdministrator TeamRole = "system_administrator"
	// ExternalExpert is a forensic firm or lawyer called in.
	ExternalExpert TeamRole = "external_expert"
)

var teamRoleKeys = []string{"decision_maker", "coordinator", "dpo", "it_security", "legal", "communications", "hr", "process_owner", "system_administrator", "external_expert"}

// Valid reports whether r is a known role or empty.
func (r TeamRole) Valid() bool { return validKey(teamRoleKeys, string(r)) }

// Keys returns every role key.
func (TeamRole) Keys() []string { return slices.Clone(teamRoleKeys) }

// Label returns the role in words in lang.
func (r TeamRole) Label(lang string) string { return label("team", string(r), lang) }

// Duties returns what the role does in the response, in lang.
func (r TeamRole) Duties(lang string) string { return label("duties", string(r), lang) }

// ChannelKind is how an incident is reported inside the organisation.
type ChannelKind string

// The channel kinds.
const (
	ChannelEmail    ChannelKind = "email"
	ChannelPhone    ChannelKind = "phone"
	ChannelTicket   ChannelKind = "ticket"
	ChannelForm     ChannelKind = "form"
	ChannelInPerson ChannelKind = "in_person"
	ChannelOther    ChannelKind = "other"
)

var channelKeys = []string{"email", "phone", "ticket", "form", "in_person", "other"}

// Valid reports whether k is a known kind or empty.
func (k ChannelKind) Valid() bool { return validKey(channelKeys, string(k)) }

// Keys returns every kind key.
func (ChannelKind) Keys() []string { return slices.Clone(channelKeys) }

// Label returns the kind in words in lang.
func (k ChannelKind) Label(lang string) string { return label("channel", string(k), lang) }

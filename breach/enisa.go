package breach

import (
	"slices"

	"github.com/gdprkit/gdprkit/gdpr"
)

// The ENISA severity method (Recommendations for a methodology of the
// assessment of severity of personal data breaches, Working Document
// v1.0, December 2013):
//
//	SE = DPC × EI + CB
//
// DPC (data processing context, 1–4) scores the data in their context,
// EI (ease of identification, 0.25–1) multiplies it, CB (circumstances of
// the breach, 0–2) adds the loss of confidentiality, integrity and
// availability and malicious intent. Every value of the method is a
// multiple of 0.25, so scores are computed exactly in quarters.

// DataType is an ENISA data type (Annex 1, Table 1), which gives the basic
// DPC score.
type DataType string

// The data types and their basic scores.
const (
	// Simple data (biographical, contact details, full name, education,
	// family life, professional experience): basic score 1.
	Simple DataType = "simple"
	// Behavioural data (location, traffic data, preferences, habits): 2.
	Behavioural DataType = "behavioural"
	// Financial data (income, transactions, statements, investments,
	// credit cards, invoices): 3.
	Financial DataType = "financial"
	// Sensitive data (health, political affiliation, sexual life): 4.
	Sensitive DataType = "sensitive"
)

var dataTypeKeys = []string{"simple", "behavioural", "financial", "sensitive"}

// Valid reports whether t is a known type or empty.
func (t DataType) Valid() bool { return validKey(dataTypeKeys, string(t)) }

// Keys returns every type key.
func (DataType) Keys() []string { return slices.Clone(dataTypeKeys) }

// Label returns the type in words in lang.
func (t DataType) Label(lang string) string { return label("datatype", string(t), lang) }

// Base returns the basic DPC score of the type (Annex 1, Table 1), 0 for
// an unknown type.
func (t DataType) Base() int {
	if i := slices.Index(dataTypeKeys, string(t)); i >= 0 {
		return i + 1
	}
	return 0
}

// Ease is the ease of identification (EI, Annex 2): how easily the people
// can be identified from the data breached.
type Ease string

// The EI levels.
const (
	Negligible  Ease = "negligible"  // 0.25
	Limited     Ease = "limited"     // 0.5
	Significant Ease = "significant" // 0.75
	Maximum     Ease = "maximum"     // 1
)

var easeKeys = []string{"negligible", "limited", "significant", "maximum"}

// Valid reports whether e is a known level or empty.
func (e Ease) Valid() bool { return validKey(easeKeys, string(e)) }

// Keys returns every level key.
func (Ease) Keys() []string { return slices.Clone(easeKeys) }

// Label returns the level in words in lang.
func (e Ease) Label(lang string) string { return label("ease", string(e), lang) }

// quarters returns EI × 4 (1–4), 0 when unknown.
func (e Ease) quarters() int { return slices.Index(easeKeys, string(e)) + 1 }

// Value returns EI: 0.25, 0.5, 0.75 or 1; 0 when unset.
func (e Ease) Value() float64 { return float64(e.quarters()) / 4 }

// ConfidentialityLoss is the loss-of-confidentiality element of CB
// (Annex 3).
type ConfidentialityLoss string

// The loss-of-confidentiality levels.
const (
	// Exposed: data exposed with no evidence of unlawful processing (a lost
	// laptop or paper file, disposal without destruction): +0.
	Exposed ConfidentialityLoss = "exposed"
	// KnownRecipients: disclosed to a known number of recipients (a
	// misdirected email, customers seeing other accounts): +0.25.
	KnownRecipients ConfidentialityLoss = "known_recipients"
	// UnknownRecipients: disclosed to an unknown number of recipients
	// (message board, P2P, data sold, misconfigured public site): +0.5.
	UnknownRecipients ConfidentialityLoss = "unknown_recipients"
)

var confidentialityKeys = []string{"exposed", "known_recipients", "unknown_recipients"}

// Valid reports whether l is a known level or empty (not affected).
func (l ConfidentialityLoss) Valid() bool { return validKey(confidentialityKeys, string(l)) }

// Keys returns every level key.
func (ConfidentialityLoss) Keys() []string { return slices.Clone(confidentialityKeys) }

// Label returns the level in words in lang.
func (l ConfidentialityLoss) Label(lang string) string { return label("conf", string(l), lang) }

func (l ConfidentialityLoss) quarters() int {
	return max(slices.Index(confidentialityKeys, string(l)), 0)
}

// IntegrityLoss is the loss-of-integrity element of CB (Annex 3).
type IntegrityLoss string

// The loss-of-integrity levels.
const (
	// Recovered: altered, the original recovered before any use: +0.
	Recovered IntegrityLoss = "recovered"
	// Recoverable: altered and possibly misused, but recoverable: +0.25.
	Recoverable IntegrityLoss = "recoverable"
	// Unrecoverable: altered, possibly misused, not recoverable: +0.5.
	Unrecoverable IntegrityLoss = "unrecoverable"
)

var integrityKeys = []string{"recovered", "recoverable", "unrecoverable"}

// Valid reports whether l is a known level or empty (not affected).
func (l IntegrityLoss) Valid() bool { return validKey(integrityKeys, string(l)) }

// Keys returns every level key.
func (IntegrityLoss) Keys() []string { return slices.Clone(integrityKeys) }

// Label returns the level in words in lang.
func (l IntegrityLoss) Label(lang string) string { return label("integ", string(l), lang) }

func (l IntegrityLoss) quarters() int { return max(slices.Index(integrityKeys, string(l)), 0) }

// AvailabilityLoss is the loss-of-availability element of CB (Annex 3).
type AvailabilityLoss string

// The loss-of-availability levels.
const (
	// Restorable: the data can be recovered without difficulty: +0.
	Restorable AvailabilityLoss = "restorable"
	// Temporary: temporary unavailability: +0.25.
	Temporary AvailabilityLoss = "temporary"
	// Lost: full unavailability (no backup, the person cannot re-supply
	// the data): +0.5.
	Lost AvailabilityLoss = "lost"
)

var availabilityKeys = []string{"restorable", "temporary", "lost"}

// Valid reports whether l is a known level or empty (not affected).
func (l AvailabilityLoss) Valid() bool { return validKey(availabilityKeys, string(l)) }

// Keys returns every level key.
func (AvailabilityLoss) Keys() []string { return slices.Clone(availabilityKeys) }

// Label returns the level in words in lang.
func (l AvailabilityLoss) Label(lang string) string { return label("avail", string(l), lang) }

func (l AvailabilityLoss) quarters() int { return max(slices.Index(availabilityKeys, string(l)), 0) }

// Band is a severity level of the method (§2.4 of the legal reference).
type Band string

// The severity levels.
const (
	// Low (SE < 2): no effect, or minor inconveniences easily overcome.
	Low Band = "low"
	// Medium (2 ≤ SE < 3): significant inconveniences overcome with a few
	// difficulties.
	Medium Band = "medium"
	// High (3 ≤ SE < 4): significant consequences overcome with serious
	// difficulties.
	High Band = "high"
	// VeryHigh (SE ≥ 4): significant or irreversible consequences, possibly
	// not overcome.
	VeryHigh Band = "very_high"
)

var bandKeys = []string{"low", "medium", "high", "very_high"}

// Valid reports whether b is a known level or empty.
func (b Band) Valid() bool { return validKey(bandKeys, string(b)) }

// Keys returns every level key.
func (Band) Keys() []string { return slices.Clone(bandKeys) }

// Label returns the level in words in lang.
func (b Band) Label(lang string) string { return label("band", string(b), lang) }

// Effect returns ENISA's likely effect on individuals for the level, in lang.
func (b Band) Effect(lang string) string { return label("effect", string(b), lang) }

// Rank orders the levels: 1 for low to 4 for very high, 0 when unset.
func (b Band) Rank() int { return slices.Index(bandKeys, string(b)) + 1 }

// BandOf returns the level of a severity score.
func BandOf(se float64) Band { return bandOfQuarters(int(se * 4)) }

func bandOfQuarters(q int) Band {
	switch {
	case q < 8:
		return Low
	case q < 12:
		return Medium
	case q < 16:
		return High
	}
	return VeryHigh
}

// Severity is the ENISA assessment of an incident as recorded: the
// inputs of the method and the reasons for every departure from it.
type Severity struct {
	// Data scores each type of data breached; the DPC is the highest
	// score. Credentials are not a type: score them by the data they give
	// access to.
	Data []DataScore `json:"data,omitempty" validate:"dive"`
	// EaseOfIdentification is EI: negligible (0.25), limited (0.5),
	// significant (0.75) or maximum (1).
	EaseOfIdentification Ease `json:"ease_of_identification,omitempty" validate:"omitempty,enum"`
	// EaseReasons explains the EI chosen (which identifiers, which means
	// of cross-matching).
	EaseReasons gdpr.Text `json:"ease_reasons,omitempty"`
	// Confidentiality is the loss of confidentiality, when the breach has
	// one: exposed (0), known_recipients (0.25), unknown_recipients (0.5).
	Confidentiality ConfidentialityLoss `json:"confidentiality,omitempty" validate:"omitempty,enum"`
	// Integrity is the loss of integrity, when the breach has one:
	// recovered (0), recoverable (0.25), unrecoverable (0.5).
	Integrity IntegrityLoss `json:"integrity,omitempty" validate:"omitempty,enum"`
	// Availability is the loss of availability, when the breach has one:
	// restorable (0), temporary (0.25), lost (0.5).
	Availability AvailabilityLoss `json:"availability,omitempty" validate:"omitempty,enum"`
	// Malicious is true when the breach was an intentional action to harm
	// the controller or the people (+0.5).
	Malicious bool `json:"malicious,omitempty"`
	// ArguedBand is a final level the controller argues in place of the
	// computed one; the method allows it with reasons.
	ArguedBand Band `json:"argued_band,omitempty" validate:"omitempty,enum"`
	// ArguedReasons explains ArguedBand.
	ArguedReasons gdpr.Text `json:"argued_reasons,omitempty"`
}

// DataScore is the DPC score of one type of data breached (Annex 1).
type DataScore struct {
	// Type gives the basic score: simple 1, behavioural 2, financial 3,
	// sensitive 4.
	Type DataType `json:"type" validate:"required,enum"`
	// Categories are the ids of the register's data categories scored here.
	Categories []string `json:"categories,omitempty"`
	// Description says which data these are, e.g. "names and phone numbers".
	Description gdpr.Text `json:"description,omitempty"`
	// Score is the DPC after the contextual factors of Annex A2 (volume,
	// controller, individuals, invalidity, public availability, nature),
	// from 1 to 4; empty means the basic score of the type.
	Score int `json:"score,omitempty" validate:"omitempty,min=1,max=4"`
	// Justification is the written explanation every departure from the
	// basic score needs.
	Justification gdpr.Text `json:"justification,omitempty"`
}

// Effective returns the score used in the computation: Score when set and
// within 1–4, otherwise the basic score of the type.
func (d DataScore) Effective() int {
	if d.Score >= 1 && d.Score <= 4 {
		return d.Score
	}
	return d.Type.Base()
}

// Adjusted reports whether the score departs from the basic one.
func (d DataScore) Adjusted() bool { return d.Score != 0 && d.Score != d.Type.Base() }

// Score is the result of the ENISA method for one incident.
type Score struct {
	// Assessed is false when the incident records no ENISA inputs, or too
	// few to compute (no data scored, or no EI).
	Assessed bool
	// DPC is the highest data score (1–4).
	DPC int
	// EI is the ease of identification (0.25–1).
	EI float64
	// CB is the sum of the circumstances (0–2).
	CB float64
	// Confidentiality, Integrity, Availability and Malice are the elements
	// of CB.
	Confidentiality, Integrity, Availability, Malice float64
	// SE is DPC × EI + CB (0.25–6).
	SE float64
	// Band is the level of SE.
	Band Band
	// Final is the level the controller retains: ArguedBand when argued,
	// else Band.
	Final Band
	// ManyPeople flags a breach of more than 100 individuals; it does not
	// change SE.
	ManyPeople bool
	// Unintelligible flags data unintelligible to whoever holds them
	// (strong encryption, key not compromised); it does not change SE.
	Unintelligible bool
}

// Score computes the ENISA severity of the incident. Flags come from the
// incident's numbers and measures in place.
func (inc *Incident) Score() Score {
	var s Score
	s.ManyPeople = inc.People.Count > 100
	s.Unintelligible = inc.MeasuresInPlace.Encryption == EncryptedIntact
	sv := inc.Severity
	if sv == nil {
		return s
	}
	for _, d := range sv.Data {
		s.DPC = max(s.DPC, d.Effective())
	}
	ei := sv.EaseOfIdentification.quarters()
	c, i, a, m := sv.Confidentiality.quarters(), sv.Integrity.quarters(), sv.Availability.quarters(), 0
	if sv.Malicious {
		m = 2
	}
	cb := c + i + a + m
	s.EI = float64(ei) / 4
	s.Confidentiality, s.Integrity, s.Availability, s.Malice = float64(c)/4, float64(i)/4, float64(a)/4, float64(m)/4
	s.CB = float64(cb) / 4
	if s.DPC == 0 || ei == 0 {
		return s
	}
	q := s.DPC*ei + cb
	s.Assessed = true
	s.SE = float64(q) / 4
	s.Band = bandOfQuarters(q)
	s.Final = s.Band
	if sv.ArguedBand != "" && sv.ArguedBand.Valid() {
		s.Final = sv.ArguedBand
	}
	return s
}

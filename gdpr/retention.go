package gdpr

import (
	"regexp"
	"strings"
)

// EndAction is what happens to data when retention ends.
type EndAction string

// The end actions.
const (
	Delete       EndAction = "delete"
	Anonymise    EndAction = "anonymise"
	Pseudonymise EndAction = "pseudonymise"
	Archive      EndAction = "archive"
)

var endActions = table{
	{"delete", NSDPV + "Erase", "Art. 5(1)(e)", "cancellazione", "erasure"},
	{"anonymise", NSDPV + "Anonymise", "Recital 26", "anonimizzazione", "anonymisation"},
	{"pseudonymise", NSDPV + "Pseudonymise", "Art. 4(5)", "pseudonimizzazione", "pseudonymisation"},
	{"archive", NSDPV + "Store", "Art. 89", "archiviazione con accesso limitato", "archiving with restricted access"},
}

// Valid reports whether a is a known action or empty.
func (a EndAction) Valid() bool { return endActions.valid(string(a)) }

// Keys returns every action key.
func (EndAction) Keys() []string { return endActions.keys() }

// Label returns the action in words in lang.
func (a EndAction) Label(lang string) string { return endActions.label(string(a), lang) }

// DPV returns the DPV IRI.
func (a EndAction) DPV() string { x, _ := endActions.find(string(a)); return x.iri }

// Retention is a time limit for erasure of some data categories
// (Art. 30(1)(f), 5(1)(e)): a period, or a criterion where no fixed term
// can be set.
type Retention struct {
	// Categories are the ids of the data categories the rule covers; empty
	// means every category of the activity.
	Categories []string `json:"categories,omitempty"`
	// Period is an ISO 8601 duration, e.g. P10Y.
	Period Duration `json:"period,omitempty" validate:"omitempty,duration"`
	// Criterion states how the term is determined when no period can be
	// set, e.g. "until the end of the litigation".
	Criterion Text `json:"criterion,omitempty"`
	// Trigger is the event the period runs from, e.g. "end of the contract".
	Trigger Text `json:"trigger,omitempty"`
	// EndAction is what happens at the end.
	EndAction EndAction `json:"end_action,omitempty" validate:"omitempty,enum"`
	// LegalReference is the norm that sets the term, e.g. "art. 2220 c.c.".
	LegalReference string `json:"legal_reference,omitempty"`
}

// Words describes the term in lang: "10 anni dalla cessazione del
// contratto", or the criterion.
func (r Retention) Words(lang string) string {
	var s string
	switch {
	case r.Period != "":
		s = r.Period.Words(lang)
		if !r.Trigger.IsEmpty() {
			from := " from "
			if lang == "it" {
				from = " da: "
			}
			s += from + r.Trigger.In(lang)
		}
		if !r.Criterion.IsEmpty() {
			s += "; " + r.Criterion.In(lang)
		}
	default:
		s = r.Criterion.In(lang)
	}
	return s
}

// vagueRetention matches the wording regulators reject as a retention term.
var vagueRetention = regexp.MustCompile(`(?i)(as long as (is )?(necessary|needed|required)|for as long as|per il tempo (strettamente )?necessario|fino a quando (sarà|sara|è|e') necessario|il tempo necessario|indefinitely|a tempo indeterminato|per sempre|forever)`)

// IsVague reports whether text uses wording such as "as long as necessary"
// that names no term (Art. 13(2)(a); WP260 §…: "insufficient").
func IsVague(text string) bool { return vagueRetention.MatchString(strings.ToLower(text)) }

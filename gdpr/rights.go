package gdpr

// Right is a data-subject right of the GDPR.
type Right string

// The rights a notice states, in article order.
const (
	RightAccess        Right = "access"        // Art. 15
	RightRectification Right = "rectification" // Art. 16
	RightErasure       Right = "erasure"       // Art. 17
	RightRestriction   Right = "restriction"   // Art. 18
	RightPortability   Right = "portability"   // Art. 20
	RightObject        Right = "object"        // Art. 21
	RightAutomated     Right = "automated"     // Art. 22
	RightWithdraw      Right = "withdraw"      // Art. 7(3)
	RightComplain      Right = "complain"      // Art. 77
)

var rights = table{
	{"access", NSGDPR + "A15", "Art. 15", "diritto di accesso", "right of access"},
	{"rectification", NSGDPR + "A16", "Art. 16", "diritto di rettifica", "right to rectification"},
	{"erasure", NSGDPR + "A17", "Art. 17", "diritto alla cancellazione («diritto all'oblio»)", "right to erasure ('right to be forgotten')"},
	{"restriction", NSGDPR + "A18", "Art. 18", "diritto di limitazione di trattamento", "right to restriction of processing"},
	{"portability", NSGDPR + "A20", "Art. 20", "diritto alla portabilità dei dati", "right to data portability"},
	{"object", NSGDPR + "A21", "Art. 21", "diritto di opposizione", "right to object"},
	{"automated", NSGDPR + "A22", "Art. 22", "diritto di non essere sottoposto a una decisione basata unicamente sul trattamento automatizzato", "right not to be subject to a decision based solely on automated processing"},
	{"withdraw", NSGDPR + "A7-3", "Art. 7(3)", "diritto di revocare il consenso in qualsiasi momento", "right to withdraw consent at any time"},
	{"complain", NSGDPR + "A77", "Art. 77", "diritto di proporre reclamo a un'autorità di controllo", "right to lodge a complaint with a supervisory authority"},
}

// Valid reports whether r is a known right or empty.
func (r Right) Valid() bool { return rights.valid(string(r)) }

// Keys returns every right key.
func (Right) Keys() []string { return rights.keys() }

// Label returns the right in words in lang.
func (r Right) Label(lang string) string { return rights.label(string(r), lang) }

// Article returns the article, e.g. "Art. 15".
func (r Right) Article() string { x, _ := rights.find(string(r)); return x.article }

// DPV returns the DPV IRI, e.g. eu-gdpr:A15.
func (r Right) DPV() string { x, _ := rights.find(string(r)); return x.iri }

// basisRights is the DPV 2.3 legal-basis → rights mapping (A13/A14, the
// information rights, are left out: every notice gives them).
var basisRights = map[LegalBasis][]Right{
	Consent:             {RightAccess, RightRectification, RightErasure, RightRestriction, RightPortability, RightAutomated, RightWithdraw, RightComplain},
	Contract:            {RightAccess, RightRectification, RightErasure, RightRestriction, RightPortability, RightAutomated, RightComplain},
	LegalObligation:     {RightAccess, RightRectification, RightRestriction, RightComplain},
	VitalInterests:      {RightAccess, RightRectification, RightErasure, RightRestriction, RightAutomated, RightComplain},
	PublicTask:          {RightAccess, RightRectification, RightRestriction, RightObject, RightAutomated, RightComplain},
	LegitimateInterests: {RightAccess, RightRectification, RightErasure, RightRestriction, RightObject, RightAutomated, RightComplain},
}

// RightsUse describes the processing a set of rights is computed for.
type RightsUse struct {
	// Bases are the Art. 6(1) bases of the purposes.
	Bases []LegalBasis
	// ExplicitConsent is true when Art. 9(2)(a) is a condition.
	ExplicitConsent bool
	// DirectMarketing is true when a purpose is direct marketing: the right
	// to object applies whatever the basis (Art. 21(2)).
	DirectMarketing bool
	// AutomatedDecisions is true when a decision based solely on automated
	// processing with legal or similar effects exists (Art. 22).
	AutomatedDecisions bool
}

// RightsFor returns the union of the rights the bases give, in article
// order, applying the conditions the DPV mapping leaves out: Art. 22 only
// with automated decisions; Art. 7(3) also for Art. 9(2)(a); Art. 21 for
// direct marketing whatever the basis.
func RightsFor(u RightsUse) []Right {
	have := map[Right]bool{}
	for _, b := range u.Bases {
		for _, r := range b.Rights() {
			have[r] = true
		}
	}
	if u.ExplicitConsent {
		have[RightWithdraw] = true
	}
	if u.DirectMarketing {
		have[RightObject] = true
	}
	if !u.AutomatedDecisions {
		delete(have, RightAutomated)
	}
	have[RightComplain] = true
	var out []Right
	for _, k := range rights.keys() {
		if have[Right(k)] {
			out = append(out, Right(k))
		}
	}
	return out
}

package gdpr

import (
	"slices"
	"time"
)

// TransferMechanism is the Chapter V ground for a transfer to a third
// country or an international organisation.
type TransferMechanism string

// The transfer mechanisms.
const (
	Adequacy                      TransferMechanism = "adequacy"                        // Art. 45
	StandardContractualClauses    TransferMechanism = "scc"                             // Art. 46(2)(c)
	BindingCorporateRules         TransferMechanism = "bcr"                             // Art. 46(2)(b), 47
	PublicAuthorityInstrument     TransferMechanism = "public_authority_instrument"     // Art. 46(2)(a)
	CodeOfConduct                 TransferMechanism = "code_of_conduct"                 // Art. 46(2)(e)
	Certification                 TransferMechanism = "certification"                   // Art. 46(2)(f)
	AdHocClauses                  TransferMechanism = "ad_hoc_clauses"                  // Art. 46(3)(a)
	DerogationConsent             TransferMechanism = "derogation_consent"              // Art. 49(1)(a)
	DerogationContract            TransferMechanism = "derogation_contract"             // Art. 49(1)(b)
	DerogationThirdPartyContract  TransferMechanism = "derogation_third_party_contract" // Art. 49(1)(c)
	DerogationPublicInterest      TransferMechanism = "derogation_public_interest"      // Art. 49(1)(d)
	DerogationLegalClaims         TransferMechanism = "derogation_legal_claims"         // Art. 49(1)(e)
	DerogationVitalInterests      TransferMechanism = "derogation_vital_interests"      // Art. 49(1)(f)
	DerogationPublicRegister      TransferMechanism = "derogation_public_register"      // Art. 49(1)(g)
	CompellingLegitimateInterests TransferMechanism = "compelling_legitimate_interests" // Art. 49(1) second subparagraph
)

var mechanisms = table{
	{"adequacy", NSGDPR + "A45-3", "Art. 45", "decisione di adeguatezza della Commissione europea", "European Commission adequacy decision"},
	{"scc", NSGDPR + "A46-2-c", "Art. 46(2)(c)", "clausole contrattuali tipo adottate dalla Commissione europea", "standard data protection clauses adopted by the European Commission"},
	{"bcr", NSGDPR + "A46-2-b", "Art. 46(2)(b), 47", "norme vincolanti d'impresa", "binding corporate rules"},
	{"public_authority_instrument", NSGDPR + "A46-2-a", "Art. 46(2)(a)", "strumento giuridicamente vincolante tra autorità pubbliche", "legally binding instrument between public authorities"},
	{"code_of_conduct", NSGDPR + "A46-2-e", "Art. 46(2)(e)", "codice di condotta approvato", "approved code of conduct"},
	{"certification", NSGDPR + "A46-2-f", "Art. 46(2)(f)", "meccanismo di certificazione approvato", "approved certification mechanism"},
	{"ad_hoc_clauses", NSGDPR + "A46-3-a", "Art. 46(3)(a)", "clausole contrattuali autorizzate dall'autorità di controllo", "contractual clauses authorised by the supervisory authority"},
	{"derogation_consent", NSGDPR + "A49-1-a", "Art. 49(1)(a)", "consenso esplicito dell'interessato al trasferimento", "explicit consent of the data subject to the transfer"},
	{"derogation_contract", NSGDPR + "A49-1-b", "Art. 49(1)(b)", "esecuzione di un contratto con l'interessato", "performance of a contract with the data subject"},
	{"derogation_third_party_contract", NSGDPR + "A49-1-c", "Art. 49(1)(c)", "contratto concluso a favore dell'interessato", "contract concluded in the interest of the data subject"},
	{"derogation_public_interest", NSGDPR + "A49-1-d", "Art. 49(1)(d)", "importanti motivi di interesse pubblico", "important reasons of public interest"},
	{"derogation_legal_claims", NSGDPR + "A49-1-e", "Art. 49(1)(e)", "accertamento, esercizio o difesa di un diritto in sede giudiziaria", "establishment, exercise or defence of legal claims"},
	{"derogation_vital_interests", NSGDPR + "A49-1-f", "Art. 49(1)(f)", "tutela degli interessi vitali", "protection of vital interests"},
	{"derogation_public_register", NSGDPR + "A49-1-g", "Art. 49(1)(g)", "trasferimento da un registro pubblico", "transfer from a public register"},
	{"compelling_legitimate_interests", NSGDPR + "A49-2", "Art. 49(1), secondo comma", "interessi legittimi cogenti del titolare (deroga residuale)", "compelling legitimate interests of the controller (residual derogation)"},
}

// Valid reports whether m is a known mechanism or empty.
func (m TransferMechanism) Valid() bool { return mechanisms.valid(string(m)) }

// Keys returns every mechanism key.
func (TransferMechanism) Keys() []string { return mechanisms.keys() }

// Label returns the mechanism in words in lang.
func (m TransferMechanism) Label(lang string) string { return mechanisms.label(string(m), lang) }

// Article returns the article, e.g. "Art. 46(2)(c)".
func (m TransferMechanism) Article() string {
	x, _ := mechanisms.find(string(m))
	if m == CompellingLegitimateInterests {
		return "Art. 49(1), second subparagraph"
	}
	return x.article
}

// DPV returns the DPV IRI.
func (m TransferMechanism) DPV() string { x, _ := mechanisms.find(string(m)); return x.iri }

// IsDerogation reports whether m is an Art. 49 derogation.
func (m TransferMechanism) IsDerogation() bool {
	x, ok := mechanisms.find(string(m))
	return ok && len(x.article) >= 7 && x.article[:7] == "Art. 49"
}

// Transfer is a transfer of personal data to a third country or an
// international organisation (Art. 30(1)(e), Chapter V).
type Transfer struct {
	// Recipient is the id of the recipient that receives the data.
	Recipient string `json:"recipient,omitempty"`
	// Country is the destination, ISO 3166-1 alpha-2 (e.g. US).
	Country string `json:"country,omitempty" validate:"required_without=Organisation,omitempty,country"`
	// Organisation names the international organisation, when the
	// destination is one.
	Organisation string `json:"organisation,omitempty"`
	// Mechanism is the Chapter V ground.
	Mechanism TransferMechanism `json:"mechanism" validate:"required,enum"`
	// DPFCertified states that a US recipient is self-certified under the
	// EU–US Data Privacy Framework, which the US adequacy decision requires.
	DPFCertified bool `json:"dpf_certified,omitempty"`
	// Safeguards references the document of the safeguards (e.g. the SCC
	// signed on a date), and how data subjects can obtain a copy.
	Safeguards Text `json:"safeguards,omitempty"`
	// TIA references the transfer impact assessment.
	TIA string `json:"tia,omitempty"`
	// SupplementaryMeasures describes measures beyond the mechanism.
	SupplementaryMeasures Text `json:"supplementary_measures,omitempty"`
	// AuthorityInformed is true when the supervisory authority was informed
	// of an Art. 49(1) second-subparagraph transfer.
	AuthorityInformed bool `json:"authority_informed,omitempty"`
	// SubjectsInformed is true when data subjects were informed of an
	// Art. 49(1) second-subparagraph transfer and the compelling interests.
	SubjectsInformed bool `json:"subjects_informed,omitempty"`
}

// AdequacyDecision is a Commission adequacy decision (Art. 45).
type AdequacyDecision struct {
	// Country is the ISO code (empty for an international organisation).
	Country string
	// Name is the destination's English name.
	Name string
	// Decision is the decision's number.
	Decision string
	// Adopted is the date of the decision.
	Adopted time.Time
	// Scope states the condition a recipient must meet, when partial.
	Scope string
	// RequiresDPF is true when recipients must be self-certified under the
	// EU–US Data Privacy Framework.
	RequiresDPF bool
	// DPV is the DPV IRI of the decision, or a local IRI where DPV 2.3 has none.
	DPV string
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// AdequacyListDate is the date the list of adequacy decisions was last
// checked against the Commission's list. Decisions can be amended,
// suspended or annulled: re-check before each release.
var AdequacyListDate = day(2026, 1, 27)

// AdequacyDecisions is the dated list of adequacy decisions in force at
// [AdequacyListDate] (legal reference authorities.md §4).
var AdequacyDecisions = []AdequacyDecision{
	{Country: "CH", Name: "Switzerland", Decision: "2000/518/EC", Adopted: day(2000, 7, 26), DPV: NSLegal + "Adequacy-EU-CH"},
	{Country: "CA", Name: "Canada", Decision: "2002/2/EC", Adopted: day(2001, 12, 20), Scope: "commercial organisations subject to PIPEDA", DPV: NSLegal + "Adequacy-EU-CA"},
	{Country: "AR", Name: "Argentina", Decision: "2003/490/EC", Adopted: day(2003, 6, 30), DPV: NSLegal + "Adequacy-EU-AR"},
	{Country: "GG", Name: "Guernsey", Decision: "2003/821/EC", Adopted: day(2003, 11, 21), DPV: NSLegal + "Adequacy-EU-GG"},
	{Country: "IM", Name: "Isle of Man", Decision: "2004/411/EC", Adopted: day(2004, 4, 28), DPV: NSLegal + "Adequacy-EU-IM"},
	{Country: "JE", Name: "Jersey", Decision: "2008/393/EC", Adopted: day(2008, 5, 8), DPV: NSLegal + "Adequacy-EU-JE"},
	{Country: "FO", Name: "Faroe Islands", Decision: "2010/146/EU", Adopted: day(2010, 3, 5), DPV: NSLegal + "Adequacy-EU-FO"},
	{Country: "AD", Name: "Andorra", Decision: "2010/625/EU", Adopted: day(2010, 10, 19), DPV: NSLegal + "Adequacy-EU-AD"},
	{Country: "IL", Name: "Israel", Decision: "2011/61/EU", Adopted: day(2011, 1, 31), DPV: NSLegal + "Adequacy-EU-IL"},
	{Country: "UY", Name: "Uruguay", Decision: "2012/484/EU", Adopted: day(2012, 8, 21), DPV: NSLegal + "Adequacy-EU-UY"},
	{Country: "NZ", Name: "New Zealand", Decision: "2013/65/EU", Adopted: day(2012, 12, 19), DPV: NSLegal + "Adequacy-EU-NZ"},
	{Country: "JP", Name: "Japan", Decision: "(EU) 2019/419", Adopted: day(2019, 1, 23), Scope: "private sector under the APPI and the Supplementary Rules", DPV: NSLegal + "Adequacy-EU-JP"},
	{Country: "GB", Name: "United Kingdom", Decision: "(EU) 2021/1772, renewed December 2025", Adopted: day(2021, 6, 28), DPV: NSLegal + "Adequacy-EU-GB"},
	{Country: "KR", Name: "Republic of Korea", Decision: "(EU) 2022/254", Adopted: day(2021, 12, 17), Scope: "bodies subject to PIPA", DPV: NSLocal + "Adequacy-EU-KR"},
	{Country: "US", Name: "United States", Decision: "(EU) 2023/1795 (EU–US Data Privacy Framework)", Adopted: day(2023, 7, 10), Scope: "only organisations self-certified on the DPF List", RequiresDPF: true, DPV: NSLocal + "Adequacy-EU-US"},
	{Country: "BR", Name: "Brazil", Decision: "(EU) 2026/179", Adopted: day(2026, 1, 26), DPV: NSLocal + "Adequacy-EU-BR"},
}

// AdequacyFor returns the adequacy decision for country in force on date,
// and false when there is none.
func AdequacyFor(country string, on time.Time) (AdequacyDecision, bool) {
	for _, d := range AdequacyDecisions {
		if d.Country == country && !on.Before(d.Adopted) {
			return d, true
		}
	}
	return AdequacyDecision{}, false
}

// eea lists the ISO codes of the EEA: the 27 Member States and Iceland,
// Liechtenstein and Norway. EL (the EU's code for Greece) is accepted too.
var eea = []string{
	"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
	"IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
}

// IsEEA reports whether country (ISO 3166-1 alpha-2) is in the EEA, where
// the GDPR applies and no Chapter V transfer takes place.
func IsEEA(country string) bool { _, ok := slices.BinarySearch(eea, country); return ok }

package gdpr

// LegalBasis is an Art. 6(1) lawful basis.
type LegalBasis string

// The Art. 6(1) bases.
const (
	Consent             LegalBasis = "consent"              // Art. 6(1)(a)
	Contract            LegalBasis = "contract"             // Art. 6(1)(b)
	LegalObligation     LegalBasis = "legal_obligation"     // Art. 6(1)(c)
	VitalInterests      LegalBasis = "vital_interests"      // Art. 6(1)(d)
	PublicTask          LegalBasis = "public_task"          // Art. 6(1)(e)
	LegitimateInterests LegalBasis = "legitimate_interests" // Art. 6(1)(f)
)

var legalBases = table{
	{"consent", NSGDPR + "A6-1-a", "Art. 6(1)(a)", "consenso dell'interessato", "consent of the data subject"},
	{"contract", NSGDPR + "A6-1-b", "Art. 6(1)(b)", "esecuzione di un contratto o di misure precontrattuali", "performance of a contract or pre-contractual steps"},
	{"legal_obligation", NSGDPR + "A6-1-c", "Art. 6(1)(c)", "adempimento di un obbligo legale", "compliance with a legal obligation"},
	{"vital_interests", NSGDPR + "A6-1-d", "Art. 6(1)(d)", "salvaguardia di interessi vitali", "protection of vital interests"},
	{"public_task", NSGDPR + "A6-1-e", "Art. 6(1)(e)", "esecuzione di un compito di interesse pubblico o connesso all'esercizio di pubblici poteri", "performance of a task in the public interest or in the exercise of official authority"},
	{"legitimate_interests", NSGDPR + "A6-1-f", "Art. 6(1)(f)", "legittimo interesse del titolare o di terzi", "legitimate interests of the controller or a third party"},
}

// Valid reports whether b is a known basis or empty.
func (b LegalBasis) Valid() bool { return legalBases.valid(string(b)) }

// Keys returns every basis key.
func (LegalBasis) Keys() []string { return legalBases.keys() }

// Label returns the basis in words in lang.
func (b LegalBasis) Label(lang string) string { return legalBases.label(string(b), lang) }

// Article returns the article letter, e.g. "Art. 6(1)(b)".
func (b LegalBasis) Article() string { x, _ := legalBases.find(string(b)); return x.article }

// DPV returns the DPV IRI, e.g. eu-gdpr:A6-1-b.
func (b LegalBasis) DPV() string { x, _ := legalBases.find(string(b)); return x.iri }

// Rights returns the rights the basis gives, from the DPV 2.3 mapping
// (legal_basis_rights_mapping), in article order. Art. 20 and 21 carry
// extra conditions the notice applies (see [RightsFor]).
func (b LegalBasis) Rights() []Right { return basisRights[b] }

// SpecialCondition is an Art. 9(2) condition for processing special
// categories of data.
type SpecialCondition string

// The Art. 9(2) conditions.
const (
	ExplicitConsent           SpecialCondition = "explicit_consent"            // (a)
	EmploymentSocialSecurity  SpecialCondition = "employment"                  // (b)
	VitalInterestsIncapable   SpecialCondition = "vital_interests"             // (c)
	NotForProfitBody          SpecialCondition = "not_for_profit"              // (d)
	MadePublic                SpecialCondition = "made_public"                 // (e)
	LegalClaims               SpecialCondition = "legal_claims"                // (f)
	SubstantialPublicInterest SpecialCondition = "substantial_public_interest" // (g)
	HealthCare                SpecialCondition = "health_care"                 // (h)
	PublicHealth              SpecialCondition = "public_health"               // (i)
	ArchivingResearch         SpecialCondition = "archiving_research"          // (j)
)

var specialConditions = table{
	{"explicit_consent", NSGDPR + "A9-2-a", "Art. 9(2)(a)", "consenso esplicito dell'interessato", "explicit consent of the data subject"},
	{"employment", NSGDPR + "A9-2-b", "Art. 9(2)(b)", "obblighi in materia di diritto del lavoro e della sicurezza sociale", "obligations in employment and social security law"},
	{"vital_interests", NSGDPR + "A9-2-c", "Art. 9(2)(c)", "interessi vitali di un interessato incapace di prestare il consenso", "vital interests of a data subject incapable of giving consent"},
	{"not_for_profit", NSGDPR + "A9-2-d", "Art. 9(2)(d)", "attività legittime di un organismo senza scopo di lucro", "legitimate activities of a not-for-profit body"},
	{"made_public", NSGDPR + "A9-2-e", "Art. 9(2)(e)", "dati resi manifestamente pubblici dall'interessato", "data manifestly made public by the data subject"},
	{"legal_claims", NSGDPR + "A9-2-f", "Art. 9(2)(f)", "accertamento, esercizio o difesa di un diritto in sede giudiziaria", "establishment, exercise or defence of legal claims"},
	{"substantial_public_interest", NSGDPR + "A9-2-g", "Art. 9(2)(g)", "motivi di interesse pubblico rilevante", "reasons of substantial public interest"},
	{"health_care", NSGDPR + "A9-2-h", "Art. 9(2)(h)", "medicina preventiva o del lavoro, diagnosi, assistenza sanitaria", "preventive or occupational medicine, diagnosis, health care"},
	{"public_health", NSGDPR + "A9-2-i", "Art. 9(2)(i)", "motivi di interesse pubblico nel settore della sanità pubblica", "reasons of public interest in public health"},
	{"archiving_research", NSGDPR + "A9-2-j", "Art. 9(2)(j)", "archiviazione nel pubblico interesse, ricerca scientifica o storica, fini statistici", "archiving in the public interest, scientific or historical research, statistics"},
}

// Valid reports whether c is a known condition or empty.
func (c SpecialCondition) Valid() bool { return specialConditions.valid(string(c)) }

// Keys returns every condition key.
func (SpecialCondition) Keys() []string { return specialConditions.keys() }

// Label returns the condition in words in lang.
func (c SpecialCondition) Label(lang string) string { return specialConditions.label(string(c), lang) }

// Article returns the article letter, e.g. "Art. 9(2)(b)".
func (c SpecialCondition) Article() string {
	x, _ := specialConditions.find(string(c))
	return x.article
}

// DPV returns the DPV IRI, e.g. eu-gdpr:A9-2-b.
func (c SpecialCondition) DPV() string { x, _ := specialConditions.find(string(c)); return x.iri }

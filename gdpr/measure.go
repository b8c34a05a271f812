package gdpr

// MeasureKind is the kind of a security measure (Art. 32(1)).
type MeasureKind string

// The measure kinds.
const (
	Technical      MeasureKind = "technical"
	Organisational MeasureKind = "organisational"
	Physical       MeasureKind = "physical"
)

var measureKinds = table{
	{"technical", NSDPV + "TechnicalMeasure", "Art. 32(1)", "tecnica", "technical"},
	{"organisational", NSDPV + "OrganisationalMeasure", "Art. 32(1)", "organizzativa", "organisational"},
	{"physical", NSDPV + "PhysicalMeasure", "Art. 32(1)", "fisica", "physical"},
}

// Valid reports whether k is a known kind or empty.
func (k MeasureKind) Valid() bool { return measureKinds.valid(string(k)) }

// Keys returns every kind key.
func (MeasureKind) Keys() []string { return measureKinds.keys() }

// Label returns the kind in words in lang.
func (k MeasureKind) Label(lang string) string { return measureKinds.label(string(k), lang) }

// DPV returns the DPV IRI.
func (k MeasureKind) DPV() string { x, _ := measureKinds.find(string(k)); return x.iri }

// Measure is one technical or organisational security measure.
type Measure struct {
	// Kind is technical, organisational or physical.
	Kind MeasureKind `json:"kind" validate:"required,enum"`
	// Description says what the measure is.
	Description Text `json:"description" validate:"required"`
	// DPV is the DPV term, e.g. "dpv:EncryptionAtRest".
	DPV string `json:"dpv,omitempty" validate:"omitempty,dpv"`
	// Reference points to the internal document describing it.
	Reference string `json:"reference,omitempty"`
}

// Security is the general description of the Art. 32(1) measures
// (Art. 30(1)(g)): a summary, the measures, and document references.
type Security struct {
	// Summary is the general description.
	Summary Text `json:"summary,omitempty"`
	// Measures lists the measures.
	Measures []Measure `json:"measures,omitempty" validate:"dive"`
	// Documents reference internal documents (security policy, procedures).
	Documents []string `json:"documents,omitempty"`
}

// IsEmpty reports whether nothing describes the measures.
func (s Security) IsEmpty() bool {
	return s.Summary.IsEmpty() && len(s.Measures) == 0 && len(s.Documents) == 0
}

// RecipientKind says what a recipient is in GDPR terms.
type RecipientKind string

// The recipient kinds.
const (
	Internal              RecipientKind = "internal"
	Processor             RecipientKind = "processor"
	SubProcessor          RecipientKind = "sub_processor"
	JointControllerKind   RecipientKind = "joint_controller"
	IndependentController RecipientKind = "controller"
	PublicAuthority       RecipientKind = "public_authority"
)

var recipientKinds = table{
	{"internal", NSDPV + "Recipient", "Art. 29", "personale autorizzato interno", "authorised internal staff"},
	{"processor", NSDPV + "DataProcessor", "Art. 28", "responsabile del trattamento", "processor"},
	{"sub_processor", NSDPV + "DataSubProcessor", "Art. 28(2), (4)", "sub-responsabile del trattamento", "sub-processor"},
	{"joint_controller", NSDPV + "JointDataControllers", "Art. 26", "contitolare del trattamento", "joint controller"},
	{"controller", NSDPV + "DataController", "Art. 4(7)", "titolare autonomo del trattamento", "independent controller"},
	{"public_authority", NSDPV + "Authority", "Art. 4(9)", "autorità pubblica", "public authority"},
}

// Valid reports whether k is a known kind or empty.
func (k RecipientKind) Valid() bool { return recipientKinds.valid(string(k)) }

// Keys returns every kind key.
func (RecipientKind) Keys() []string { return recipientKinds.keys() }

// Label returns the kind in words in lang.
func (k RecipientKind) Label(lang string) string { return recipientKinds.label(string(k), lang) }

// DPV returns the DPV IRI.
func (k RecipientKind) DPV() string { x, _ := recipientKinds.find(string(k)); return x.iri }

// IsProcessor reports whether the recipient processes on our behalf and
// so needs an Art. 28 contract.
func (k RecipientKind) IsProcessor() bool { return k == Processor || k == SubProcessor }

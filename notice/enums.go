package notice

// enumTerm is one key of an enumeration with its article and labels.
type enumTerm struct {
	key, article, it, en string
}

type enumTable []enumTerm

func (t enumTable) find(key string) (enumTerm, bool) {
	for _, x := range t {
		if x.key == key {
			return x, true
		}
	}
	return enumTerm{}, false
}

func (t enumTable) keys() []string {
	out := make([]string, len(t))
	for i, x := range t {
		out[i] = x.key
	}
	return out
}

func (t enumTable) valid(key string) bool {
	if key == "" {
		return true
	}
	_, ok := t.find(key)
	return ok
}

func (t enumTable) label(key, lang string) string {
	x, ok := t.find(key)
	switch {
	case !ok:
		return key
	case lang == "it":
		return x.it
	}
	return x.en
}

// Kind says which article a notice answers: 13 (data collected from the
// data subject) or 14 (data obtained elsewhere).
type Kind string

// The notice kinds.
const (
	Art13 Kind = "art13" // collected from the data subject, Art. 13
	Art14 Kind = "art14" // obtained elsewhere, Art. 14
)

var kinds = enumTable{
	{"art13", "Art. 13", "dati raccolti presso l'interessato", "data collected from the data subject"},
	{"art14", "Art. 14", "dati non ottenuti presso l'interessato", "data not obtained from the data subject"},
}

// Valid reports whether k is a known kind or empty.
func (k Kind) Valid() bool { return kinds.valid(string(k)) }

// Keys returns every kind key.
func (Kind) Keys() []string { return kinds.keys() }

// Label returns the kind in words in lang.
func (k Kind) Label(lang string) string { return kinds.label(string(k), lang) }

// Article returns "Art. 13" or "Art. 14".
func (k Kind) Article() string { x, _ := kinds.find(string(k)); return x.article }

// Timing is when an Art. 14 notice is given (Art. 14(3)).
type Timing string

// The Art. 14(3) moments; the earliest that applies is the deadline (see
// [Art14Deadline]).
const (
	// WithinOneMonth: within a reasonable period, at the latest one month
	// after obtaining the data (Art. 14(3)(a)).
	WithinOneMonth Timing = "within_one_month"
	// AtFirstContact: at the latest at the first communication with the
	// data subject, when the data are used to communicate (Art. 14(3)(b)).
	AtFirstContact Timing = "first_contact"
	// AtFirstDisclosure: at the latest when the data are first disclosed to
	// another recipient (Art. 14(3)(c)).
	AtFirstDisclosure Timing = "first_disclosure"
)

var timings = enumTable{
	{"within_one_month", "Art. 14(3)(a)", "entro un mese dall'ottenimento dei dati", "within one month of obtaining the data"},
	{"first_contact", "Art. 14(3)(b)", "al più tardi al primo contatto con l'interessato", "at the latest at the first communication with the data subject"},
	{"first_disclosure", "Art. 14(3)(c)", "al più tardi alla prima comunicazione dei dati a un altro destinatario", "at the latest when the data are first disclosed to another recipient"},
}

// Valid reports whether t is a known timing or empty.
func (t Timing) Valid() bool { return timings.valid(string(t)) }

// Keys returns every timing key.
func (Timing) Keys() []string { return timings.keys() }

// Label returns the timing in words in lang.
func (t Timing) Label(lang string) string { return timings.label(string(t), lang) }

// Article returns the letter of Art. 14(3), e.g. "Art. 14(3)(b)".
func (t Timing) Article() string { x, _ := timings.find(string(t)); return x.article }

// ExemptionGround is an exemption from the duty to inform (Art. 13(4),
// 14(5)).
type ExemptionGround string

// The exemption grounds.
const (
	// AlreadyInformed: the data subject already has the information
	// (Art. 13(4), 14(5)(a)), the only exemption Art. 13 allows.
	AlreadyInformed ExemptionGround = "already_informed"
	// DisproportionateEffort: informing is impossible, would take a
	// disproportionate effort or would seriously impair the objectives
	// (Art. 14(5)(b)).
	DisproportionateEffort ExemptionGround = "disproportionate_effort"
	// LaidDownByLaw: obtaining or disclosure is laid down by Union or Member
	// State law with appropriate safeguards (Art. 14(5)(c)).
	LaidDownByLaw ExemptionGround = "laid_down_by_law"
	// ProfessionalSecrecy: the data must stay confidential under a
	// professional secrecy obligation regulated by law (Art. 14(5)(d)).
	ProfessionalSecrecy ExemptionGround = "professional_secrecy"
)

var exemptionGrounds = enumTable{
	{"already_informed", "Art. 14(5)(a)", "l'interessato dispone già delle informazioni", "the data subject already has the information"},
	{"disproportionate_effort", "Art. 14(5)(b)", "informare è impossibile o implica uno sforzo sproporzionato", "informing is impossible or would involve a disproportionate effort"},
	{"laid_down_by_law", "Art. 14(5)(c)", "l'ottenimento o la comunicazione sono previsti dal diritto dell'Unione o dello Stato membro", "obtaining or disclosure is laid down by Union or Member State law"},
	{"professional_secrecy", "Art. 14(5)(d)", "i dati sono soggetti a un obbligo di segreto professionale previsto dalla legge", "the data are subject to an obligation of professional secrecy regulated by law"},
}

// Valid reports whether g is a known ground or empty.
func (g ExemptionGround) Valid() bool { return exemptionGrounds.valid(string(g)) }

// Keys returns every ground key.
func (ExemptionGround) Keys() []string { return exemptionGrounds.keys() }

// Label returns the ground in words in lang.
func (g ExemptionGround) Label(lang string) string { return exemptionGrounds.label(string(g), lang) }

// Article returns the letter of Art. 14(5), e.g. "Art. 14(5)(b)".
func (g ExemptionGround) Article() string { x, _ := exemptionGrounds.find(string(g)); return x.article }

// RecipientDetail says how a notice shows recipients.
type RecipientDetail string

// The recipient details.
const (
	// ByName names every recipient: the default, and what access requests
	// require (CJEU C-154/21).
	ByName RecipientDetail = "names"
	// ByCategory shows categories of recipients only, which Art. 13(1)(e)
	// allows but the guidance (WP260) discourages.
	ByCategory RecipientDetail = "categories"
)

var recipientDetails = enumTable{
	{"names", "Art. 13(1)(e)", "destinatari indicati per nome", "recipients named"},
	{"categories", "Art. 13(1)(e)", "categorie di destinatari", "categories of recipients"},
}

// Valid reports whether d is a known detail or empty.
func (d RecipientDetail) Valid() bool { return recipientDetails.valid(string(d)) }

// Keys returns every detail key.
func (RecipientDetail) Keys() []string { return recipientDetails.keys() }

// Label returns the detail in words in lang.
func (d RecipientDetail) Label(lang string) string { return recipientDetails.label(string(d), lang) }

// Topic marks what a notice section states, so other parts of the pack
// can check that the notice says what they need it to say; today the
// support-data policy checks that recorded calls are announced.
type Topic string

// The topics.
const (
	// TopicRecording: the section states that calls, chats or sessions are
	// recorded, why, how the person is told, who listens and for how long.
	TopicRecording Topic = "recording"
)

var topics = enumTable{
	{"recording", "Art. 13(1)(c)", "registrazione di telefonate o sessioni", "recording of calls or sessions"},
}

// Valid reports whether t is a known topic or empty.
func (t Topic) Valid() bool { return topics.valid(string(t)) }

// Keys returns every topic key.
func (Topic) Keys() []string { return topics.keys() }

// Label returns the topic in words in lang.
func (t Topic) Label(lang string) string { return topics.label(string(t), lang) }

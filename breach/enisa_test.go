package breach

import (
	"testing"

	"github.com/gdprkit/gdprkit/gdpr"
)

// ENISA's annex examples (Recommendations for a methodology of the
// assessment of severity of personal data breaches, v1.0, December 2013,
// Annex 1 A3, as the legal reference lists them): for each, the data type,
// the published DPC score, and the contextual factor that moves it.
var annexDPC = []struct {
	example string
	typ     DataType
	score   int
}{
	// Names and phone numbers (simple data, basic score 1).
	{"customer list of a supermarket", Simple, 1},
	{"customer list of a luxury-car dealer (financial status)", Simple, 2},
	{"customer list of an e-pharmacy for diabetes (health)", Simple, 3},
	{"list of undercover police officers (personal safety)", Simple, 4},
	// Call history (behavioural data, basic score 2).
	{"calls to an ISP helpdesk", Behavioural, 1},
	{"one week of call history", Behavioural, 2},
	{"one year of call history (detailed profile)", Behavioural, 3},
	{"calls to a psychological support centre (health)", Behavioural, 4},
	// Bank data (financial data, basic score 3).
	{"letter identifying a bank's client", Financial, 1},
	{"one day of transactions", Financial, 2},
	{"one month of balances", Financial, 3},
	{"one year of all transactions", Financial, 4},
}

func TestENISAAnnexDPCExamples(t *testing.T) {
	for _, ex := range annexDPC {
		t.Run(ex.example, func(t *testing.T) {
			d := DataScore{Type: ex.typ, Score: ex.score}
			if got := d.Effective(); got != ex.score {
				t.Errorf("DPC = %d, want %d", got, ex.score)
			}
			if got, want := d.Adjusted(), ex.score != ex.typ.Base(); got != want {
				t.Errorf("adjusted = %v, want %v", got, want)
			}
			// With maximum EI and no circumstances SE equals DPC, so the
			// published score carries through unchanged.
			inc := Incident{Severity: &Severity{Data: []DataScore{d}, EaseOfIdentification: Maximum}}
			if s := inc.Score(); s.DPC != ex.score || s.SE != float64(ex.score) {
				t.Errorf("score = DPC %d SE %v, want %d", s.DPC, s.SE, ex.score)
			}
			// A departure from the basic score needs a written justification.
			s := fixture()
			laptop(&s).Severity.Data = []DataScore{d, {Type: Sensitive, Categories: []string{"health"}}}
			findings := Check(s.Org, s.Register, s.Breach, s.Now).ByRule("BRE-11")
			if want := 0; d.Adjusted() {
				want = 1
				if len(findings) != want {
					t.Errorf("unjustified adjustment: %d BRE-11 findings, want %d", len(findings), want)
				}
				laptop(&s).Severity.Data[0].Justification = gdpr.Plain(ex.example)
				if f := Check(s.Org, s.Register, s.Breach, s.Now).ByRule("BRE-11"); len(f) != 0 {
					t.Errorf("justified adjustment still reported: %v", f)
				}
			} else if len(findings) != want {
				t.Errorf("basic score reported: %v", findings)
			}
		})
	}
}

// The errata of the source text, as the legal reference corrects them.
func TestENISAErrata(t *testing.T) {
	// Table 1, simple data: "could be by 2" means increased by 2: result 3.
	if got := (DataScore{Type: Simple, Score: Simple.Base() + 2}).Effective(); got != 3 {
		t.Errorf("simple + 2 = %d, want 3", got)
	}
	// Table 1, sensitive data: the first row's result is 1 (a decrease of 3).
	if got := (DataScore{Type: Sensitive, Score: 1}).Effective(); got != 1 {
		t.Errorf("sensitive, no substantial insight = %d, want 1", got)
	}
	// Annex 2, picture: "EI=05" means 0.5 (limited).
	if Limited.Value() != 0.5 {
		t.Errorf("limited EI = %v, want 0.5", Limited.Value())
	}
}

func TestENISABasicScores(t *testing.T) {
	for typ, want := range map[DataType]int{Simple: 1, Behavioural: 2, Financial: 3, Sensitive: 4, "other": 0} {
		if got := typ.Base(); got != want {
			t.Errorf("%s base = %d, want %d", typ, got, want)
		}
	}
	// An out-of-range score falls back to the basic one in the computation
	// (rule BRE-11 reports it).
	if got := (DataScore{Type: Financial, Score: 9}).Effective(); got != 3 {
		t.Errorf("out-of-range score used: %d", got)
	}
}

// Annex 2: the four EI levels.
func TestENISAEaseOfIdentification(t *testing.T) {
	for e, want := range map[Ease]float64{Negligible: 0.25, Limited: 0.5, Significant: 0.75, Maximum: 1, "": 0} {
		if got := e.Value(); got != want {
			t.Errorf("EI %q = %v, want %v", e, got, want)
		}
	}
}

// Annex 3: the CB elements and the examples the table gives for them.
func TestENISACircumstances(t *testing.T) {
	cases := []struct {
		example string
		sv      Severity
		want    float64
	}{
		{"lost laptop, no evidence of unlawful processing", Severity{Confidentiality: Exposed}, 0},
		{"misdirected email", Severity{Confidentiality: KnownRecipients}, 0.25},
		{"customers seeing other accounts", Severity{Confidentiality: KnownRecipients}, 0.25},
		{"data published on a message board", Severity{Confidentiality: UnknownRecipients}, 0.5},
		{"altered, original recovered before use", Severity{Integrity: Recovered}, 0},
		{"altered, possibly misused, recoverable", Severity{Integrity: Recoverable}, 0.25},
		{"altered, possibly misused, not recoverable", Severity{Integrity: Unrecoverable}, 0.5},
		{"recoverable without difficulty", Severity{Availability: Restorable}, 0},
		{"temporary unavailability", Severity{Availability: Temporary}, 0.25},
		{"no backup, cannot be re-supplied", Severity{Availability: Lost}, 0.5},
		{"error", Severity{}, 0},
		{"intentional action to harm", Severity{Malicious: true}, 0.5},
		{"every element at its worst", Severity{Confidentiality: UnknownRecipients, Integrity: Unrecoverable, Availability: Lost, Malicious: true}, 2},
	}
	for _, c := range cases {
		sv := c.sv
		sv.Data, sv.EaseOfIdentification = []DataScore{{Type: Simple}}, Maximum
		inc := Incident{Severity: &sv}
		if got := inc.Score().CB; got != c.want {
			t.Errorf("%s: CB = %v, want %v", c.example, got, c.want)
		}
	}
}

// SE = DPC × EI + CB, its range (0.25–6) and its bands.
func TestENISASeverity(t *testing.T) {
	cases := []struct {
		name string
		sv   Severity
		se   float64
		band Band
	}{
		{"minimum", Severity{Data: []DataScore{{Type: Simple}}, EaseOfIdentification: Negligible}, 0.25, Low},
		{"maximum", Severity{Data: []DataScore{{Type: Sensitive}}, EaseOfIdentification: Maximum,
			Confidentiality: UnknownRecipients, Integrity: Unrecoverable, Availability: Lost, Malicious: true}, 6, VeryHigh},
		{"just below medium", Severity{Data: []DataScore{{Type: Behavioural}}, EaseOfIdentification: Significant, Confidentiality: KnownRecipients}, 1.75, Low},
		{"medium from 2", Severity{Data: []DataScore{{Type: Behavioural}}, EaseOfIdentification: Maximum}, 2, Medium},
		{"just below high", Severity{Data: []DataScore{{Type: Financial}}, EaseOfIdentification: Significant, Confidentiality: UnknownRecipients}, 2.75, Medium},
		{"high from 3", Severity{Data: []DataScore{{Type: Financial}}, EaseOfIdentification: Maximum}, 3, High},
		{"just below very high", Severity{Data: []DataScore{{Type: Financial}}, EaseOfIdentification: Maximum, Confidentiality: UnknownRecipients, Integrity: Recoverable}, 3.75, High},
		{"very high from 4", Severity{Data: []DataScore{{Type: Sensitive}}, EaseOfIdentification: Maximum}, 4, VeryHigh},
		{"the highest DPC counts", Severity{Data: []DataScore{{Type: Simple}, {Type: Financial, Score: 4, Justification: gdpr.Plain("x")}, {Type: Behavioural}}, EaseOfIdentification: Limited}, 2, Medium},
		{"misdirected customer list", Severity{Data: []DataScore{{Type: Simple}}, EaseOfIdentification: Maximum, Confidentiality: KnownRecipients}, 1.25, Low},
		{"stolen laptop with health data", Severity{Data: []DataScore{{Type: Sensitive, Score: 3, Justification: gdpr.Plain("x")}}, EaseOfIdentification: Maximum, Confidentiality: Exposed, Malicious: true}, 3.5, High},
	}
	for _, c := range cases {
		sv := c.sv
		s := (&Incident{Severity: &sv}).Score()
		if !s.Assessed || s.SE != c.se || s.Band != c.band || s.Final != c.band {
			t.Errorf("%s: SE %v %s (assessed %v), want %v %s", c.name, s.SE, s.Band, s.Assessed, c.se, c.band)
		}
		if BandOf(c.se) != c.band {
			t.Errorf("%s: BandOf(%v) = %s, want %s", c.name, c.se, BandOf(c.se), c.band)
		}
	}
}

func TestENISAArguedBandAndFlags(t *testing.T) {
	inc := Incident{
		People:          Count{Count: 101},
		MeasuresInPlace: Protection{Encryption: EncryptedIntact},
		Severity: &Severity{Data: []DataScore{{Type: Sensitive}}, EaseOfIdentification: Maximum,
			ArguedBand: Medium, ArguedReasons: gdpr.Plain("key held in an HSM")},
	}
	s := inc.Score()
	if s.Band != VeryHigh || s.Final != Medium {
		t.Errorf("band %s final %s, want very_high then medium", s.Band, s.Final)
	}
	if !s.ManyPeople || !s.Unintelligible || s.SE != 4 {
		t.Errorf("flags %v %v or SE %v changed", s.ManyPeople, s.Unintelligible, s.SE)
	}
	inc.People.Count = 100
	inc.MeasuresInPlace.Encryption = EncryptedCompromised
	if s := inc.Score(); s.ManyPeople || s.Unintelligible {
		t.Errorf("flags raised for 100 people and a compromised key")
	}
	// Without inputs nothing is computed, flags still are.
	if s := (&Incident{People: Count{Count: 500}}).Score(); s.Assessed || !s.ManyPeople {
		t.Errorf("no inputs: assessed %v many %v", s.Assessed, s.ManyPeople)
	}
	if s := (&Incident{Severity: &Severity{Data: []DataScore{{Type: Simple}}}}).Score(); s.Assessed {
		t.Error("assessed without EI")
	}
}

package breach

import (
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// ts parses an RFC 3339 timestamp or panics: test input is constant.
func ts(s string) Timestamp {
	t, err := ParseTimestamp(s)
	if err != nil {
		panic(err)
	}
	return t
}

func yes() *bool { b := true; return &b }

// testNow is the check time of the fixtures: the pack date 2026-11-22.
var testNow = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

func testOrg() *gdpr.Organisation {
	return &gdpr.Organisation{
		Controller: gdpr.Party{Name: "Nuvola Software S.r.l.", Country: "IT", Address: "Via dei Mille 42, Bologna", Email: "info@nuvola.example"},
		DPO:        &gdpr.DPO{Name: "Ufficio RPD", Email: "dpo@nuvola.example"},
	}
}

func testRegister() *register.Register {
	return &register.Register{
		DataSubjects: []register.DataSubjectCategory{
			{ID: "customers", Name: gdpr.T("Clienti", "Customers")},
			{ID: "customer_users", Name: gdpr.T("Utenti dei clienti", "Customers' users")},
		},
		DataCategories: []register.DataCategory{
			{ID: "identification", Name: gdpr.T("Dati identificativi", "Identification data")},
			{ID: "contact", Name: gdpr.T("Dati di contatto", "Contact data")},
			{ID: "health", Name: gdpr.T("Dati relativi alla salute", "Health data"), Special: true},
		},
		Systems:    []register.System{{ID: "helpwise", Name: "Helpwise Cloud"}},
		Activities: []register.Activity{{ID: "support", Name: gdpr.T("Assistenza tecnica", "Technical support")}, {ID: "billing", Name: gdpr.T("Fatturazione", "Billing")}},
		Processor: &register.ProcessorRegister{Clients: []register.ClientProcessing{
			{ID: "acme", Controller: gdpr.Party{Name: "ACME S.p.A.", Email: "privacy@acme.example"}},
		}},
	}
}

func testProcedure() *ProcedureSettings {
	return &ProcedureSettings{
		Identifier: "PRO-DB-01", Version: "1.0", Date: "2026-03-02", TimeZone: "Europe/Rome",
		Team: []TeamMember{
			{Role: DecisionMaker, Name: "Paolo Galli", Function: gdpr.T("Amministratore delegato", "Chief executive officer"), Email: "ceo@nuvola.example"},
			{Role: Coordinator, Name: "Marco Bassi", Email: "it@nuvola.example"},
		},
		Channels: []Channel{{Kind: ChannelEmail, Address: "incidenti@nuvola.example"}},
	}
}

// highRisk is a clean high-risk incident: aware on Saturday 24 October
// 2026 (the night before daylight-saving time ends in Rome), notified
// in time, completed in a follow-up, communicated to the people, closed.
func highRisk() Incident {
	return Incident{
		ID: "laptop", Title: gdpr.T("Portatile rubato", "Stolen laptop"), Status: StatusClosed,
		Description:  gdpr.T("Furto di un portatile non cifrato.", "Theft of an unencrypted laptop."),
		DiscoveredBy: ByController,
		Timeline: Timeline{
			Occurred: ts("2026-10-23T19:30:00+02:00"), Detected: ts("2026-10-24T09:10:00+02:00"),
			Aware: ts("2026-10-24T12:00:00+02:00"), Contained: ts("2026-10-24T13:30:00+02:00"),
			Closed: ts("2026-11-16T18:00:00+01:00"),
		},
		Nature: []Nature{Confidentiality}, Cause: ExternalMalicious,
		Activities: []string{"support"}, DataCategories: []string{"identification", "contact", "health"},
		DataSubjects: []string{"customer_users"}, Systems: []string{"helpwise"},
		People:          Count{Count: 1850, Mode: Approximate},
		Records:         Count{Count: 2300, Mode: Approximate},
		MeasuresInPlace: Protection{Encryption: NotEncrypted, Backup: yes()},
		Consequences:    gdpr.T("Phishing mirato; imbarazzo.", "Targeted phishing; embarrassment."),
		MeasuresTaken:   gdpr.T("Credenziali revocate.", "Credentials revoked."),
		Advice:          gdpr.T("Diffidi di messaggi sospetti.", "Be wary of suspicious messages."),
		Severity: &Severity{
			Data: []DataScore{
				{Type: Sensitive, Categories: []string{"health"}, Score: 3, Justification: gdpr.T("Solo ipotesi generiche.", "General assumptions only.")},
				{Type: Simple, Categories: []string{"identification", "contact"}},
			},
			EaseOfIdentification: Maximum, Confidentiality: Exposed, Malicious: true,
		},
		Risk: RiskDecision{Level: HighRisk, Reasons: gdpr.T("Dati sulla salute in chiaro.", "Health data in clear."),
			AssessedBy: "Marco Bassi", Assessed: ts("2026-10-24T18:00:00+02:00")},
		Notifications: []Submission{
			{Type: Preliminary, Sent: ts("2026-10-26T10:00:00+01:00"), Reference: "DB-1"},
			{Type: FollowUp, Sent: ts("2026-11-03T12:00:00+01:00"), Reference: "DB-1", Completes: true},
		},
		Communication: &Communication{Sent: ts("2026-10-26T15:00:00+01:00"), Channel: gdpr.T("email", "email"), Count: 1850},
		Actions:       []Action{{Description: gdpr.T("Cifrare i dischi", "Encrypt disks"), Owner: "Elena Rizzi", Due: "2026-11-30", Done: "2026-11-20"}},
	}
}

// unlikely is a clean incident not notified, with its reasons.
func unlikely() Incident {
	return Incident{
		ID: "email", Title: gdpr.T("Email errata", "Misdirected email"), Status: StatusClosed,
		Description: gdpr.T("Elenco clienti a un destinatario noto.", "Customer list to a known recipient."),
		Timeline: Timeline{
			Occurred: ts("2026-05-12T10:42:00+02:00"), Detected: ts("2026-05-12T10:55:00+02:00"),
			Aware: ts("2026-05-12T11:30:00+02:00"), Closed: ts("2026-05-20T17:00:00+02:00"),
		},
		Nature: []Nature{Confidentiality}, Cause: InternalAccidental,
		Activities: []string{"billing"}, DataCategories: []string{"identification", "contact"}, DataSubjects: []string{"customers"},
		People: Count{Count: 140, Mode: Exact}, Records: Count{Count: 140, Mode: Exact},
		Consequences:  gdpr.T("Nessuna.", "None."),
		MeasuresTaken: gdpr.T("Cancellazione confermata.", "Deletion confirmed."),
		Severity:      &Severity{Data: []DataScore{{Type: Simple}}, EaseOfIdentification: Maximum, Confidentiality: KnownRecipients},
		Risk:          RiskDecision{Level: Unlikely, Reasons: gdpr.T("Destinatario noto e affidabile.", "Known, trusted recipient.")},
	}
}

// fixture returns a clean pack: no rule finds anything in it.
func fixture() Subject {
	return Subject{
		Org: testOrg(), Register: testRegister(), Now: testNow,
		Breach: &Breach{Procedure: testProcedure(), Incidents: []Incident{unlikely(), highRisk()}},
	}
}

func (s Subject) check() []string {
	r := Check(s.Org, s.Register, s.Breach, s.Now)
	out := make([]string, len(r.Diagnostics))
	for i, d := range r.Diagnostics {
		out[i] = d.Format("en")
	}
	return out
}

func TestFixtureIsClean(t *testing.T) {
	for _, f := range fixture().check() {
		t.Error(f)
	}
}

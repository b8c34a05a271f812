package notice

import (
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// The fixture mirrors examples/nuvola (pack.yaml, register.yaml,
// notices.yaml) in Go, so the notice tests do not depend on the loader.
// Each call returns fresh values that a test may change.

var nuvolaDate = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

func nuvolaOrg() *gdpr.Organisation {
	return &gdpr.Organisation{
		Controller: gdpr.Party{
			Name: "Nuvola Software S.r.l.", Address: "Via dei Mille 42, 40121 Bologna (BO), Italia", Country: "IT",
			VAT: "IT03456780371", TaxCode: "03456780371", Email: "info@nuvolasoftware.it", PEC: "nuvolasoftware@pec.it",
			Phone: "+39 051 555 0100", Website: "https://www.nuvolasoftware.it",
		},
		DPO: &gdpr.DPO{
			Name: "Avv. Giulia Ferri", Organisation: "Studio Legale Ferri & Associati", External: true,
			Email: "dpo@nuvolasoftware.it", PEC: "dpo.nuvolasoftware@pec.it", Address: "Via Indipendenza 8, 40121 Bologna (BO)",
		},
		Headcount: 64,
	}
}

func nuvolaRegister() *register.Register {
	return &register.Register{
		Version: "3.2",
		DataSubjects: []register.DataSubjectCategory{
			{ID: "customers", Name: gdpr.T("Clienti (aziende e professionisti)", "Customers (companies and professionals)")},
			{ID: "customer_users", Name: gdpr.T("Utenti dei clienti che aprono richieste di assistenza", "Customers' users who open support requests")},
			{ID: "employees", Name: gdpr.T("Dipendenti e collaboratori", "Employees and contractors"), Vulnerable: true},
			{ID: "applicants", Name: gdpr.T("Candidati", "Job applicants")},
			{ID: "subscribers", Name: gdpr.T("Iscritti alla newsletter", "Newsletter subscribers")},
		},
		DataCategories: []register.DataCategory{
			{ID: "identification", Name: gdpr.T("Dati identificativi", "Identification data"), Description: gdpr.T("nome, cognome, azienda, ruolo", "first name, surname, company, role")},
			{ID: "contact", Name: gdpr.T("Dati di contatto", "Contact data"), Description: gdpr.T("email, telefono, indirizzo", "email, phone, address")},
			{ID: "licence", Name: gdpr.T("Dati di licenza", "Licence data"), Description: gdpr.T("numero di licenza, prodotto, scadenza", "licence number, product, expiry")},
			{ID: "ticket_content", Name: gdpr.T("Contenuto delle richieste di assistenza", "Content of support requests"), Description: gdpr.T("oggetto, messaggi, allegati, note dell'operatore", "subject, messages, attachments, operator notes")},
			{ID: "technical", Name: gdpr.T("Dati tecnici", "Technical data"), Description: gdpr.T("versione del software, sistema operativo, log applicativi", "software version, operating system, application logs")},
			{ID: "connection", Name: gdpr.T("Dati di connessione", "Connection data"), Description: gdpr.T("indirizzo IP, inizio e fine delle sessioni di assistenza remota (UTC), identificativo dell'operatore", "IP address, start and end of remote-assistance sessions (UTC), operator id")},
			{ID: "health", Name: gdpr.T("Dati relativi alla salute", "Health data"), Description: gdpr.T("dati sanitari che l'utente inserisce nei ticket", "health data the user puts in tickets"), Special: true},
			{ID: "cv", Name: gdpr.T("Curriculum vitae", "Curriculum vitae"), Description: gdpr.T("formazione, esperienze, competenze", "education, experience, skills")},
		},
		Recipients: []register.Recipient{
			{ID: "ticketing", Name: gdpr.Plain("Helpwise Cloud Inc."), Kind: gdpr.Processor, Category: gdpr.T("fornitore del sistema di ticketing in cloud", "cloud ticketing provider"),
				Service: gdpr.T("sistema di ticketing in cloud", "cloud ticketing system"), Country: "US", Contract: "DPA Helpwise del 2025-02-20"},
			{ID: "survey", Name: gdpr.Plain("Feedbackly Ltd"), Kind: gdpr.Processor, Category: gdpr.T("fornitore di sondaggi di soddisfazione", "satisfaction-survey provider"),
				Service: gdpr.T("sondaggi di soddisfazione dopo la chiusura del ticket", "satisfaction surveys after a ticket closes"), Country: "IE", Contract: "DPA Feedbackly del 2024-09-01"},
			{ID: "hosting", Name: gdpr.Plain("EuroCloud Hosting GmbH"), Kind: gdpr.Processor, Category: gdpr.T("fornitore di hosting", "hosting provider"),
				Service: gdpr.T("hosting dei server applicativi e del sito web (Francoforte)", "hosting of application servers and website (Frankfurt)"), Country: "DE"},
			{ID: "newsletter_platform", Name: gdpr.Plain("Brevo (Sendinblue SAS)"), Kind: gdpr.Processor, Category: gdpr.T("piattaforma di invio newsletter", "newsletter platform"),
				Service: gdpr.T("invio della newsletter e gestione delle iscrizioni", "newsletter sending and subscription management"), Country: "FR"},
			{ID: "hr_staff", Name: gdpr.T("Ufficio del personale", "HR office"), Kind: gdpr.Internal},
			{ID: "support_team", Name: gdpr.T("Team di assistenza tecnica e sviluppatori", "Support team and developers"), Kind: gdpr.Internal},
		},
		Activities: []register.Activity{supportActivity(), newsletterActivity(), recruitingActivity()},
	}
}

func supportActivity() register.Activity {
	return register.Activity{
		ID: "support", Name: gdpr.T("Assistenza tecnica ai clienti", "Technical support for customers"),
		Purposes: []register.Purpose{
			{Description: gdpr.T("Fornire assistenza tecnica sui prodotti in licenza", "Providing technical support on licensed products"),
				LegalBasis: gdpr.Contract, BasisReference: "Condizioni generali di licenza, art. 9"},
			{Description: gdpr.T("Misurare la soddisfazione dei clienti dopo la chiusura del ticket", "Measuring customer satisfaction after a ticket closes"),
				LegalBasis: gdpr.LegitimateInterests, LegitimateInterest: gdpr.T("Migliorare la qualità del servizio di assistenza con un breve sondaggio facoltativo", "Improving the quality of the support service with a short optional survey"), LIA: "LIA-2025-02"},
			{Description: gdpr.T("Statistiche sul servizio con dati pseudonimizzati e poi anonimizzati", "Service statistics on pseudonymised and then anonymised data"),
				LegalBasis: gdpr.LegitimateInterests, LegitimateInterest: gdpr.T("Migliorare prodotti e servizio sulla base dell'andamento delle richieste", "Improving products and service from the trend of requests"), LIA: "LIA-2025-03"},
		},
		SpecialConditions: []gdpr.SpecialCondition{gdpr.ExplicitConsent},
		DataSubjects:      []string{"customers", "customer_users"},
		DataCategories:    []string{"identification", "contact", "licence", "ticket_content", "technical", "connection", "health"},
		Sources:           []register.Source{{FromSubject: true, Description: gdpr.T("presso l'interessato (telefono, email, modulo web)", "from the data subject (phone, email, web form)")}},
		Provision: gdpr.T("Il conferimento di nome, email, oggetto, messaggio e numero di licenza è necessario per fornire l'assistenza prevista dal contratto: senza questi dati la richiesta non può essere gestita. Gli allegati sono facoltativi.",
			"Giving name, email, subject, message and licence number is necessary to provide the support the contract provides for: without them the request cannot be handled. Attachments are optional."),
		Recipients: []string{"ticketing", "survey", "hosting", "support_team"},
		Transfers: []gdpr.Transfer{{Recipient: "ticketing", Country: "US", Mechanism: gdpr.Adequacy, DPFCertified: true,
			Safeguards: gdpr.T("Helpwise Cloud Inc. è certificata nel Data Privacy Framework (verificata il 2026-11-01); come riserva il DPA include le clausole contrattuali tipo 2021/914. Copia disponibile scrivendo a privacy@nuvolasoftware.it",
				"Helpwise Cloud Inc. is certified under the Data Privacy Framework (checked on 2026-11-01); as a fallback the DPA includes the 2021/914 standard contractual clauses. A copy is available from privacy@nuvolasoftware.it")}},
		Retention: []gdpr.Retention{
			{Categories: []string{"identification", "contact", "licence", "ticket_content", "technical", "health"}, Period: "P72M",
				Trigger: gdpr.T("cessazione del contratto di licenza; fino ad allora i ticket restano consultabili; dopo la cessazione sono pseudonimizzati per fini statistici e, al termine, anonimizzati",
					"end of the licence contract; until then tickets stay available; after it they are pseudonymised for statistics and, at the end, anonymised"),
				EndAction: gdpr.Anonymise},
			{Categories: []string{"connection"}, Period: "P12M", Trigger: gdpr.T("fine della sessione di assistenza remota", "end of the remote-assistance session"), EndAction: gdpr.Delete},
		},
	}
}

func newsletterActivity() register.Activity {
	return register.Activity{
		ID: "newsletter", Name: gdpr.T("Newsletter", "Newsletter"),
		Purposes: []register.Purpose{{
			Description: gdpr.T("Inviare la newsletter con novità su prodotti ed eventi", "Sending the newsletter about products and events"),
			LegalBasis:  gdpr.Consent, ConsentRecord: "Registro dei consensi su Brevo (double opt-in)",
			Withdrawal:      gdpr.T("Link «disiscriviti» in ogni email o scrivendo a privacy@nuvolasoftware.it", "The unsubscribe link in every email, or writing to privacy@nuvolasoftware.it"),
			DirectMarketing: true,
		}},
		DataSubjects:   []string{"subscribers"},
		DataCategories: []string{"identification", "contact"},
		Provision: gdpr.T("Il conferimento di nome ed email è facoltativo, ma senza di essi non possiamo inviarti la newsletter.",
			"Giving your name and email is optional, but without them we cannot send you the newsletter."),
		Recipients: []string{"newsletter_platform"},
		Retention:  []gdpr.Retention{{Criterion: gdpr.T("fino alla revoca del consenso; gli indirizzi inattivi da 24 mesi sono cancellati", "until consent is withdrawn; addresses inactive for 24 months are erased"), EndAction: gdpr.Delete}},
	}
}

func recruitingActivity() register.Activity {
	return register.Activity{
		ID: "recruiting", Name: gdpr.T("Selezione del personale", "Recruiting"),
		Purposes: []register.Purpose{{Description: gdpr.T("Valutare le candidature e gestire i colloqui", "Assessing applications and running interviews"),
			LegalBasis: gdpr.Contract, BasisReference: "art. 6(1)(b) GDPR, misure precontrattuali"}},
		DataSubjects:   []string{"applicants"},
		DataCategories: []string{"identification", "contact", "cv"},
		Sources:        []register.Source{{FromSubject: true, Description: gdpr.T("presso il candidato", "from the applicant")}},
		Provision:      gdpr.T("Il conferimento del curriculum è necessario per valutare la candidatura; senza di esso non possiamo considerarla.", "Giving a CV is necessary to assess the application; without it we cannot consider it."),
		Recipients:     []string{"hr_staff", "hosting"},
		Retention:      []gdpr.Retention{{Period: "P12M", Trigger: gdpr.T("chiusura della selezione", "end of the selection"), EndAction: gdpr.Delete}},
	}
}

// nuvolaNotices mirrors examples/nuvola/notices.yaml.
func nuvolaNotices() []Notice {
	return []Notice{
		{
			ID: "support", Audience: []string{"customer_users", "customers"}, Activities: []string{"support"}, Kind: Art13,
			Title:   gdpr.T("Informativa sul trattamento dei dati personali nell'assistenza tecnica", "Privacy notice for technical support"),
			Contact: "privacy@nuvolasoftware.it", URL: "https://www.nuvolasoftware.it/privacy/assistenza", Version: "2.0", Date: "2026-11-22",
			Sections: []Section{
				{Title: gdpr.T("Dati raccolti con il modulo web di assistenza", "Data collected by the support web form"),
					Text: gdpr.T("Il modulo web di assistenza raccoglie i dati seguenti. Senza i dati obbligatori non possiamo aprire il ticket.", "The support web form collects the following data. Without the mandatory data we cannot open the ticket."),
					Items: []gdpr.Text{
						gdpr.T("nome, email, oggetto e messaggio: obbligatori", "name, email, subject and message: mandatory"),
						gdpr.T("numero di licenza: obbligatorio, per verificare il contratto di assistenza", "licence number: mandatory, to check the support contract"),
						gdpr.T("allegati (schermate, file di log): facoltativi", "attachments (screenshots, log files): optional"),
					}},
				{Title: gdpr.T("Assistenza remota", "Remote assistance"),
					Text: gdpr.T("Avviamo una sessione di assistenza remota solo con il consenso del cliente, chiesto per ogni sessione. Per ogni sessione registriamo l'identificativo dell'operatore, l'indirizzo IP del cliente e l'ora di inizio e di fine della sessione (UTC).",
						"We start a remote-assistance session only with the customer's consent, asked for every session. For every session we log the operator's id, the customer's IP address and the start and end time of the session (UTC).")},
			},
		},
		{
			ID: "newsletter", Audience: []string{"subscribers"}, Activities: []string{"newsletter"}, Kind: Art13,
			Title:   gdpr.T("Informativa per gli iscritti alla newsletter", "Privacy notice for newsletter subscribers"),
			Contact: "privacy@nuvolasoftware.it", URL: "https://www.nuvolasoftware.it/privacy/newsletter", Version: "1.3", Date: "2026-11-22",
			Objection: gdpr.T("Puoi opporti anche con un clic sul link «disiscriviti» presente in ogni newsletter.", "You can also object with one click on the “unsubscribe” link in every newsletter."),
		},
		{
			ID: "recruiting", Audience: []string{"applicants"}, Activities: []string{"recruiting"}, Kind: Art13,
			Title:   gdpr.T("Informativa per i candidati", "Privacy notice for job applicants"),
			Contact: "privacy@nuvolasoftware.it", URL: "https://www.nuvolasoftware.it/lavora-con-noi/privacy", Version: "1.1", Date: "2026-11-22",
		},
	}
}

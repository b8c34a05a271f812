package register

import (
	"fmt"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

var ruleActivityContent = check.Rule[Subject]{
	ID: "REG-05", Article: "Art. 30(1)(b)–(d)", Severity: check.Error,
	Doc: "Each activity has a purpose, a data-subject category, a personal-data category and a recipient (or states there is none).",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(_ int, a *Activity, p string) {
			if len(a.Purposes) == 0 {
				f.Find(p+".purposes",
					check.Msg(fmt.Sprintf("l'attività %s non indica alcuna finalità", name(a)), fmt.Sprintf("activity %s states no purpose", name(a))),
					check.Msg("aggiungere almeno una voce in purposes con description e legal_basis", "add at least one entry to purposes with description and legal_basis"))
			}
			if len(a.DataSubjects) == 0 {
				f.Find(p+".data_subjects",
					check.Msg(fmt.Sprintf("l'attività %s non indica le categorie di interessati", name(a)), fmt.Sprintf("activity %s names no category of data subjects", name(a))),
					check.Msg("elencare in data_subjects gli id del catalogo register.data_subjects", "list ids of register.data_subjects in data_subjects"))
			}
			if len(a.DataCategories) == 0 {
				f.Find(p+".data_categories",
					check.Msg(fmt.Sprintf("l'attività %s non indica le categorie di dati personali", name(a)), fmt.Sprintf("activity %s names no category of personal data", name(a))),
					check.Msg("elencare in data_categories gli id del catalogo register.data_categories", "list ids of register.data_categories in data_categories"))
			}
			if len(a.Recipients) == 0 && !a.NoRecipients {
				f.Find(p+".recipients",
					check.Msg(fmt.Sprintf("l'attività %s non indica i destinatari", name(a)), fmt.Sprintf("activity %s names no recipients", name(a))),
					check.Msg("elencare i destinatari in recipients, oppure dichiarare no_recipients: true", "list the recipients, or state no_recipients: true"))
			}
		})
	},
}

var rulePurposeBasis = check.Rule[Subject]{
	ID: "REG-06", Article: "Art. 6(1), 5(2)", Severity: check.Warning,
	Doc: "Each purpose has an Art. 6(1) legal basis.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(_ int, a *Activity, p string) {
			for j, pu := range a.Purposes {
				if pu.LegalBasis == "" {
					f.Find(fmt.Sprintf("%s.purposes[%d].legal_basis", p, j),
						check.Msg("finalità senza base giuridica", "purpose without a legal basis"),
						check.Msg("indicare legal_basis: consent, contract, legal_obligation, vital_interests, public_task o legitimate_interests", "set legal_basis: consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests"))
				}
			}
		})
	},
}

var ruleSpecialCondition = check.Rule[Subject]{
	ID: "REG-07", Article: "Art. 9(1)–(2)", Severity: check.Error,
	Doc: "Special-category data need an Art. 9(2) condition.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(_ int, a *Activity, p string) {
			if !s.Register.HasSpecial(a) || len(a.SpecialConditions) > 0 {
				return
			}
			for j, id := range a.DataCategories {
				if c, ok := s.Register.DataCategory(id); ok && c.Special {
					f.Find(fmt.Sprintf("%s.data_categories[%d]", p, j),
						check.Msg(fmt.Sprintf("la categoria %q è una categoria particolare di dati (art. 9) ma l'attività non indica una condizione dell'art. 9(2)", id),
							fmt.Sprintf("category %q is a special category of data (Art. 9) but the activity states no Art. 9(2) condition", id)),
						check.Msg("aggiungere special_conditions all'attività, ad es. [explicit_consent] o [employment]", "add special_conditions to the activity, e.g. [explicit_consent] or [employment]"))
					return
				}
			}
		})
	},
}

var ruleCriminalBasis = check.Rule[Subject]{
	ID: "REG-08", Article: "Art. 10", Severity: check.Error,
	Doc: "Criminal-offence data need an Art. 10 basis in national law.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(_ int, a *Activity, p string) {
			if s.Register.HasCriminal(a) && a.CriminalBasis.IsEmpty() {
				f.Find(p+".criminal_basis",
					check.Msg("l'attività tratta dati relativi a condanne penali e reati senza indicare la base dell'art. 10", "the activity processes criminal-offence data without an Art. 10 basis"),
					check.Msg("indicare in criminal_basis la norma che autorizza il trattamento, ad es. «art. 2-octies Codice privacy»", "state in criminal_basis the law that authorises it, e.g. \"art. 2-octies Codice privacy\""))
			}
		})
	},
}

var ruleConsentRecord = check.Rule[Subject]{
	ID: "REG-09", Article: "Art. 7(1), 7(3)", Severity: check.Error,
	Doc: "A purpose based on consent says how consent can be withdrawn, and should reference the consent records.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(_ int, a *Activity, p string) {
			for j, pu := range a.Purposes {
				if pu.LegalBasis != gdpr.Consent {
					continue
				}
				pp := fmt.Sprintf("%s.purposes[%d]", p, j)
				if pu.Withdrawal.IsEmpty() {
					f.Find(pp+".withdrawal",
						check.Msg("finalità basata sul consenso senza indicare come revocarlo", "purpose based on consent without saying how to withdraw it"),
						check.Msg("descrivere in withdrawal come revocare il consenso (ad es. link di disiscrizione)", "describe in withdrawal how consent is withdrawn (e.g. the unsubscribe link)"))
				}
				if pu.ConsentRecord == "" {
					f.FindAs(check.Warning, pp+".consent_record",
						check.Msg("finalità basata sul consenso senza riferimento alla registrazione dei consensi", "purpose based on consent without a reference to the consent records"),
						check.Msg("indicare in consent_record dove sono registrati i consensi (art. 7(1))", "state in consent_record where consents are recorded (Art. 7(1))"))
				}
			}
		})
	},
}

var ruleLegitimateInterest = check.Rule[Subject]{
	ID: "REG-10", Article: "Art. 6(1)(f), 13(1)(d)", Severity: check.Error,
	Doc: "A purpose based on legitimate interests states the interest, and should reference the balancing test.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(_ int, a *Activity, p string) {
			for j, pu := range a.Purposes {
				if pu.LegalBasis != gdpr.LegitimateInterests {
					continue
				}
				pp := fmt.Sprintf("%s.purposes[%d]", p, j)
				if pu.LegitimateInterest.IsEmpty() {
					f.Find(pp+".legitimate_interest",
						check.Msg("finalità basata sul legittimo interesse senza indicare l'interesse perseguito", "purpose based on legitimate interests without stating the interest pursued"),
						check.Msg("descrivere l'interesse in legitimate_interest", "describe the interest in legitimate_interest"))
				}
				if pu.LIA == "" {
					f.FindAs(check.Warning, pp+".lia",
						check.Msg("manca il riferimento alla valutazione del legittimo interesse (LIA)", "the legitimate interest assessment (LIA) is not referenced"),
						check.Msg("indicare in lia il documento del bilanciamento", "reference the balancing test in lia"))
				}
			}
		})
	},
}

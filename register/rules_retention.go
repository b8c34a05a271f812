package register

import (
	"fmt"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

var ruleRetention = check.Rule[Subject]{
	ID: "REG-16", Article: "Art. 30(1)(f), 5(1)(e)", Severity: check.Error,
	Doc: "Every personal-data category is covered by a retention rule that is a period or a criterion, never \"as long as necessary\".",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(_ int, a *Activity, p string) {
			covered := map[string]bool{}
			all := false
			for j, r := range a.Retention {
				rp := fmt.Sprintf("%s.retention[%d]", p, j)
				if r.Period == "" && r.Criterion.IsEmpty() {
					f.Find(rp,
						check.Msg("regola di conservazione senza periodo né criterio", "retention rule with neither a period nor a criterion"),
						check.Msg("indicare period (ad es. P10Y) oppure criterion (ad es. «fino alla definizione del contenzioso»)", "give period (e.g. P10Y) or criterion (e.g. \"until the litigation is settled\")"))
				}
				for _, lang := range r.Criterion.Languages() {
					if gdpr.IsVague(r.Criterion[lang]) {
						f.Find(rp+".criterion",
							check.Msg("il criterio di conservazione «per il tempo necessario» non indica un termine", "the retention criterion \"as long as necessary\" names no term"),
							check.Msg("indicare un periodo (period) o un evento verificabile che fa cessare la conservazione", "give a period, or a verifiable event that ends retention"))
						break
					}
				}
				if len(r.Categories) == 0 {
					all = true
				}
				for _, c := range r.Categories {
					covered[c] = true
				}
			}
			if all {
				return
			}
			for j, c := range a.DataCategories {
				if !covered[c] {
					f.Find(fmt.Sprintf("%s.data_categories[%d]", p, j),
						check.Msg(fmt.Sprintf("nessuna regola di conservazione copre la categoria %q", c), fmt.Sprintf("no retention rule covers category %q", c)),
						check.Msg("aggiungere una voce in retention per questa categoria, o una senza categories che le copra tutte", "add a retention entry for this category, or one without categories that covers all"))
				}
			}
		})
	},
}

var ruleSecurity = check.Rule[Subject]{
	ID: "REG-17", Article: "Art. 30(1)(g), 32(1)", Severity: check.Error,
	Doc: "Each activity describes its security measures or references a document that does.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(_ int, a *Activity, p string) {
			if a.Security.IsEmpty() {
				f.Find(p+".security",
					check.Msg(fmt.Sprintf("l'attività %s non descrive le misure di sicurezza", name(a)), fmt.Sprintf("activity %s does not describe its security measures", name(a))),
					check.Msg("aggiungere security.summary, security.measures o security.documents", "add security.summary, security.measures or security.documents"))
			}
		})
		if s.Register.Processor != nil {
			for i, c := range s.Register.Processor.Clients {
				if c.Security.IsEmpty() {
					f.Find(fmt.Sprintf("register.processor.clients[%d].security", i),
						check.Msg("voce del registro del responsabile senza misure di sicurezza", "processor-register entry without security measures"),
						check.Msg("aggiungere security.summary o security.documents", "add security.summary or security.documents"))
				}
			}
		}
	},
}

var ruleDates = check.Rule[Subject]{
	ID: "REG-18", Article: "Art. 30; Garante FAQ", Severity: check.Warning,
	Doc: "The register and every entry carry their dates, and an update is not older than the creation.",
	Run: func(s Subject, f *check.Finder) {
		r := s.Register
		if r.FirstCreated == "" || r.LastUpdated == "" {
			f.Find("register",
				check.Msg("il registro non indica la data di prima istituzione e di ultimo aggiornamento", "the register does not state when it was first created and last updated"),
				check.Msg("indicare register.first_created e register.last_updated", "set register.first_created and register.last_updated"))
		} else if r.LastUpdated < r.FirstCreated {
			f.Find("register.last_updated",
				check.Msg("l'ultimo aggiornamento precede la prima istituzione", "the last update precedes the first creation"),
				check.Msg("correggere le date", "correct the dates"))
		}
		s.eachActivity(func(_ int, a *Activity, p string) {
			switch {
			case a.Created == "" || a.Updated == "":
				f.Find(p,
					check.Msg(fmt.Sprintf("la scheda %s non indica le date di creazione e di aggiornamento", name(a)), fmt.Sprintf("entry %s does not carry its created and updated dates", name(a))),
					check.Msg("indicare created e updated nell'attività", "set created and updated on the activity"))
			case a.Updated < a.Created:
				f.Find(p+".updated",
					check.Msg("l'aggiornamento della scheda precede la sua creazione", "the entry's update precedes its creation"),
					check.Msg("correggere le date", "correct the dates"))
			}
		})
	},
}

var ruleReview = check.Rule[Subject]{
	ID: "REG-19", Article: "Art. 24(1)", Severity: check.Warning,
	Doc: "The register is reviewed on time.",
	Run: func(s Subject, f *check.Finder) {
		t, err := s.Register.NextReview.Time()
		if s.Register.NextReview == "" || err != nil || s.Date.IsZero() {
			return
		}
		if t.Before(s.Date) {
			f.Find("register.next_review",
				check.Msg(fmt.Sprintf("la revisione del registro era prevista il %s: il registro potrebbe non essere aggiornato", s.Register.NextReview),
					fmt.Sprintf("the register was due for review on %s: it may be out of date", s.Register.NextReview)),
				check.Msg("rivedere il registro e aggiornare next_review", "review the register and move next_review forward"))
		}
	},
}

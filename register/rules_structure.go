package register

import (
	"fmt"

	"github.com/gdprkit/gdprkit/check"
)

var ruleProcessorRegister = check.Rule[Subject]{
	ID: "REG-20", Article: "Art. 30(2)(a)–(b)", Severity: check.Error,
	Doc: "Every client controller of the processor register has name, contact and at least one processing category.",
	Run: func(s Subject, f *check.Finder) {
		if s.Register.Processor == nil {
			return
		}
		for i, c := range s.Register.Processor.Clients {
			p := fmt.Sprintf("register.processor.clients[%d]", i)
			if c.Controller.Name == "" || !c.Controller.HasContact() {
				f.Find(p+".controller",
					check.Msg("titolare cliente senza nome o dati di contatto", "client controller without name or contact details"),
					check.Msg("indicare controller.name e almeno un contatto", "give controller.name and at least one contact"))
			}
			if len(c.Processing) == 0 {
				f.Find(p+".processing",
					check.Msg("non sono indicate le categorie di trattamenti effettuati per conto del titolare", "the categories of processing carried out for the controller are missing"),
					check.Msg("elencare i trattamenti in processing", "list the processing in processing"))
			}
		}
	},
}

var ruleExemption = check.Rule[Subject]{
	ID: "REG-21", Article: "Art. 30(5)", Severity: check.Error,
	Doc: "An activity is omitted under Art. 30(5) only by an organisation under 250 persons, and only when it is occasional, unlikely to result in a risk and free of Art. 9 and Art. 10 data.",
	Run: func(s Subject, f *check.Finder) {
		for i := range s.Register.Activities {
			a := &s.Register.Activities[i]
			if !a.Omitted {
				continue
			}
			var why []string
			if s.Org.Headcount == 0 || s.Org.Headcount >= 250 {
				why = append(why, "headcount")
			}
			if a.LikelyRisk == nil || *a.LikelyRisk {
				why = append(why, "likely_risk")
			}
			if !a.Occasional {
				why = append(why, "occasional")
			}
			if s.Register.HasSpecial(a) || s.Register.HasCriminal(a) {
				why = append(why, "data_categories")
			}
			if len(why) > 0 {
				f.Find(activityPath(i)+".omitted",
					check.Msg(fmt.Sprintf("l'attività %s non può essere omessa dal registro (art. 30(5)): condizioni non soddisfatte: %v", name(a), why),
						fmt.Sprintf("activity %s cannot be omitted from the register (Art. 30(5)): conditions not met: %v", name(a), why)),
					check.Msg("registrare l'attività (togliere omitted) oppure documentare headcount < 250, occasional: true, likely_risk: false e assenza di dati art. 9/10", "keep the activity (remove omitted), or record headcount < 250, occasional: true, likely_risk: false and no Art. 9/10 data"))
			}
		}
	},
}

var ruleReferences = check.Rule[Subject]{
	ID: "REG-REF", Article: "Art. 30(1)", Severity: check.Error,
	Doc: "Every id an activity points at exists in its catalog.",
	Run: func(s Subject, f *check.Finder) {
		r := s.Register
		dangling := func(path, kind, id, catalog string) {
			f.Find(path,
				check.Msg(fmt.Sprintf("%s %q non esiste nel catalogo %s", kind, id, catalog), fmt.Sprintf("%s %q does not exist in catalog %s", kind, id, catalog)),
				check.Msg(fmt.Sprintf("correggere l'id o aggiungerlo a %s", catalog), fmt.Sprintf("fix the id or add it to %s", catalog)))
		}
		for i := range r.Activities {
			a := &r.Activities[i]
			p := activityPath(i)
			for j, id := range a.DataSubjects {
				if _, ok := r.DataSubject(id); !ok {
					dangling(fmt.Sprintf("%s.data_subjects[%d]", p, j), "data subject category", id, "register.data_subjects")
				}
			}
			for j, id := range a.DataCategories {
				if _, ok := r.DataCategory(id); !ok {
					dangling(fmt.Sprintf("%s.data_categories[%d]", p, j), "data category", id, "register.data_categories")
				}
			}
			for j, id := range a.Recipients {
				if _, ok := r.Recipient(id); !ok {
					dangling(fmt.Sprintf("%s.recipients[%d]", p, j), "recipient", id, "register.recipients")
				}
			}
			for j, id := range a.Systems {
				if _, ok := r.System(id); !ok {
					dangling(fmt.Sprintf("%s.systems[%d]", p, j), "system", id, "register.systems")
				}
			}
			for j, t := range a.Transfers {
				if t.Recipient != "" {
					if _, ok := r.Recipient(t.Recipient); !ok {
						dangling(fmt.Sprintf("%s.transfers[%d].recipient", p, j), "recipient", t.Recipient, "register.recipients")
					}
				}
			}
			for j, ret := range a.Retention {
				for k, id := range ret.Categories {
					if _, ok := r.DataCategory(id); !ok {
						dangling(fmt.Sprintf("%s.retention[%d].categories[%d]", p, j, k), "data category", id, "register.data_categories")
					}
				}
			}
		}
		if r.Processor != nil {
			for i, c := range r.Processor.Clients {
				for j, id := range c.SubProcessors {
					if _, ok := r.Recipient(id); !ok {
						dangling(fmt.Sprintf("register.processor.clients[%d].sub_processors[%d]", i, j), "recipient", id, "register.recipients")
					}
				}
			}
		}
	},
}

var ruleUniqueIDs = check.Rule[Subject]{
	ID: "REG-ID", Article: "Art. 30(1)", Severity: check.Error,
	Doc: "Ids are unique within each catalog and among activities.",
	Run: func(s Subject, f *check.Finder) {
		r := s.Register
		dup := func(section string, ids []string) {
			seen := map[string]int{}
			for i, id := range ids {
				if first, ok := seen[id]; ok && id != "" {
					f.Find(fmt.Sprintf("%s[%d].id", section, i),
						check.Msg(fmt.Sprintf("id %q duplicato (già usato in %s[%d])", id, section, first), fmt.Sprintf("duplicate id %q (already used at %s[%d])", id, section, first)),
						check.Msg("dare a ogni voce un id diverso", "give every entry its own id"))
					continue
				}
				seen[id] = i
			}
		}
		ids := func(n int, at func(int) string) []string {
			out := make([]string, n)
			for i := range out {
				out[i] = at(i)
			}
			return out
		}
		dup("register.activities", ids(len(r.Activities), func(i int) string { return r.Activities[i].ID }))
		dup("register.data_subjects", ids(len(r.DataSubjects), func(i int) string { return r.DataSubjects[i].ID }))
		dup("register.data_categories", ids(len(r.DataCategories), func(i int) string { return r.DataCategories[i].ID }))
		dup("register.recipients", ids(len(r.Recipients), func(i int) string { return r.Recipients[i].ID }))
		dup("register.systems", ids(len(r.Systems), func(i int) string { return r.Systems[i].ID }))
		if r.Processor != nil {
			dup("register.processor.clients", ids(len(r.Processor.Clients), func(i int) string { return r.Processor.Clients[i].ID }))
		}
	},
}

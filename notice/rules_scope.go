package notice

import (
	"fmt"

	"github.com/gdprkit/gdprkit/check"
)

var ruleAudience = check.Rule[Subject]{
	ID: "NOTICE-01", Article: "Art. 12(1)", Severity: check.Error,
	Doc: "The audience names data-subject categories of the register catalog.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			if len(v.n.Audience) == 0 {
				f.Find(v.path+".audience",
					check.Msg(fmt.Sprintf("l'informativa %s non indica a chi è rivolta", v.id()), fmt.Sprintf("notice %s does not say whom it is addressed to", v.id())),
					check.Msg("elencare in audience gli id di register.data_subjects", "list ids of register.data_subjects in audience"))
			}
			for k, id := range v.n.Audience {
				if _, ok := v.reg.DataSubject(id); !ok {
					f.Find(fmt.Sprintf("%s.audience[%d]", v.path, k),
						check.Msg(fmt.Sprintf("la categoria di interessati %q non è nel catalogo register.data_subjects", id), fmt.Sprintf("data-subject category %q is not in the register.data_subjects catalog", id)),
						check.Msg("usare un id di register.data_subjects o aggiungere la categoria al catalogo", "use an id of register.data_subjects or add the category to the catalog"))
				}
			}
		})
	},
}

var ruleActivities = check.Rule[Subject]{
	ID: "NOTICE-02", Article: "Art. 13(1)(c), 14(1)(c)", Severity: check.Error,
	Doc: "Every activity a notice names exists and concerns the notice's audience, and the notice covers at least one activity.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			for k, id := range v.n.Activities {
				p := fmt.Sprintf("%s.activities[%d]", v.path, k)
				a, ok := v.activity(id)
				switch {
				case !ok:
					f.Find(p,
						check.Msg(fmt.Sprintf("l'attività %q non esiste nel registro", id), fmt.Sprintf("activity %q does not exist in the register", id)),
						check.Msg("usare l'id di un'attività di register.activities", "use the id of an activity of register.activities"))
				case len(v.n.Audience) > 0 && !concernsAny(a, v.n.Audience):
					f.Find(p,
						check.Msg(fmt.Sprintf("l'attività %q non riguarda nessuna delle categorie di interessati dell'informativa %s", id, v.id()),
							fmt.Sprintf("activity %q concerns none of the data-subject categories of notice %s", id, v.id())),
						check.Msg("togliere l'attività dall'informativa, oppure aggiungere la categoria ai data_subjects dell'attività", "remove the activity from the notice, or add the category to the activity's data_subjects"))
				}
			}
			if len(v.acts) == 0 && len(v.n.Audience) > 0 {
				f.Find(v.path,
					check.Msg(fmt.Sprintf("l'informativa %s non copre alcuna attività del registro", v.id()), fmt.Sprintf("notice %s covers no register activity", v.id())),
					check.Msg("elencare le attività in activities, o indicare la categoria di interessati nei data_subjects delle attività", "list the activities in activities, or name the audience in the activities' data_subjects"))
			}
		})
	},
}

var ruleUniqueIDs = check.Rule[Subject]{
	ID: "NOTICE-03", Severity: check.Error,
	Doc: "Notice ids are unique, so each notice has its own files.",
	Run: func(s Subject, f *check.Finder) {
		seen := map[string]int{}
		for i, n := range s.Notices {
			if j, dup := seen[n.ID]; dup && n.ID != "" {
				f.Find(fmt.Sprintf("notices[%d].id", i),
					check.Msg(fmt.Sprintf("l'id %q è già usato da notices[%d]", n.ID, j), fmt.Sprintf("id %q is already used by notices[%d]", n.ID, j)),
					check.Msg("dare a ogni informativa un id diverso", "give each notice a different id"))
				continue
			}
			seen[n.ID] = i
		}
	},
}

package helpdesk

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gdprkit/gdprkit/check"
)

var ruleActivity = check.Rule[Subject]{
	ID: "HD-01", Article: "Art. 30(1)", Severity: check.Error,
	Doc: "The policy belongs to an activity of the register.",
	Run: func(s Subject, f *check.Finder) {
		if s.activity() == nil {
			msg := check.Msg(fmt.Sprintf("la politica indica l'attività %q, che non è nel registro", s.Policy.Activity),
				fmt.Sprintf("the policy names activity %q, which is not in the register", s.Policy.Activity))
			if s.Policy.Activity == "" {
				msg = check.Msg("la politica non indica a quale attività del registro appartiene",
					"the policy does not name the register activity it belongs to")
			}
			f.Find(policyPath+".activity", msg,
				check.Msg("indicare l'id dell'attività di assistenza di register.activities, o aggiungerla al registro",
					"name the id of the support activity in register.activities, or add it to the register"))
		}
	},
}

var ruleUniqueIDs = check.Rule[Subject]{
	ID: "HD-02", Article: "Art. 5(2)", Severity: check.Error,
	Doc: "Channel, field and role ids are unique, so every finding and every ticket field points at one thing.",
	Run: func(s Subject, f *check.Finder) {
		dup := func(path, what, id string) {
			f.Find(path,
				check.Msg(fmt.Sprintf("%s %q ripetuto", what, id), fmt.Sprintf("duplicate %s %q", what, id)),
				check.Msg("dare a ciascuno un id diverso", "give each a different id"))
		}
		channels := map[string]bool{}
		for i, c := range s.Policy.Channels {
			if channels[c.ID] {
				dup(channelPath(i)+".id", "canale / channel", c.ID)
			}
			channels[c.ID] = true
			fields := map[string]bool{}
			for j, fl := range c.Fields {
				if fields[fl.ID] {
					dup(fieldPath(i, j)+".id", "campo / field", fl.ID)
				}
				fields[fl.ID] = true
			}
		}
		roles := map[string]bool{}
		for i, r := range s.Policy.Roles {
			if roles[r.ID] {
				dup(fmt.Sprintf("%s.roles[%d].id", policyPath, i), "ruolo / role", r.ID)
			}
			roles[r.ID] = true
		}
	},
}

var ruleFieldCategories = check.Rule[Subject]{
	ID: "HD-03", Article: "Art. 30(1)(c)", Severity: check.Error,
	Doc: "Every field's data category is a category of the support activity in the register.",
	Run: func(s Subject, f *check.Finder) {
		a := s.activity()
		if a == nil {
			return
		}
		for i, c := range s.Policy.Channels {
			for j, fl := range c.Fields {
				if fl.Category == "" {
					continue // the loader's shape check reports it
				}
				path := fieldPath(i, j) + ".category"
				if _, ok := s.Register.DataCategory(fl.Category); !ok {
					f.Find(path,
						check.Msg(fmt.Sprintf("il campo %q ha la categoria %q, che non è in register.data_categories", fl.ID, fl.Category),
							fmt.Sprintf("field %q has category %q, which is not in register.data_categories", fl.ID, fl.Category)),
						check.Msg("usare l'id di una categoria del registro", "use the id of a category of the register"))
					continue
				}
				if !slices.Contains(a.DataCategories, fl.Category) {
					f.Find(path,
						check.Msg(fmt.Sprintf("il campo %q raccoglie dati della categoria %q, che l'attività %q del registro non elenca", fl.ID, fl.Category, a.ID),
							fmt.Sprintf("field %q collects %q data, which activity %q of the register does not list", fl.ID, fl.Category, a.ID)),
						check.Msg(fmt.Sprintf("aggiungere %q a data_categories dell'attività %q, o non raccogliere il campo", fl.Category, a.ID),
							fmt.Sprintf("add %q to the data_categories of activity %q, or stop collecting the field", fl.Category, a.ID)))
				}
			}
		}
	},
}

var ruleMinimisation = check.Rule[Subject]{
	ID: "HD-04", Article: "Art. 5(1)(c)", Severity: check.Warning,
	Doc: "A mandatory field states the purpose that needs it; otherwise it is not minimal.",
	Run: func(s Subject, f *check.Finder) {
		for i, c := range s.Policy.Channels {
			for j, fl := range c.Fields {
				if fl.Mandatory && fl.Purpose.IsEmpty() {
					f.Find(fieldPath(i, j)+".mandatory",
						check.Msg(fmt.Sprintf("il campo obbligatorio %q non dice a quale scopo serve: raccogliere dati non necessari viola la minimizzazione", fl.ID),
							fmt.Sprintf("mandatory field %q states no purpose that needs it: collecting data that is not needed breaches data minimisation", fl.ID)),
						check.Msg("scrivere in purpose perché il campo è necessario, oppure renderlo facoltativo o toglierlo",
							"write in purpose why the field is needed, or make it optional or drop it"))
				}
			}
		}
	},
}

var ruleProcessors = check.Rule[Subject]{
	ID: "HD-05", Article: "Art. 28, 30(1)(d)", Severity: check.Error,
	Doc: "The ticketing provider and every other processor of the policy is a processor recipient of the support activity.",
	Run: func(s Subject, f *check.Finder) {
		a := s.activity()
		if a == nil {
			return
		}
		p := s.Policy
		paths := map[string]string{}
		if p.Ticketing != "" {
			paths[p.Ticketing] = policyPath + ".ticketing"
		}
		for i, id := range p.Processors {
			if _, ok := paths[id]; !ok {
				paths[id] = fmt.Sprintf("%s.processors[%d]", policyPath, i)
			}
		}
		for _, id := range p.AllProcessors() {
			r, ok := s.Register.Recipient(id)
			switch {
			case !ok:
				f.Find(paths[id],
					check.Msg(fmt.Sprintf("il responsabile %q non è in register.recipients", id),
						fmt.Sprintf("processor %q is not in register.recipients", id)),
					check.Msg("aggiungerlo ai destinatari del registro con il riferimento al contratto art. 28",
						"add it to the register's recipients with its Art. 28 contract reference"))
			case !slices.Contains(a.Recipients, id):
				f.Find(paths[id],
					check.Msg(fmt.Sprintf("il responsabile %q non è tra i destinatari dell'attività %q del registro", id, a.ID),
						fmt.Sprintf("processor %q is not a recipient of activity %q in the register", id, a.ID)),
					check.Msg(fmt.Sprintf("aggiungere %q a recipients dell'attività %q", id, a.ID),
						fmt.Sprintf("add %q to the recipients of activity %q", id, a.ID)))
			case !r.Kind.IsProcessor():
				f.Find(paths[id],
					check.Msg(fmt.Sprintf("%q è indicato come responsabile ma nel registro è di tipo %q", id, r.Kind),
						fmt.Sprintf("%q is named as a processor but the register gives kind %q", id, r.Kind)),
					check.Msg("correggere kind nel registro (processor) o toglierlo dai responsabili della politica",
						"fix its kind in the register (processor) or remove it from the policy's processors"))
			}
		}
	},
}

var ruleRoleRefs = check.Rule[Subject]{
	ID: "HD-06", Article: "Art. 29, 32(4)", Severity: check.Error,
	Doc: "Every role the policy refers to (impersonation, remote assistance, recordings, audit review) is one of its access roles.",
	Run: func(s Subject, f *check.Finder) {
		p := s.Policy
		var known []string
		for _, r := range p.Roles {
			known = append(known, r.ID)
		}
		hint := check.Msg("usare uno di: "+strings.Join(known, ", "), "use one of: "+strings.Join(known, ", "))
		if len(known) == 0 {
			hint = check.Msg("descrivere il ruolo in roles, con ciò che vede e può fare", "describe the role in roles, with what it sees and may do")
		}
		ref := func(path, id string) {
			if _, ok := p.role(id); !ok {
				f.Find(path,
					check.Msg(fmt.Sprintf("il ruolo %q non è tra i ruoli della politica", id), fmt.Sprintf("role %q is not one of the policy's roles", id)),
					hint)
			}
		}
		for i, id := range p.Impersonation.Roles {
			ref(fmt.Sprintf("%s.impersonation.roles[%d]", policyPath, i), id)
		}
		for i, id := range p.RemoteAssistance.Roles {
			ref(fmt.Sprintf("%s.remote_assistance.roles[%d]", policyPath, i), id)
		}
		for i, c := range p.Channels {
			for j, id := range c.Recording.Listeners {
				ref(fmt.Sprintf("%s.recording.listeners[%d]", channelPath(i), j), id)
			}
		}
		if p.AuditLog.Reviewer != "" {
			ref(policyPath+".audit_log.reviewer", p.AuditLog.Reviewer)
		}
	},
}

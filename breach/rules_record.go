package breach

import (
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/check"
)

var ruleUniqueIDs = check.Rule[Subject]{
	ID: "BRE-05", Article: "Art. 33(5)", Severity: check.Error,
	Doc: "Every incident has its own id.",
	Run: func(s Subject, f *check.Finder) {
		seen := map[string]int{}
		s.each(func(i int, inc *Incident, p string) {
			if inc.ID == "" {
				return
			}
			if j, ok := seen[inc.ID]; ok {
				f.Find(p+".id",
					check.Msg(fmt.Sprintf("l'id %q è già usato da breach.incidents[%d]", inc.ID, j), fmt.Sprintf("id %q is already used by breach.incidents[%d]", inc.ID, j)),
					check.Msg("dare a ogni incidente un id diverso", "give each incident its own id"))
				return
			}
			seen[inc.ID] = i
		})
	},
}

var ruleReferences = check.Rule[Subject]{
	ID: "BRE-06", Article: "Art. 33(5)", Severity: check.Error,
	Doc: "Activities, data categories, data subjects, systems and the client controller an incident names exist in the register.",
	Run: func(s Subject, f *check.Finder) {
		r := s.Register
		s.each(func(_ int, inc *Incident, p string) {
			refs := func(field string, ids []string, exists func(string) bool, what [2]string) {
				for j, id := range ids {
					if !exists(id) {
						f.Find(fmt.Sprintf("%s.%s[%d]", p, field, j),
							check.Msg(fmt.Sprintf("%s %q non esiste nel registro", what[0], id), fmt.Sprintf("%s %q does not exist in the register", what[1], id)),
							check.Msg("usare l'id di una voce del registro (register)", "use the id of an entry of the register"))
					}
				}
			}
			activity := func(id string) bool { _, ok := r.Activity(id); return ok }
			category := func(id string) bool { _, ok := r.DataCategory(id); return ok }
			subject := func(id string) bool { _, ok := r.DataSubject(id); return ok }
			system := func(id string) bool { _, ok := r.System(id); return ok }
			refs("activities", inc.Activities, activity, [2]string{"l'attività di trattamento", "processing activity"})
			refs("data_categories", inc.DataCategories, category, [2]string{"la categoria di dati", "data category"})
			refs("data_subjects", inc.DataSubjects, subject, [2]string{"la categoria di interessati", "data-subject category"})
			refs("systems", inc.Systems, system, [2]string{"il sistema", "system"})
			if inc.Severity != nil {
				for k, d := range inc.Severity.Data {
					refs(fmt.Sprintf("severity.data[%d].categories", k), d.Categories, category, [2]string{"la categoria di dati", "data category"})
				}
			}
			if inc.Client != "" && !s.hasClient(inc.Client) {
				f.Find(p+".client",
					check.Msg(fmt.Sprintf("il titolare cliente %q non esiste nel registro come responsabile (register.processor.clients)", inc.Client),
						fmt.Sprintf("client controller %q does not exist in the processor register (register.processor.clients)", inc.Client)),
					check.Msg("usare l'id di una voce di register.processor.clients, oppure indicare controller", "use the id of an entry of register.processor.clients, or give controller"))
			}
		})
	},
}

func (s Subject) hasClient(id string) bool {
	if s.Register.Processor == nil {
		return false
	}
	for _, c := range s.Register.Processor.Clients {
		if c.ID == id {
			return true
		}
	}
	return false
}

var ruleAwareness = check.Rule[Subject]{
	ID: "BRE-07", Article: "Art. 33(1)", Severity: check.Error,
	Doc: "A breach records when the controller (or, as processor, we) became aware of it: the 72-hour clock starts there.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			if isBreach(inc) && inc.Timeline.Aware.IsZero() {
				f.Find(p+".timeline.aware",
					check.Msg(fmt.Sprintf("l'incidente %s non indica quando si è avuta conoscenza della violazione: le 72 ore decorrono da lì", quoted(inc)),
						fmt.Sprintf("incident %s does not record when awareness of the breach began: the 72 hours run from there", quoted(inc))),
					check.Msg("indicare timeline.aware come data e ora con fuso, ad esempio 2026-10-24T12:00:00+02:00", "give timeline.aware as a date-time with zone, e.g. 2026-10-24T12:00:00+02:00"))
			}
		})
	},
}

var ruleTimeline = check.Rule[Subject]{
	ID: "BRE-08", Article: "Art. 33(5)", Severity: check.Error,
	Doc: "The timeline is in order: occurrence before detection, detection before closure, containment and submissions after occurrence.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			t := inc.Timeline
			before := func(aField, bField string, a, b Timestamp) {
				if a.IsZero() || b.IsZero() || !b.Before(a.Time) {
					return
				}
				f.Find(p+".timeline."+bField,
					check.Msg(fmt.Sprintf("%s (%s) precede %s (%s)", bField, s.at(b.Time), aField, s.at(a.Time)),
						fmt.Sprintf("%s (%s) is before %s (%s)", bField, s.at(b.Time), aField, s.at(a.Time))),
					check.Msg("correggere le date e ore della timeline (controllare anche il fuso)", "correct the timeline's date-times (check the zone too)"))
			}
			before("occurred", "occurred_until", t.Occurred, t.OccurredUntil)
			before("occurred", "detected", t.Occurred, t.Detected)
			before("occurred", "aware", t.Occurred, t.Aware)
			before("occurred", "contained", t.Occurred, t.Contained)
			before("detected", "closed", t.Detected, t.Closed)
			before("aware", "closed", t.Aware, t.Closed)
			if !t.Aware.IsZero() && !t.Detected.IsZero() && t.Aware.Before(t.Detected.Time) {
				f.FindAs(check.Warning, p+".timeline.aware",
					check.Msg(fmt.Sprintf("la conoscenza (%s) precede la rilevazione (%s)", s.at(t.Aware.Time), s.at(t.Detected.Time)),
						fmt.Sprintf("awareness (%s) is before detection (%s)", s.at(t.Aware.Time), s.at(t.Detected.Time))),
					check.Msg("la conoscenza segue di norma la rilevazione e una breve verifica", "awareness normally follows detection and a short investigation"))
			}
			start := t.Occurred.Time
			for j, n := range inc.Notifications {
				if !n.Sent.IsZero() && !start.IsZero() && n.Sent.Before(start) {
					f.Find(fmt.Sprintf("%s.notifications[%d].sent", p, j),
						check.Msg("la notifica risulta inviata prima che la violazione avvenisse", "the notification is dated before the breach occurred"),
						check.Msg("correggere la data e ora di invio", "correct the date-time sent"))
				}
			}
			if c := inc.Communication; c.Done() && !start.IsZero() && c.Sent.Before(start) {
				f.Find(p+".communication.sent",
					check.Msg("la comunicazione agli interessati risulta inviata prima che la violazione avvenisse", "the communication to the people is dated before the breach occurred"),
					check.Msg("correggere la data e ora di invio", "correct the date-time sent"))
			}
		})
	},
}

var ruleFacts = check.Rule[Subject]{
	ID: "BRE-09", Article: "Art. 33(5)", Severity: check.Error,
	Doc: "A breach record holds the facts (nature), the effects (likely consequences) and the remedial action taken.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			if !isBreach(inc) {
				return
			}
			if len(inc.Nature) == 0 {
				f.Find(p+".nature",
					check.Msg("non è indicata la natura della violazione (riservatezza, integrità, disponibilità)", "the nature of the breach (confidentiality, integrity, availability) is missing"),
					check.Msg("elencare in nature le proprietà compromesse", "list the properties lost under nature"))
			}
			if inc.Consequences.IsEmpty() {
				f.Find(p+".consequences",
					check.Msg("mancano le probabili conseguenze della violazione", "the likely consequences of the breach are missing"),
					check.Msg("descrivere in consequences gli effetti probabili per gli interessati", "describe the likely effects on the people under consequences"))
			}
			if inc.MeasuresTaken.IsEmpty() && len(inc.Actions) == 0 {
				f.Find(p+".measures_taken",
					check.Msg("mancano i provvedimenti adottati per porre rimedio alla violazione", "the remedial action taken is missing"),
					check.Msg("descrivere in measures_taken le misure adottate o proposte, anche per attenuare gli effetti", "describe the measures taken or proposed under measures_taken, including mitigation"))
			}
		})
	},
}

var ruleRiskReasons = check.Rule[Subject]{
	ID: "BRE-10", Article: "Art. 33(1), 33(5)", Severity: check.Error,
	Doc: "Every incident records its risk level and the reasons for it; not notifying needs written reasons.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			r := inc.Risk
			if r.Level == "" {
				sev := check.Error
				if inc.Status == StatusOpen || inc.Status == StatusAssessing {
					sev = check.Warning // still being assessed: the clock runs, rule BRE-14 watches it
				}
				f.FindAs(sev, p+".risk.level",
					check.Msg(fmt.Sprintf("l'incidente %s non ha un esito della valutazione del rischio", quoted(inc)), fmt.Sprintf("incident %s has no risk assessment outcome", quoted(inc))),
					check.Msg("indicare risk.level: not_a_breach, unlikely, risk, high o undetermined", "give risk.level: not_a_breach, unlikely, risk, high or undetermined"))
				return
			}
			if !r.Reasons.IsEmpty() {
				return
			}
			msg := check.Msg(fmt.Sprintf("mancano le ragioni della valutazione del rischio (%s)", r.Level.Label("it")),
				fmt.Sprintf("the reasons for the risk assessment (%s) are missing", r.Level.Label("en")))
			switch r.Level {
			case Unlikely:
				msg = check.Msg("la violazione non è notificata perché il rischio è ritenuto improbabile, ma le ragioni non sono documentate",
					"the breach is not notified because the risk is deemed unlikely, but the reasons are not documented")
			case NotABreach:
				msg = check.Msg("l'evento è classificato come non violazione, ma le ragioni non sono documentate",
					"the event is classed as not a breach, but the reasons are not documented")
			}
			f.Find(p+".risk.reasons", msg,
				check.Msg("scrivere in risk.reasons perché si è giunti a questo esito (dati, volume, identificabilità, misure, destinatari)",
					"write in risk.reasons why this outcome was reached (data, volume, identifiability, measures, recipients)"))
		})
	},
}

// overdueBy formats how late something is.
func overdueBy(d time.Duration) string { return formatSpan(d) }

package breach

import (
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/check"
)

var ruleProcedure = check.Rule[Subject]{
	ID: "BRE-01", Article: "Art. 5(2), 24(1), 33", Severity: check.Warning,
	Doc: "A breach response procedure names a team with a decision-maker and at least one reporting channel.",
	Run: func(s Subject, f *check.Finder) {
		p := s.Breach.Procedure
		if p == nil {
			f.Find("breach.procedure",
				check.Msg("manca la procedura di gestione delle violazioni dei dati personali", "the personal data breach response procedure is missing"),
				check.Msg("aggiungere breach.procedure con team, canali di segnalazione e tempi interni", "add breach.procedure with the team, reporting channels and internal deadlines"))
			return
		}
		if len(p.Team) == 0 {
			f.Find("breach.procedure.team",
				check.Msg("la procedura non indica il team di gestione delle violazioni", "the procedure names no breach response team"),
				check.Msg("elencare i membri in breach.procedure.team con ruolo e contatti", "list the members under breach.procedure.team with role and contacts"))
		} else if !p.hasRole(DecisionMaker) {
			f.Find("breach.procedure.team",
				check.Msg("nessun membro del team ha il ruolo decision_maker: non è chiaro chi decide sulla notifica per il titolare", "no team member has the decision_maker role: it is unclear who decides on notification for the controller"),
				check.Msg("aggiungere un membro con role: decision_maker (e un sostituto in deputy)", "add a member with role: decision_maker (and a deputy)"))
		}
		if len(p.Channels) == 0 {
			f.Find("breach.procedure.channels",
				check.Msg("la procedura non indica come segnalare un incidente", "the procedure gives no channel to report an incident"),
				check.Msg("aggiungere almeno un canale in breach.procedure.channels (email, telefono…)", "add at least one channel under breach.procedure.channels (email, phone…)"))
		}
	},
}

func (p *ProcedureSettings) hasRole(r TeamRole) bool {
	for _, m := range p.Team {
		if m.Role == r {
			return true
		}
	}
	return false
}

var ruleContactPoint = check.Rule[Subject]{
	ID: "BRE-02", Article: "Art. 33(3)(b), 34(2)", Severity: check.Error,
	Doc: "A DPO or another contact point can be named in notifications and letters; an error once an incident must be notified, a warning before.",
	Run: func(s Subject, f *check.Finder) {
		if hasContactPoint(s.Org, s.Breach) {
			return
		}
		sev := check.Warning
		s.each(func(_ int, inc *Incident, _ string) {
			a := s.assess(inc)
			if a.Requires(DutyNotifyAuthority) || a.Requires(DutyCommunicate) {
				sev = check.Error
			}
		})
		f.FindAs(sev, "breach.procedure.contact_point",
			check.Msg("né un RPD con dati di contatto né un altro punto di contatto: la notifica e la comunicazione agli interessati devono indicarne uno",
				"neither a DPO with contact details nor another contact point: the notification and the communication to the people must name one"),
			check.Msg("indicare dpo (con email) oppure breach.procedure.contact_point", "give dpo (with an email) or breach.procedure.contact_point"))
	},
}

var ruleAuthority = check.Rule[Subject]{
	ID: "BRE-03", Article: "Art. 33(1), 55", Severity: check.Error,
	Doc: "The supervisory authority to notify can be determined: from the controller's country or from breach.procedure.authority.",
	Run: func(s Subject, f *check.Finder) {
		if _, ok := authorityOf(s.procedure().Authority, s.Org.Controller.Country); ok {
			return
		}
		country := s.Org.Controller.Country
		if country == "" {
			country = "?"
		}
		f.Find("breach.procedure.authority",
			check.Msg(fmt.Sprintf("non è possibile stabilire l'autorità di controllo da notificare (paese del titolare: %s)", country),
				fmt.Sprintf("the supervisory authority to notify cannot be determined (controller's country: %s)", country)),
			check.Msg("indicare controller.country, oppure breach.procedure.authority con nome e canale di notifica (in Germania: l'autorità del Land)",
				"give controller.country, or breach.procedure.authority with name and notification channel (in Germany: the authority of the Land)"))
	},
}

// procedure returns the procedure, or an empty one.
func (s Subject) procedure() *ProcedureSettings {
	if s.Breach.Procedure != nil {
		return s.Breach.Procedure
	}
	return &ProcedureSettings{}
}

var ruleDeadlines = check.Rule[Subject]{
	ID: "BRE-04", Article: "Art. 33(1), 33(2)", Severity: check.Error,
	Doc: "Internal deadlines leave room for the 72-hour notification, and the time zone is a known IANA zone.",
	Run: func(s Subject, f *check.Finder) {
		p := s.procedure()
		d := p.Deadlines
		if d.Assessment.Valid() && duration(d.Assessment) >= AuthorityWindow {
			f.Find("breach.procedure.deadlines.assessment",
				check.Msg(fmt.Sprintf("la valutazione del rischio entro %s non lascia tempo per notificare entro 72 ore dalla consapevolezza", d.Assessment.Words("it")),
					fmt.Sprintf("assessing the risk within %s leaves no time to notify within 72 hours of awareness", d.Assessment.Words("en"))),
				check.Msg("fissare un termine interno più breve, ad esempio PT24H", "set a shorter internal target, e.g. PT24H"))
		}
		if d.ProcessorToController.Valid() && duration(d.ProcessorToController) >= AuthorityWindow {
			f.FindAs(check.Warning, "breach.procedure.deadlines.processor_to_controller",
				check.Msg(fmt.Sprintf("informare il titolare entro %s non è \"senza ingiustificato ritardo\": il titolare ha 72 ore in tutto", d.ProcessorToController.Words("it")),
					fmt.Sprintf("telling the controller within %s is not \"without undue delay\": the controller has 72 hours in all", d.ProcessorToController.Words("en"))),
				check.Msg("fissare un termine di poche ore, di norma non oltre PT24H", "set a target of a few hours, usually no more than PT24H"))
		}
		if p.TimeZone != "" {
			if _, err := time.LoadLocation(p.TimeZone); err != nil {
				f.Find("breach.procedure.time_zone",
					check.Msg(fmt.Sprintf("fuso orario sconosciuto %q", p.TimeZone), fmt.Sprintf("unknown time zone %q", p.TimeZone)),
					check.Msg("usare un nome IANA, ad esempio Europe/Rome", "use an IANA name, e.g. Europe/Rome"))
			}
		}
	},
}

package breach

import (
	"fmt"
	"strings"

	"github.com/gdprkit/gdprkit/check"
)

var ruleNotificationDue = check.Rule[Subject]{
	ID: "BRE-14", Article: "Art. 33(1)", Severity: check.Error,
	Doc: "A breach that is not unlikely to result in a risk is notified to the supervisory authority within 72 hours of awareness; while the clock runs, the time left is reported as info.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			a := s.assess(inc)
			d, _ := a.Duty(DutyNotifyAuthority)
			switch d.State {
			case Overdue:
				f.Find(p+".notifications",
					check.Msg(fmt.Sprintf("la violazione %s va notificata all'autorità di controllo: le 72 ore sono scadute il %s e la notifica è in ritardo di %s",
						quoted(inc), s.at(a.Deadline), overdueBy(-a.TimeLeft)),
						fmt.Sprintf("breach %s must be notified to the supervisory authority: the 72 hours ran out at %s and the notification is %s late",
							quoted(inc), s.at(a.Deadline), overdueBy(-a.TimeLeft))),
					check.Msg("notificare subito (anche in forma preliminare, art. 33(4)) e indicare in delay_reasons i motivi del ritardo",
						"notify now (a preliminary notification will do, Art. 33(4)) and give the reasons for the delay in delay_reasons"))
			case Pending:
				if a.Deadline.IsZero() {
					return
				}
				f.FindAs(check.Info, p+".notifications",
					check.Msg(fmt.Sprintf("la violazione %s va notificata entro il %s: restano %s", quoted(inc), s.at(a.Deadline), formatSpan(a.TimeLeft)),
						fmt.Sprintf("breach %s must be notified by %s: %s left", quoted(inc), s.at(a.Deadline), formatSpan(a.TimeLeft))),
					check.Msg("preparare la notifica con gdprkit render (breach-<id>-notification)", "prepare the notification with gdprkit render (breach-<id>-notification)"))
			}
		})
	},
}

var ruleDelayReasons = check.Rule[Subject]{
	ID: "BRE-15", Article: "Art. 33(1)", Severity: check.Error,
	Doc: "A notification made more than 72 hours after awareness is accompanied by the reasons for the delay.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			a := s.assess(inc)
			if a.Notified.IsZero() || a.Deadline.IsZero() || !a.Late || !inc.DelayReasons.IsEmpty() {
				return
			}
			j := firstNotificationIndex(inc)
			f.Find(fmt.Sprintf("%s.notifications[%d].sent", p, j),
				check.Msg(fmt.Sprintf("notifica inviata %s dopo la conoscenza della violazione (oltre 72 ore) senza i motivi del ritardo", formatSpan(a.Elapsed)),
					fmt.Sprintf("notification sent %s after awareness of the breach (beyond 72 hours) without the reasons for the delay", formatSpan(a.Elapsed))),
				check.Msg("indicare in delay_reasons i motivi del ritardo, che accompagnano la notifica", "give the reasons for the delay in delay_reasons; they go with the notification"))
		})
	},
}

func firstNotificationIndex(inc *Incident) int {
	for j, n := range inc.Notifications {
		if n.Type != Withdrawn && !n.Sent.IsZero() {
			return j
		}
	}
	return 0
}

// itemList joins the labels of items in lang.
func itemList(items []Item, lang string) string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Label(lang)
	}
	return strings.Join(out, "; ")
}

var rulePhasedNotification = check.Rule[Subject]{
	ID: "BRE-16", Article: "Art. 33(3), 33(4)", Severity: check.Error,
	Doc: "Submissions are dated and in order; a complete notification has all the Art. 33(3) information; a preliminary one is completed in phases (a warning lists what is missing); a withdrawal has a reason.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			first := true
			for j, n := range inc.Notifications {
				np := fmt.Sprintf("%s.notifications[%d]", p, j)
				if n.Sent.IsZero() {
					f.Find(np+".sent",
						check.Msg("manca la data e ora di invio della notifica", "the date-time the notification was sent is missing"),
						check.Msg("indicare sent, ad esempio 2026-10-27T22:30:00+01:00", "give sent, e.g. 2026-10-27T22:30:00+01:00"))
				}
				if j > 0 && !n.Sent.IsZero() && !inc.Notifications[j-1].Sent.IsZero() && n.Sent.Before(inc.Notifications[j-1].Sent.Time) {
					f.Find(np+".sent",
						check.Msg("le notifiche non sono in ordine di invio", "the submissions are not in the order sent"),
						check.Msg("elencare le notifiche dalla prima all'ultima", "list the submissions from first to last"))
				}
				if first && n.Type == FollowUp {
					f.Find(np+".type",
						check.Msg("una notifica integrativa presuppone una notifica precedente", "a follow-up needs an earlier notification"),
						check.Msg("usare preliminary o complete per la prima notifica", "use preliminary or complete for the first submission"))
				}
				if n.Type == Withdrawn && n.Reason.IsEmpty() {
					f.Find(np+".reason",
						check.Msg("il ritiro della notifica non è motivato", "the withdrawal gives no reason"),
						check.Msg("spiegare in reason perché la notifica è ritirata (ad esempio: non si tratta di una violazione)", "explain in reason why the notification is withdrawn (e.g. it proved not to be a breach)"))
				}
				if n.Type != Withdrawn {
					first = false
				}
			}
			if len(inc.Notifications) == 0 || inc.Role.IsProcessor() {
				return
			}
			a := s.assess(inc)
			switch {
			case a.Complete && len(a.Missing) > 0:
				f.Find(p+".notifications",
					check.Msg("la notifica è indicata come completa ma il registro non contiene: "+itemList(a.Missing, "it"),
						"the notification is marked complete but the record lacks: "+itemList(a.Missing, "en")),
					check.Msg("completare il registro dell'incidente, o registrare la notifica come preliminary", "complete the incident record, or record the submission as preliminary"))
			case !a.Complete && !inc.withdrawn():
				missing := check.Msg("inviare le informazioni complete con una notifica integrativa (type: follow_up, completes: true)",
					"send the complete information in a follow-up (type: follow_up, completes: true)")
				if len(a.Missing) > 0 {
					missing = check.Msg("mancano ancora: "+itemList(a.Missing, "it"), "still missing: "+itemList(a.Missing, "en"))
				}
				f.FindAs(check.Warning, p+".notifications",
					check.Msg("notifica in fasi: le informazioni dell'art. 33(3) vanno fornite senza ulteriore ingiustificato ritardo",
						"phased notification: the Art. 33(3) information is to be provided without undue further delay"),
					missing)
			}
		})
	},
}

func (inc *Incident) withdrawn() bool {
	n := len(inc.Notifications)
	return n > 0 && inc.Notifications[n-1].Type == Withdrawn
}

var ruleCommunication = check.Rule[Subject]{
	ID: "BRE-17", Article: "Art. 34", Severity: check.Error,
	Doc: "A high-risk breach is communicated to the people without undue delay, unless an Art. 34(3) ground is recorded with its evidence; a communication the authority orders is made.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			if inc.Role.IsProcessor() || !isBreach(inc) {
				return
			}
			a := s.assess(inc)
			c := inc.Communication
			d, _ := a.Duty(DutyCommunicate)
			switch d.State {
			case Overdue:
				f.Find(p+".communication",
					check.Msg(fmt.Sprintf("la violazione %s presenta un rischio elevato ma non è stata comunicata agli interessati (termine interno: %s) né è indicato un motivo di esenzione dell'art. 34(3)", quoted(inc), s.at(d.Due)),
						fmt.Sprintf("breach %s is high risk but has not been communicated to the people (internal target: %s), and no Art. 34(3) ground is recorded", quoted(inc), s.at(d.Due))),
					check.Msg("comunicare senza ingiustificato ritardo (communication.sent, channel, count), oppure indicare communication.exemption con la justification",
						"communicate without undue delay (communication.sent, channel, count), or give communication.exemption with its justification"))
			case Pending:
				f.FindAs(check.Info, p+".communication",
					check.Msg(fmt.Sprintf("rischio elevato: comunicare la violazione agli interessati senza ingiustificato ritardo (termine interno: %s)", s.at(d.Due)),
						fmt.Sprintf("high risk: communicate the breach to the people without undue delay (internal target: %s)", s.at(d.Due))),
					check.Msg("preparare la lettera con gdprkit render (breach-<id>-letter)", "prepare the letter with gdprkit render (breach-<id>-letter)"))
			}
			if c == nil {
				return
			}
			cp := p + ".communication"
			if c.Exemption != "" {
				if c.Justification.IsEmpty() {
					f.Find(cp+".justification",
						check.Msg(fmt.Sprintf("il motivo di esenzione %s (%s) non è documentato", c.Exemption.Article(), c.Exemption.Label("it")),
							fmt.Sprintf("the exemption ground %s (%s) is not documented", c.Exemption.Article(), c.Exemption.Label("en"))),
						check.Msg("descrivere in justification le prove della condizione (ad esempio algoritmo e custodia della chiave)", "describe the evidence of the condition in justification (e.g. algorithm and key custody)"))
				}
				if c.Exemption == Unintelligible && inc.MeasuresInPlace.Encryption != EncryptedIntact {
					f.Find(cp+".exemption",
						check.Msg("esenzione per dati incomprensibili, ma measures_in_place.encryption non indica una cifratura con chiave integra",
							"exemption for unintelligible data, but measures_in_place.encryption does not record encryption with an intact key"),
						check.Msg("indicare measures_in_place.encryption: intact, oppure comunicare agli interessati", "give measures_in_place.encryption: intact, or communicate to the people"))
				}
				if c.Exemption == DisproportionateEffort && !c.Public {
					f.FindAs(check.Warning, cp+".public",
						check.Msg("lo sforzo sproporzionato esonera dalla comunicazione individuale solo se si procede a una comunicazione pubblica o a una misura altrettanto efficace",
							"disproportionate effort exempts from individual messages only if a public communication or an equally effective measure replaces them"),
						check.Msg("indicare public: true con channel e sent della comunicazione pubblica", "give public: true with the channel and date of the public communication"))
				}
			}
			if c.OrderedByAuthority && !c.Done() {
				f.Find(cp+".sent",
					check.Msg("l'autorità di controllo ha richiesto la comunicazione agli interessati (art. 34(4)), che non risulta inviata",
						"the supervisory authority required the communication to the people (Art. 34(4)), which has not been sent"),
					check.Msg("comunicare e indicare communication.sent", "communicate and give communication.sent"))
			}
			if c.Done() {
				if c.Channel.IsEmpty() {
					f.FindAs(check.Warning, cp+".channel",
						check.Msg("non è indicato il mezzo della comunicazione agli interessati", "the channel of the communication to the people is missing"),
						check.Msg("indicare channel (email, lettera, avviso sul sito…)", "give channel (email, letter, website notice…)"))
				}
				if c.Count == 0 && !c.Public {
					f.FindAs(check.Warning, cp+".count",
						check.Msg("non è indicato quante persone sono state informate", "the number of people informed is missing"),
						check.Msg("indicare count", "give count"))
				}
			}
		})
	},
}

var ruleProcessorToController = check.Rule[Subject]{
	ID: "BRE-18", Article: "Art. 33(2), 28(3)(f)", Severity: check.Error,
	Doc: "Where we act as processor, the controller is identified and told without undue delay (within the procedure's target).",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			if !inc.Role.IsProcessor() || !isBreach(inc) {
				return
			}
			if inc.Controller == nil && inc.Client == "" {
				f.Find(p+".controller",
					check.Msg("agiamo come responsabile del trattamento ma non è indicato il titolare da informare", "we act as processor but the controller to tell is not named"),
					check.Msg("indicare controller (nome e contatti) oppure client (id in register.processor.clients)", "give controller (name and contacts) or client (id in register.processor.clients)"))
			}
			a := s.assess(inc)
			d, _ := a.Duty(DutyTellController)
			switch d.State {
			case Overdue:
				f.Find(p+".timeline.processor_to_controller",
					check.Msg(fmt.Sprintf("il titolare non risulta informato della violazione (termine: %s)", s.at(d.Due)),
						fmt.Sprintf("the controller has not been told of the breach (target: %s)", s.at(d.Due))),
					check.Msg("informare subito il titolare e indicare timeline.processor_to_controller", "tell the controller now and give timeline.processor_to_controller"))
			case Pending:
				f.FindAs(check.Info, p+".timeline.processor_to_controller",
					check.Msg(fmt.Sprintf("informare il titolare senza ingiustificato ritardo, entro il %s", s.at(d.Due)),
						fmt.Sprintf("tell the controller without undue delay, by %s", s.at(d.Due))),
					check.Msg("registrare l'invio in timeline.processor_to_controller", "record it in timeline.processor_to_controller"))
			case DoneLate:
				f.FindAs(check.Warning, p+".timeline.processor_to_controller",
					check.Msg(fmt.Sprintf("il titolare è stato informato %s dopo la conoscenza, oltre il termine della procedura", formatSpan(d.Done.Sub(a.Aware))),
						fmt.Sprintf("the controller was told %s after awareness, beyond the procedure's target", formatSpan(d.Done.Sub(a.Aware)))),
					check.Msg("verificare il termine del contratto art. 28 e annotare le ragioni nel registro", "check the Art. 28 contract deadline and note the reasons in the record"))
			}
		})
	},
}

var ruleActions = check.Rule[Subject]{
	ID: "BRE-19", Article: "Art. 5(2), 33(3)(d)", Severity: check.Warning,
	Doc: "Every corrective action has an owner and a due date, and none is left open past its due date.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			for j, act := range inc.Actions {
				ap := fmt.Sprintf("%s.actions[%d]", p, j)
				if act.Owner == "" {
					f.Find(ap+".owner",
						check.Msg("l'azione correttiva non ha un responsabile", "the corrective action has no owner"),
						check.Msg("indicare owner", "give owner"))
				}
				if act.Due == "" {
					f.Find(ap+".due",
						check.Msg("l'azione correttiva non ha una scadenza", "the corrective action has no due date"),
						check.Msg("indicare due (AAAA-MM-GG)", "give due (YYYY-MM-DD)"))
				} else if due, err := act.Due.Time(); err == nil && act.Done == "" && s.Now.After(due.AddDate(0, 0, 1)) {
					f.Find(ap+".done",
						check.Msg(fmt.Sprintf("l'azione correttiva era in scadenza il %s e non risulta completata", act.Due), fmt.Sprintf("the corrective action was due on %s and is not done", act.Due)),
						check.Msg("completarla e indicare done, oppure riprogrammare due", "complete it and give done, or reschedule due"))
				}
			}
		})
	},
}

var ruleStatus = check.Rule[Subject]{
	ID: "BRE-20", Article: "Art. 33(5)", Severity: check.Warning,
	Doc: "The status agrees with the record: a closed incident has a closing time, a notified one a notification.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			closed := !inc.Timeline.Closed.IsZero()
			switch {
			case inc.Status == StatusClosed && !closed:
				f.Find(p+".timeline.closed",
					check.Msg("l'incidente è chiuso ma manca la data e ora di chiusura", "the incident is closed but the closing time is missing"),
					check.Msg("indicare timeline.closed", "give timeline.closed"))
			case closed && inc.Status != "" && inc.Status != StatusClosed:
				f.Find(p+".status",
					check.Msg(fmt.Sprintf("l'incidente ha una data di chiusura ma lo stato è %q", inc.Status.Label("it")),
						fmt.Sprintf("the incident has a closing time but its status is %q", inc.Status.Label("en"))),
					check.Msg("indicare status: closed", "give status: closed"))
			case inc.Status == StatusNotified && len(inc.Notifications) == 0:
				f.Find(p+".status",
					check.Msg("lo stato è notificato ma non è registrata alcuna notifica", "the status is notified but no notification is recorded"),
					check.Msg("registrare la notifica in notifications", "record the submission under notifications"))
			}
		})
	},
}

package helpdesk

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

var ruleRecording = check.Rule[Subject]{
	ID: "HD-07", Article: "Art. 5(1)(a), 13", Severity: check.Error,
	Doc: "A recorded channel states the purpose, how the person is told before recording starts, who may listen and how long recordings are kept.",
	Run: func(s Subject, f *check.Finder) {
		for i, c := range s.Policy.Channels {
			r := c.Recording
			if !r.Recorded {
				continue
			}
			path := channelPath(i) + ".recording"
			var missing []string
			if r.Purpose.IsEmpty() {
				missing = append(missing, "purpose")
			}
			if r.Announcement.IsEmpty() {
				missing = append(missing, "announcement")
			}
			if len(r.Listeners) == 0 {
				missing = append(missing, "listeners")
			}
			if r.Retention == "" {
				missing = append(missing, "retention")
			}
			if len(missing) > 0 {
				list := strings.Join(missing, ", ")
				f.Find(path,
					check.Msg(fmt.Sprintf("il canale %q è registrato ma la politica non dice: %s", c.ID, list),
						fmt.Sprintf("channel %q is recorded but the policy does not state: %s", c.ID, list)),
					check.Msg("completare "+list+", oppure non registrare (recorded: false)",
						"fill in "+list+", or do not record (recorded: false)"))
			}
		}
	},
}

var ruleRecordingNotice = check.Rule[Subject]{
	ID: "HD-08", Article: "Art. 13(1)(c), 12(1)", Severity: check.Error,
	Doc: "A recorded channel, and recorded remote sessions, are announced by a notice covering the support activity, in a section with topic recording.",
	Run: func(s Subject, f *check.Finder) {
		if s.activity() == nil {
			return
		}
		for _, n := range s.Notices {
			if n.Covers(s.Register, s.Policy.Activity) && n.States("recording") {
				return
			}
		}
		hint := check.Msg("aggiungere all'informativa una sezione con topics: [recording] che spiega scopo, preavviso, chi ascolta e per quanto si conserva",
			"add to the notice a section with topics: [recording] stating the purpose, the announcement, who listens and how long recordings are kept")
		for i, c := range s.Policy.Channels {
			if c.Recording.Recorded {
				f.Find(channelPath(i)+".recording",
					check.Msg(fmt.Sprintf("il canale %q è registrato, ma nessuna informativa che copre l'attività %q lo dice", c.ID, s.Policy.Activity),
						fmt.Sprintf("channel %q is recorded, but no notice covering activity %q says so", c.ID, s.Policy.Activity)),
					hint)
			}
		}
		// Remote sessions are recorded by remote_assistance, whether or not
		// a remote_session channel exists, so they are reported there.
		if ra := s.Policy.RemoteAssistance; ra.Allowed && ra.Recorded {
			f.Find(policyPath+".remote_assistance.recorded",
				check.Msg(fmt.Sprintf("le sessioni di assistenza remota sono registrate, ma nessuna informativa che copre l'attività %q lo dice", s.Policy.Activity),
					fmt.Sprintf("remote-assistance sessions are recorded, but no notice covering activity %q says so", s.Policy.Activity)),
				hint)
		}
	},
}

// impersonationLimits are the limits an allowed impersonation must state,
// each with its YAML key and words for the message.
func impersonationLimits(im Impersonation) (missing []string) {
	if !im.OnlyToReproduce {
		missing = append(missing, "only_to_reproduce")
	}
	if !im.ReadOnly {
		missing = append(missing, "read_only")
	}
	for _, a := range []Action{ActionChangeData, ActionMakePayment} {
		if !slices.Contains(im.Forbidden, a) {
			missing = append(missing, "forbidden: "+string(a))
		}
	}
	if !im.TicketRequired {
		missing = append(missing, "ticket_required")
	}
	if im.TimeLimit == "" {
		missing = append(missing, "time_limit")
	}
	if !im.Logged {
		missing = append(missing, "logged")
	}
	return missing
}

// maxImpersonation is the longest time limit that is still a limit:
// reproducing a problem takes minutes or hours, never days.
const maxImpersonation gdpr.Duration = "P1D"

var ruleImpersonation = check.Rule[Subject]{
	ID: "HD-09", Article: "Art. 5(1)(b), 5(1)(f), 25, 32", Severity: check.Error,
	Doc: "Impersonation, if allowed, is only to reproduce the reported problem, read-only, never changes data or pays, needs a ticket, has a time limit and is logged.",
	Run: func(s Subject, f *check.Finder) {
		im := s.Policy.Impersonation
		if !im.Allowed {
			return
		}
		if missing := impersonationLimits(im); len(missing) > 0 {
			list := strings.Join(missing, ", ")
			f.Find(policyPath+".impersonation",
				check.Msg("l'impersonificazione è ammessa senza i suoi limiti: manca "+list,
					"impersonation is allowed without its limits: missing "+list),
				check.Msg("solo per riprodurre il problema segnalato (only_to_reproduce: true), in sola lettura (read_only: true), vietando almeno change_data e make_payment, con il ticket (ticket_required: true), un limite di tempo (time_limit: PT30M) e registrata (logged: true)",
					"only to reproduce the reported problem (only_to_reproduce: true), read-only (read_only: true), forbidding at least change_data and make_payment, with a ticket (ticket_required: true), a time limit (time_limit: PT30M) and logged (logged: true)"))
		}
		if im.TimeLimit != "" {
			// Compared as a length, so PT48H is as long as P2D.
			if _, err := im.TimeLimit.Parse(); err == nil && later(im.TimeLimit, maxImpersonation) {
				f.Find(policyPath+".impersonation.time_limit",
					check.Msg(fmt.Sprintf("un limite di %s non è un limite: riprodurre un problema richiede minuti o ore", im.TimeLimit.Words("it")),
						fmt.Sprintf("a limit of %s is no limit: reproducing a problem takes minutes or hours", im.TimeLimit.Words("en"))),
					check.Msg("indicare un limite di ore al massimo, ad es. PT30M o PT2H", "give a limit of hours at most, e.g. PT30M or PT2H"))
			}
		}
	},
}

var ruleRemoteConsent = check.Rule[Subject]{
	ID: "HD-10", Article: "Art. 25, 32", Severity: check.Error,
	Doc: "Remote assistance, if offered, needs the customer's explicit consent for every session, and no later access without new consent.",
	Run: func(s Subject, f *check.Finder) {
		ra := s.Policy.RemoteAssistance
		if !ra.Allowed {
			return
		}
		if ra.Consent != ConsentPerSession && ra.Consent.Valid() { // an unknown value is the loader's SHAPE-ENUM finding
			got := string(ra.Consent)
			if got == "" {
				got = "—"
			}
			f.Find(policyPath+".remote_assistance.consent",
				check.Msg(fmt.Sprintf("l'assistenza remota è ammessa senza il consenso esplicito del cliente per ogni sessione (consent: %s)", got),
					fmt.Sprintf("remote assistance is allowed without the customer's explicit consent for every session (consent: %s)", got)),
				check.Msg("chiedere e registrare il consenso per ogni sessione: consent: per_session", "ask and record consent for every session: consent: per_session"))
		}
		if !ra.NoLaterAccess {
			f.Find(policyPath+".remote_assistance.no_later_access",
				check.Msg("la politica non esclude l'accesso al dispositivo del cliente dopo la sessione senza un nuovo consenso",
					"the policy does not rule out access to the customer's device after the session without new consent"),
				check.Msg("impostare no_later_access: true e disattivare l'accesso non presidiato", "set no_later_access: true and disable unattended access"))
		}
	},
}

var ruleRemoteLimits = check.Rule[Subject]{
	ID: "HD-11", Article: "Art. 5(2), 32", Severity: check.Error,
	Doc: "Every remote session logs the operator id, the customer's IP address, start and end in UTC; the customer can end it; the tool is named; a remote-session channel needs remote assistance allowed.",
	Run: func(s Subject, f *check.Finder) {
		ra := s.Policy.RemoteAssistance
		for i, c := range s.Policy.Channels {
			if c.Kind == ChannelRemoteSession && !ra.Allowed {
				f.Find(channelPath(i)+".kind",
					check.Msg(fmt.Sprintf("il canale %q è una sessione remota, ma remote_assistance.allowed è false", c.ID),
						fmt.Sprintf("channel %q is a remote session, but remote_assistance.allowed is false", c.ID)),
					check.Msg("descrivere l'assistenza remota in remote_assistance (allowed: true, consent: per_session…) o togliere il canale",
						"describe remote assistance in remote_assistance (allowed: true, consent: per_session…) or remove the channel"))
			}
		}
		if !ra.Allowed {
			return
		}
		var missing []string
		for _, it := range RequiredSessionLog {
			if !slices.Contains(ra.Logged, it) {
				missing = append(missing, string(it))
			}
		}
		if len(missing) > 0 {
			list := strings.Join(missing, ", ")
			f.Find(policyPath+".remote_assistance.logged",
				check.Msg("le sessioni remote non registrano: "+list, "remote sessions do not log: "+list),
				check.Msg("aggiungere a logged: operator_id, customer_ip, start, end", "add to logged: operator_id, customer_ip, start, end"))
		}
		if !ra.CustomerCanEnd {
			f.FindAs(check.Warning, policyPath+".remote_assistance.customer_can_end",
				check.Msg("la politica non dice che il cliente vede la sessione e può chiuderla in ogni momento", "the policy does not say the customer sees the session and can end it at any time"),
				check.Msg("impostare customer_can_end: true", "set customer_can_end: true"))
		}
		if ra.Tool == "" {
			f.FindAs(check.Warning, policyPath+".remote_assistance.tool",
				check.Msg("manca lo strumento di assistenza remota", "the remote-assistance tool is missing"),
				check.Msg("indicare l'id del sistema (register.systems) o il nome dello strumento", "give the system id (register.systems) or the tool's name"))
		}
	},
}

var ruleClosure = check.Rule[Subject]{
	ID: "HD-12", Article: "Art. 5(1)(b), 5(1)(e)", Severity: check.Warning,
	Doc: "A closed ticket is not processed further unless the customer writes again.",
	Run: func(s Subject, f *check.Finder) {
		if !s.Policy.Closure.NoFurtherProcessing {
			f.Find(policyPath+".closure.no_further_processing",
				check.Msg("la politica non dice che un ticket chiuso non è più trattato, salvo che il cliente scriva di nuovo",
					"the policy does not say a closed ticket is not processed further unless the customer writes again"),
				check.Msg("impostare no_further_processing: true", "set no_further_processing: true"))
		}
	},
}

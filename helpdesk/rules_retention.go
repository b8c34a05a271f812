package helpdesk

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

func stagePath(i int) string { return fmt.Sprintf("%s.retention.stages[%d]", policyPath, i) }

var ruleStages = check.Rule[Subject]{
	ID: "HD-13", Article: "Art. 5(1)(e)", Severity: check.Error,
	Doc: "Retention stages only move forward, each floor is within its ceiling, ceilings grow, and only the last stage has no ceiling.",
	Run: func(s Subject, f *check.Finder) {
		r := s.Policy.Retention
		prev := Stage("")
		var prevMax gdpr.Duration
		for i, st := range r.Stages {
			path := stagePath(i)
			if prev != "" && st.Stage.Order() <= prev.Order() {
				f.Find(path+".stage",
					check.Msg(fmt.Sprintf("la fase %q viene dopo %q: le fasi vanno solo avanti (chiuso → pseudonimizzato → anonimizzato → cancellato)", st.Stage, prev),
						fmt.Sprintf("stage %q comes after %q: stages only move forward (closed → pseudonymised → anonymised → deleted)", st.Stage, prev)),
					check.Msg("ordinare le fasi e non ripeterle", "order the stages and do not repeat them"))
			}
			last := i == len(r.Stages)-1
			switch {
			case st.Max == "" && !last:
				f.Find(path+".max",
					check.Msg(fmt.Sprintf("la fase %q non ha un termine massimo ma non è l'ultima", st.Stage),
						fmt.Sprintf("stage %q has no ceiling but is not the last", st.Stage)),
					check.Msg("indicare max (ad es. P72M dal termine di riferimento) o togliere le fasi successive", "give max (e.g. P72M from the trigger) or remove the later stages"))
			case st.Max != "" && last && st.Stage != StageDeleted:
				f.Find(path+".max",
					check.Msg(fmt.Sprintf("la fase %q ha un termine massimo ma nessuna fase la segue: cosa succede allo scadere?", st.Stage),
						fmt.Sprintf("stage %q has a ceiling but no stage follows it: what happens when it passes?", st.Stage)),
					check.Msg("aggiungere la fase successiva (anonymised o deleted)", "add the next stage (anonymised or deleted)"))
			}
			if st.Min != "" && st.Max != "" && later(st.Min, st.Max) {
				f.Find(path+".min",
					check.Msg(fmt.Sprintf("nella fase %q il minimo (%s) supera il massimo (%s)", st.Stage, st.Min.Words("it"), st.Max.Words("it")),
						fmt.Sprintf("in stage %q the floor (%s) exceeds the ceiling (%s)", st.Stage, st.Min.Words("en"), st.Max.Words("en"))),
					check.Msg("il minimo deve essere entro il massimo", "the floor must be within the ceiling"))
			}
			if st.Max != "" && prevMax != "" && !later(st.Max, prevMax) {
				f.Find(path+".max",
					check.Msg(fmt.Sprintf("il termine della fase %q (%s) non è oltre quello della fase precedente (%s): i termini si contano tutti dall'evento iniziale", st.Stage, st.Max.Words("it"), prevMax.Words("it")),
						fmt.Sprintf("the ceiling of stage %q (%s) is not beyond the previous one (%s): every bound counts from the trigger", st.Stage, st.Max.Words("en"), prevMax.Words("en"))),
					check.Msg("indicare termini crescenti, contati dall'evento iniziale", "give growing ceilings, counted from the trigger"))
			}
			if i == 0 && st.Max != "" && r.CancellationWindow != "" && later(r.CancellationWindow, st.Max) {
				f.Find(policyPath+".retention.cancellation_window",
					check.Msg("la finestra di annullamento supera il termine della prima fase", "the cancellation window exceeds the ceiling of the first stage"),
					check.Msg("accorciare la finestra o allungare il termine", "shorten the window or lengthen the ceiling"))
			}
			prev = st.Stage
			if st.Max != "" {
				prevMax = st.Max
			}
		}
	},
}

// endActionFor maps the last stage the policy reaches to the register's
// end action.
var endActionFor = map[Stage]gdpr.EndAction{
	StagePseudonymised: gdpr.Pseudonymise,
	StageAnonymised:    gdpr.Anonymise,
	StageDeleted:       gdpr.Delete,
}

var ruleRetentionRegister = check.Rule[Subject]{
	ID: "HD-14", Article: "Art. 5(1)(e), 13(2)(a), 30(1)(f)", Severity: check.Error,
	Doc: "The policy's retention agrees with the register's for the data support collects: the same period and the same end.",
	Run: func(s Subject, f *check.Finder) {
		a := s.activity()
		pol := s.Policy.Retention
		ceiling, ok := pol.Ceiling()
		if a == nil || !ok {
			return
		}
		final := pol.Final()
		seen := map[int]bool{}
		for i, c := range s.Policy.Channels {
			for j, fl := range c.Fields {
				k := slices.IndexFunc(a.Retention, func(r gdpr.Retention) bool {
					return len(r.Categories) == 0 || slices.Contains(r.Categories, fl.Category)
				})
				if k < 0 {
					if slices.Contains(a.DataCategories, fl.Category) {
						f.Find(fieldPath(i, j)+".category",
							check.Msg(fmt.Sprintf("il registro non dice per quanto si conservano i dati %q dell'attività %q", fl.Category, a.ID),
								fmt.Sprintf("the register does not say how long the %q data of activity %q are kept", fl.Category, a.ID)),
							check.Msg("aggiungere la categoria a una regola di conservazione dell'attività", "add the category to a retention rule of the activity"))
					}
					continue
				}
				if seen[k] {
					continue
				}
				seen[k] = true
				reg := a.Retention[k]
				regPath := fmt.Sprintf("%s.retention[%d]", s.activityPath(), k)
				var diffs []string
				if reg.Period == "" {
					diffs = append(diffs, fmt.Sprintf("period — ≠ %s", ceiling))
				} else if !SameDuration(reg.Period, ceiling) {
					diffs = append(diffs, fmt.Sprintf("period %s ≠ %s", reg.Period, ceiling))
				}
				if want := endActionFor[final]; reg.EndAction != "" && reg.EndAction != want {
					diffs = append(diffs, fmt.Sprintf("end_action %s ≠ %s", reg.EndAction, want))
				}
				if len(diffs) == 0 {
					continue
				}
				list := strings.Join(diffs, "; ")
				f.Find(policyPath+".retention",
					check.Msg(fmt.Sprintf("la conservazione della politica (%s, poi %s) non coincide con quella del registro in %s: %s", ceiling.Words("it"), final.Label("it"), regPath, list),
						fmt.Sprintf("the policy's retention (%s, then %s) does not agree with the register's at %s: %s", ceiling.Words("en"), final.Label("en"), regPath, list)),
					check.Msg("allineare il termine massimo dell'ultima fase e l'azione finale al periodo e a end_action del registro (o viceversa)",
						"align the last stage's ceiling and final action with the register's period and end_action (or the other way round)"))
			}
		}
	},
}

var ruleLegalHolds = check.Rule[Subject]{
	ID: "HD-15", Article: "Art. 17(3)", Severity: check.Error,
	Doc: "A legal hold that overrides erasure names its ground under Art. 17(3)(b) or (e).",
	Run: func(s Subject, f *check.Finder) {
		for i, h := range s.Policy.Retention.LegalHolds {
			a := strings.ReplaceAll(strings.ToLower(h.Article), " ", "")
			if !strings.Contains(a, "17(3)") {
				f.Find(fmt.Sprintf("%s.retention.legal_holds[%d].article", policyPath, i),
					check.Msg(fmt.Sprintf("il vincolo di conservazione cita %q, non una deroga dell'art. 17(3)", h.Article),
						fmt.Sprintf("the legal hold cites %q, not an Art. 17(3) exception", h.Article)),
					check.Msg("citare l'art. 17(3)(b) (obbligo legale) o 17(3)(e) (difesa in giudizio)", "cite Art. 17(3)(b) (legal obligation) or 17(3)(e) (legal claims)"))
			}
		}
	},
}

var ruleAuditLog = check.Rule[Subject]{
	ID: "HD-16", Article: "Art. 5(2), 32", Severity: check.Warning,
	Doc: "The audit log records reads of tickets, and impersonations and remote sessions when they are allowed, and has a retention period.",
	Run: func(s Subject, f *check.Finder) {
		p := s.Policy
		path := policyPath + ".audit_log"
		need := func(e AuditEvent, why check.Localized) {
			if !slices.Contains(p.AuditLog.Events, e) {
				f.Find(path+".events",
					check.Msg(fmt.Sprintf("il registro di audit non registra gli eventi %q, %s", e, why.In("it")),
						fmt.Sprintf("the audit log does not record %q events, %s", e, why.In("en"))),
					check.Msg(fmt.Sprintf("aggiungere %s a events", e), fmt.Sprintf("add %s to events", e)))
			}
		}
		need(EventRead, check.Msg("quindi non si sa chi ha letto quali ticket", "so nobody can tell who read which ticket"))
		if p.Impersonation.Allowed {
			need(EventImpersonation, check.Msg("che la politica ammette", "which the policy allows"))
		}
		if p.RemoteAssistance.Allowed {
			need(EventRemoteSession, check.Msg("che la politica ammette", "which the policy allows"))
		}
		if p.AuditLog.Retention == "" {
			f.Find(path+".retention",
				check.Msg("manca per quanto si conserva il registro di audit", "how long the audit log is kept is missing"),
				check.Msg("indicare retention, ad es. P12M", "give retention, e.g. P12M"))
		}
	},
}

var ruleRightsContact = check.Rule[Subject]{
	ID: "HD-17", Article: "Art. 12(2), 13(2)(b)", Severity: check.Error,
	Doc: "The policy says where people send requests to access, port or erase their support data.",
	Run: func(s Subject, f *check.Finder) {
		r := s.Policy.Rights
		if r.Email == "" && r.URL == "" && s.Org.Controller.Email == "" {
			f.Find(policyPath+".rights",
				check.Msg("la politica non dice a chi rivolgere le richieste di accesso, portabilità e cancellazione",
					"the policy does not say where to send requests for access, portability and erasure"),
				check.Msg("indicare rights.email o rights.url", "give rights.email or rights.url"))
		}
	},
}

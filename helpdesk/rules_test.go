package helpdesk

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/helpdesk/grants"
	"github.com/gdprkit/gdprkit/notice"
	"github.com/gdprkit/gdprkit/register"
)

// finding is what the table asserts of a diagnostic: which rule, how
// serious, and where in the pack.
type ruleFinding struct {
	Rule     string
	Severity check.Severity
	Path     string
}

func (f ruleFinding) String() string { return fmt.Sprintf("%s %s %s", f.Rule, f.Severity, f.Path) }

func ruleFindings(ds []check.Diagnostic) []ruleFinding {
	out := make([]ruleFinding, 0, len(ds))
	for _, d := range ds {
		out = append(out, ruleFinding{d.Rule, d.Severity, d.Path})
	}
	slices.SortFunc(out, func(a, b ruleFinding) int {
		return cmp.Or(cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Path, b.Path), cmp.Compare(a.Severity, b.Severity))
	})
	return out
}

func fe(rule, path string) ruleFinding { return ruleFinding{rule, check.Error, path} }
func fw(rule, path string) ruleFinding { return ruleFinding{rule, check.Warning, path} }

const pp = "helpdesk.policy"

// ruleCase is one row of the rules table: the rule it exercises, how it
// changes a fresh valid fixture, and the exact findings expected — none
// for a passing case.
type ruleCase struct {
	rule   string
	name   string
	mutate func(x *fixture)
	want   []ruleFinding
	// msg and hint, when set, must appear in the English message and
	// hint of a finding of rule.
	msg, hint string
}

var ruleCases = []ruleCase{
	// HD-01: the policy belongs to a register activity.
	{rule: "HD-01", name: "activity found after another", mutate: func(x *fixture) {
		slices.Reverse(x.reg.Activities)
	}},
	{rule: "HD-01", name: "unknown activity silences the rules that need it", mutate: func(x *fixture) {
		x.policy.Activity = "suport"
		x.policy.Channels[0].Fields[0].Category = "nonexistent" // HD-03 would report it
		x.policy.Processors = append(x.policy.Processors, "nobody")
		x.recordPhone() // HD-08 would report it
	}, want: []ruleFinding{fe("HD-01", pp+".activity")}, msg: `activity "suport"`},
	{rule: "HD-01", name: "no activity", mutate: func(x *fixture) {
		x.policy.Activity = ""
	}, want: []ruleFinding{fe("HD-01", pp+".activity")}, msg: "does not name the register activity"},

	// HD-02: unique ids.
	{rule: "HD-02", name: "same field id on two channels", mutate: func(x *fixture) {
		x.policy.Roles[0].ID, x.policy.Impersonation.Roles[0], x.policy.RemoteAssistance.Roles[0] = "phone", "phone", "phone"
	}},
	{rule: "HD-02", name: "duplicate channel", mutate: func(x *fixture) {
		x.policy.Channels[1].ID = "phone"
	}, want: []ruleFinding{fe("HD-02", pp+".channels[1].id")}, msg: `duplicate canale / channel "phone"`},
	{rule: "HD-02", name: "duplicate field", mutate: func(x *fixture) {
		x.policy.Channels[1].Fields[3].ID = "message"
	}, want: []ruleFinding{fe("HD-02", pp+".channels[1].fields[3].id")}},
	{rule: "HD-02", name: "duplicate role", mutate: func(x *fixture) {
		x.policy.Roles[1].ID = "operator"
		x.policy.AuditLog.Reviewer = "operator"
		x.policy.Impersonation.Roles = []string{"operator"}
	}, want: []ruleFinding{fe("HD-02", pp+".roles[1].id")}},

	// HD-03: every field's category is one of the activity's.
	{rule: "HD-03", name: "category of the activity used once", mutate: func(x *fixture) {
		x.policy.Channels[1].Fields = append(x.policy.Channels[1].Fields,
			Field{ID: "version", Name: gdpr.Text{"": "version"}, Category: "technical"})
	}},
	{rule: "HD-03", name: "empty category left to the shape check", mutate: func(x *fixture) {
		x.policy.Channels[1].Fields[3].Category = ""
	}},
	{rule: "HD-03", name: "category not in the catalog", mutate: func(x *fixture) {
		x.policy.Channels[0].Fields[2].Category = "licenze"
	}, want: []ruleFinding{fe("HD-03", pp+".channels[0].fields[2].category")}, msg: "not in register.data_categories"},
	{rule: "HD-03", name: "category of another activity", mutate: func(x *fixture) {
		x.policy.Channels[1].Fields[0].Category = "billing"
	}, want: []ruleFinding{fe("HD-03", pp+".channels[1].fields[0].category")}, msg: `activity "support" of the register does not list`},

	// HD-04: a mandatory field states its purpose.
	{rule: "HD-04", name: "optional field without purpose", mutate: func(x *fixture) {
		x.policy.Channels[1].Fields[3].Purpose = nil
	}},
	{rule: "HD-04", name: "mandatory field without purpose", mutate: func(x *fixture) {
		x.policy.Channels[0].Fields[1].Purpose = nil
	}, want: []ruleFinding{fw("HD-04", pp+".channels[0].fields[1].mandatory")}, msg: `mandatory field "email"`},
	{rule: "HD-04", name: "mandatory field with blank purpose", mutate: func(x *fixture) {
		x.policy.Channels[1].Fields[0].Purpose = gdpr.Text{"it": "", "en": ""}
	}, want: []ruleFinding{fw("HD-04", pp+".channels[1].fields[0].mandatory")}},

	// HD-05: every processor is a processor recipient of the activity.
	{rule: "HD-05", name: "ticketing repeated among processors", mutate: func(x *fixture) {
		x.policy.Processors = []string{"ticketing", "hosting", "survey", "hosting"}
	}},
	{rule: "HD-05", name: "no processors at all", mutate: func(x *fixture) {
		x.policy.Ticketing, x.policy.Processors = "", nil
	}},
	{rule: "HD-05", name: "processor not in the catalog", mutate: func(x *fixture) {
		x.policy.Processors = []string{"survey", "telephony"}
	}, want: []ruleFinding{fe("HD-05", pp+".processors[1]")}, msg: `"telephony" is not in register.recipients`},
	{rule: "HD-05", name: "processor not a recipient of the activity", mutate: func(x *fixture) {
		x.policy.Processors = append(x.policy.Processors, "accountant")
	}, want: []ruleFinding{fe("HD-05", pp+".processors[2]")}, msg: `not a recipient of activity "support"`},
	{rule: "HD-05", name: "ticketing provider not a processor", mutate: func(x *fixture) {
		x.policy.Ticketing = "support_team"
	}, want: []ruleFinding{fe("HD-05", pp+".ticketing")}, msg: `kind "internal"`},

	// HD-06: every referenced role exists.
	{rule: "HD-06", name: "listeners and reviewer among the roles", mutate: func(x *fixture) {
		x.recordPhone()
		x.announceRecording()
		x.policy.Channels[0].Recording.Listeners = []string{"operator", "support_lead"}
	}},
	{rule: "HD-06", name: "unknown roles everywhere", mutate: func(x *fixture) {
		x.policy.Impersonation.Roles = []string{"operator", "admin"}
		x.policy.RemoteAssistance.Roles = []string{"technician"}
		x.recordPhone()
		x.announceRecording()
		x.policy.Channels[0].Recording.Listeners = []string{"quality"}
		x.policy.AuditLog.Reviewer = "dpo"
	}, want: []ruleFinding{
		fe("HD-06", pp+".audit_log.reviewer"),
		fe("HD-06", pp+".channels[0].recording.listeners[0]"),
		fe("HD-06", pp+".impersonation.roles[1]"),
		fe("HD-06", pp+".remote_assistance.roles[0]"),
	}, hint: "use one of: operator, support_lead"},

	{rule: "HD-06", name: "no roles described", mutate: func(x *fixture) {
		x.policy.Roles = nil
		x.policy.RemoteAssistance.Roles = nil
		x.policy.AuditLog.Reviewer = ""
	}, want: []ruleFinding{
		fe("HD-06", pp+".impersonation.roles[0]"),
		fe("HD-06", pp+".impersonation.roles[1]"),
	}, hint: "describe the role in roles"},

	// HD-07: a recorded channel says why, how announced, who listens, how long.
	{rule: "HD-07", name: "recorded channel fully described", mutate: func(x *fixture) {
		x.recordPhone()
		x.announceRecording()
	}},
	{rule: "HD-07", name: "recorded channel with nothing said", mutate: func(x *fixture) {
		x.policy.Channels[0].Recording = Recording{Recorded: true}
		x.announceRecording()
	}, want: []ruleFinding{fe("HD-07", pp+".channels[0].recording")}, msg: "does not state: purpose, announcement, listeners, retention"},
	{rule: "HD-07", name: "recorded channel without retention", mutate: func(x *fixture) {
		x.recordPhone()
		x.announceRecording()
		x.policy.Channels[0].Recording.Retention = ""
	}, want: []ruleFinding{fe("HD-07", pp+".channels[0].recording")}, msg: "does not state: retention"},

	// HD-08: recordings are announced by a notice of the activity.
	{rule: "HD-08", name: "announced by a notice covering the activity by audience", mutate: func(x *fixture) {
		x.recordPhone()
		x.announceRecording()
		x.notices[0].Activities = nil
	}},
	{rule: "HD-08", name: "recorded remote sessions announced", mutate: func(x *fixture) {
		x.policy.RemoteAssistance.Recorded = true
		x.announceRecording()
	}},
	{rule: "HD-08", name: "recorded sessions of remote assistance not offered", mutate: func(x *fixture) {
		x.policy.RemoteAssistance = RemoteAssistance{Recorded: true}
	}},
	{rule: "HD-08", name: "recorded call not announced", mutate: func(x *fixture) {
		x.recordPhone()
	}, want: []ruleFinding{fe("HD-08", pp+".channels[0].recording")}, msg: `channel "phone" is recorded`},
	{rule: "HD-08", name: "announced only by a notice of another activity", mutate: func(x *fixture) {
		x.recordPhone()
		x.announceRecording()
		x.notices[0].Activities = []string{"billing"}
	}, want: []ruleFinding{fe("HD-08", pp+".channels[0].recording")}},
	{rule: "HD-08", name: "recorded remote sessions without a channel, not announced", mutate: func(x *fixture) {
		x.policy.RemoteAssistance.Recorded = true
	}, want: []ruleFinding{fe("HD-08", pp+".remote_assistance.recorded")}, msg: "remote-assistance sessions are recorded"},

	// HD-09: impersonation only within its limits.
	{rule: "HD-09", name: "not allowed, no limits needed", mutate: func(x *fixture) {
		x.policy.Impersonation = Impersonation{Roles: []string{"operator"}}
	}},
	{rule: "HD-09", name: "a day is still a limit", mutate: func(x *fixture) {
		x.policy.Impersonation.TimeLimit = "PT24H"
	}},
	{rule: "HD-09", name: "allowed without any limit", mutate: func(x *fixture) {
		x.policy.Impersonation = Impersonation{Allowed: true, Roles: []string{"operator"}}
	}, want: []ruleFinding{fe("HD-09", pp+".impersonation")},
		msg: "missing only_to_reproduce, read_only, forbidden: change_data, forbidden: make_payment, ticket_required, time_limit, logged"},
	{rule: "HD-09", name: "payment not forbidden", mutate: func(x *fixture) {
		x.policy.Impersonation.Forbidden = []Action{ActionChangeData, ActionDeleteData}
	}, want: []ruleFinding{fe("HD-09", pp+".impersonation")}, msg: "missing forbidden: make_payment"},
	{rule: "HD-09", name: "not read-only", mutate: func(x *fixture) {
		x.policy.Impersonation.ReadOnly = false
	}, want: []ruleFinding{fe("HD-09", pp+".impersonation")}, msg: "missing read_only"},
	{rule: "HD-09", name: "time limit of days", mutate: func(x *fixture) {
		x.policy.Impersonation.TimeLimit = "P2D"
	}, want: []ruleFinding{fe("HD-09", pp+".impersonation.time_limit")}, msg: "a limit of 2 days is no limit"},
	{rule: "HD-09", name: "time limit of many hours", mutate: func(x *fixture) {
		x.policy.Impersonation.TimeLimit = "PT48H"
	}, want: []ruleFinding{fe("HD-09", pp+".impersonation.time_limit")}},

	// HD-10: remote assistance with consent for every session.
	{rule: "HD-10", name: "not offered, no consent needed", mutate: func(x *fixture) {
		x.policy.RemoteAssistance = RemoteAssistance{}
	}},
	{rule: "HD-10", name: "consent once", mutate: func(x *fixture) {
		x.policy.RemoteAssistance.Consent = ConsentOnce
	}, want: []ruleFinding{fe("HD-10", pp+".remote_assistance.consent")}, msg: "(consent: once)"},
	{rule: "HD-10", name: "consent not said", mutate: func(x *fixture) {
		x.policy.RemoteAssistance.Consent = ""
	}, want: []ruleFinding{fe("HD-10", pp+".remote_assistance.consent")}, msg: "(consent: —)"},
	{rule: "HD-10", name: "unknown consent value is the loader's shape finding", mutate: func(x *fixture) {
		x.policy.RemoteAssistance.Consent = "every_session"
	}},
	{rule: "HD-10", name: "later access not ruled out", mutate: func(x *fixture) {
		x.policy.RemoteAssistance.NoLaterAccess = false
	}, want: []ruleFinding{fe("HD-10", pp+".remote_assistance.no_later_access")}},

	// HD-11: remote sessions logged, ended by the customer, with a tool.
	{rule: "HD-11", name: "remote-session channel with remote assistance", mutate: func(x *fixture) {
		x.policy.Channels = append(x.policy.Channels, Channel{ID: "remote", Kind: ChannelRemoteSession})
	}},
	{rule: "HD-11", name: "remote-session channel without remote assistance", mutate: func(x *fixture) {
		x.policy.Channels = append(x.policy.Channels, Channel{ID: "remote", Kind: ChannelRemoteSession})
		x.policy.RemoteAssistance = RemoteAssistance{}
	}, want: []ruleFinding{fe("HD-11", pp+".channels[2].kind")}, msg: "remote_assistance.allowed is false"},
	{rule: "HD-11", name: "sessions log too little", mutate: func(x *fixture) {
		x.policy.RemoteAssistance.Logged = []SessionLogItem{LogOperatorID, LogStart}
	}, want: []ruleFinding{fe("HD-11", pp+".remote_assistance.logged")}, msg: "do not log: customer_ip, end"},
	{rule: "HD-11", name: "customer cannot end, no tool", mutate: func(x *fixture) {
		x.policy.RemoteAssistance.CustomerCanEnd = false
		x.policy.RemoteAssistance.Tool = ""
	}, want: []ruleFinding{
		fw("HD-11", pp+".remote_assistance.customer_can_end"),
		fw("HD-11", pp+".remote_assistance.tool"),
	}},

	// HD-12: a closed ticket is not processed further.
	{rule: "HD-12", name: "no automatic closure", mutate: func(x *fixture) {
		x.policy.Closure.AutoCloseAfter = ""
	}},
	{rule: "HD-12", name: "closed tickets processed further", mutate: func(x *fixture) {
		x.policy.Closure.NoFurtherProcessing = false
	}, want: []ruleFinding{fw("HD-12", pp+".closure.no_further_processing")}},

	// HD-13: stages only move forward within their bounds.
	{rule: "HD-13", name: "every stage, floors within ceilings", mutate: func(x *fixture) {
		x.policy.Retention.Stages = []RetentionStage{
			{Stage: StageClosed, Min: "P12M", Max: "P24M"},
			{Stage: StagePseudonymised, Min: "P24M", Max: "P48M"},
			{Stage: StageAnonymised, Max: "P72M"},
			{Stage: StageDeleted},
		}
		x.supportActivity().Retention[0].EndAction = gdpr.Delete
	}},
	{rule: "HD-13", name: "deleted may carry a ceiling", mutate: func(x *fixture) {
		x.policy.Retention.Stages = []RetentionStage{
			{Stage: StageClosed, Min: "P12M", Max: "P72M"},
			{Stage: StageDeleted, Max: "P80M"},
		}
		x.supportActivity().Retention[0].EndAction = gdpr.Delete
	}},
	{rule: "HD-13", name: "stage moves backwards", mutate: func(x *fixture) {
		x.policy.Retention.Stages = []RetentionStage{
			{Stage: StagePseudonymised, Max: "P12M"},
			{Stage: StageClosed, Max: "P72M"},
			{Stage: StageAnonymised},
		}
	}, want: []ruleFinding{fe("HD-13", pp+".retention.stages[1].stage")}, msg: `stage "closed" comes after "pseudonymised"`},
	{rule: "HD-13", name: "stage without ceiling is not the last", mutate: func(x *fixture) {
		x.policy.Retention.Stages[0].Max = ""
	}, want: []ruleFinding{
		fe("HD-13", pp+".retention.stages[0].max"),
		fe("HD-14", pp+".retention"), // the lifecycle now ends at the first stage
	}},
	{rule: "HD-13", name: "last stage with a ceiling and no follower", mutate: func(x *fixture) {
		x.policy.Retention.Stages[1].Max = "P120M"
	}, want: []ruleFinding{fe("HD-13", pp+".retention.stages[1].max")}, msg: "no stage follows it"},
	{rule: "HD-13", name: "floor beyond ceiling", mutate: func(x *fixture) {
		x.policy.Retention.Stages[0].Min = "P80M"
	}, want: []ruleFinding{fe("HD-13", pp+".retention.stages[0].min")}, msg: "the floor (80 months) exceeds the ceiling (72 months)"},
	{rule: "HD-13", name: "ceiling not beyond the previous", mutate: func(x *fixture) {
		x.policy.Retention.Stages = []RetentionStage{
			{Stage: StageClosed, Max: "P72M"},
			{Stage: StagePseudonymised, Max: "P6Y"},
			{Stage: StageAnonymised},
		}
	}, want: []ruleFinding{fe("HD-13", pp+".retention.stages[1].max")}},
	{rule: "HD-13", name: "cancellation window beyond the first ceiling", mutate: func(x *fixture) {
		x.policy.Retention.CancellationWindow = "P100M"
	}, want: []ruleFinding{fe("HD-13", pp+".retention.cancellation_window")}},

	// HD-14: the policy's retention agrees with the register's.
	{rule: "HD-14", name: "same period in other units", mutate: func(x *fixture) {
		x.supportActivity().Retention[0].Period = "P6Y"
	}},
	{rule: "HD-14", name: "one register rule for every category, no end action", mutate: func(x *fixture) {
		x.supportActivity().Retention = []gdpr.Retention{{Period: "P72M"}}
	}},
	{rule: "HD-14", name: "shorter register period", mutate: func(x *fixture) {
		x.supportActivity().Retention[0].Period = "P60M"
	}, want: []ruleFinding{fe("HD-14", pp+".retention")}, msg: "register.activities[0].retention[0]: period P60M ≠ P72M"},
	{rule: "HD-14", name: "register deletes, policy anonymises", mutate: func(x *fixture) {
		slices.Reverse(x.reg.Activities) // the message names the activity's real place
		x.supportActivity().Retention[0].EndAction = gdpr.Delete
	}, want: []ruleFinding{fe("HD-14", pp+".retention")}, msg: "register.activities[1].retention[0]: end_action delete ≠ anonymise"},
	{rule: "HD-14", name: "register gives a criterion, no period", mutate: func(x *fixture) {
		r := &x.supportActivity().Retention[0]
		r.Period, r.Criterion = "", gdpr.Text{"en": "until the contract ends"}
	}, want: []ruleFinding{fe("HD-14", pp+".retention")}, msg: "period — ≠ P72M"},
	{rule: "HD-14", name: "register keeps no term for a collected category", mutate: func(x *fixture) {
		x.supportActivity().Retention[0].Categories = []string{"identification", "contact", "ticket_content", "technical"}
	}, want: []ruleFinding{
		fe("HD-14", pp+".channels[0].fields[2].category"),
		fe("HD-14", pp+".channels[1].fields[1].category"),
	}, msg: `how long the "licence" data of activity "support" are kept`},
	{rule: "HD-14", name: "a field of the connection rule", mutate: func(x *fixture) {
		a := x.supportActivity()
		a.DataCategories = append(a.DataCategories, "connection")
		x.policy.Channels[1].Fields = append(x.policy.Channels[1].Fields,
			Field{ID: "ip", Name: gdpr.Text{"": "IP"}, Category: "connection"})
	}, want: []ruleFinding{fe("HD-14", pp+".retention")}, msg: "register.activities[0].retention[1]: period P12M ≠ P72M; end_action delete ≠ anonymise"},

	// HD-15: legal holds cite Art. 17(3).
	{rule: "HD-15", name: "Art. 17(3)(b) written loosely", mutate: func(x *fixture) {
		x.policy.Retention.LegalHolds = append(x.policy.Retention.LegalHolds,
			LegalHold{Ground: gdpr.Text{"en": "tax law"}, Article: "art.17 (3)(b)", Reference: "art. 2220 c.c."})
	}},
	{rule: "HD-15", name: "hold citing another article", mutate: func(x *fixture) {
		x.policy.Retention.LegalHolds[0].Article = "Art. 6(1)(c)"
	}, want: []ruleFinding{fe("HD-15", pp+".retention.legal_holds[0].article")}, msg: `cites "Art. 6(1)(c)"`},

	// HD-16: the audit log records reads and the allowed powers, for a time.
	{rule: "HD-16", name: "only reads when nothing else is allowed", mutate: func(x *fixture) {
		x.policy.Impersonation = Impersonation{}
		x.policy.RemoteAssistance = RemoteAssistance{}
		x.policy.AuditLog.Events = []AuditEvent{EventRead}
	}},
	{rule: "HD-16", name: "allowed powers not logged, no retention", mutate: func(x *fixture) {
		x.policy.AuditLog.Events = []AuditEvent{EventSearch}
		x.policy.AuditLog.Retention = ""
	}, want: []ruleFinding{
		fw("HD-16", pp+".audit_log.events"),
		fw("HD-16", pp+".audit_log.events"),
		fw("HD-16", pp+".audit_log.events"),
		fw("HD-16", pp+".audit_log.retention"),
	}, msg: `does not record "impersonation" events, which the policy allows`},
	{rule: "HD-16", name: "reads not logged", mutate: func(x *fixture) {
		x.policy.AuditLog.Events = []AuditEvent{EventImpersonation, EventRemoteSession}
	}, want: []ruleFinding{fw("HD-16", pp+".audit_log.events")}, msg: "who read which ticket"},

	// HD-17: people know where to send requests.
	{rule: "HD-17", name: "controller's address is enough", mutate: func(x *fixture) {
		x.policy.Rights = RightsContact{}
	}},
	{rule: "HD-17", name: "a web form is enough", mutate: func(x *fixture) {
		x.policy.Rights = RightsContact{URL: "https://example.com/requests"}
		x.org.Controller.Email = ""
	}},
	{rule: "HD-17", name: "nowhere to send requests", mutate: func(x *fixture) {
		x.policy.Rights = RightsContact{}
		x.org.Controller.Email = ""
	}, want: []ruleFinding{fe("HD-17", pp+".rights")}},
}

func TestValidFixtureHasNoFinding(t *testing.T) {
	x := newFixture()
	for _, f := range x.check() {
		t.Errorf("valid fixture: %s", f)
	}
}

func TestRules(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			x := newFixture()
			tc.mutate(x)
			r := Check(x.org, x.reg, x.notices, &Helpdesk{Policy: x.policy}, x.now)
			got := ruleFindings(r.Diagnostics)
			want := slices.Clone(tc.want)
			slices.SortFunc(want, func(a, b ruleFinding) int {
				return cmp.Or(cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Path, b.Path), cmp.Compare(a.Severity, b.Severity))
			})
			if !slices.Equal(got, want) {
				for _, d := range r.Diagnostics {
					t.Log(d.Format("en"))
				}
				t.Fatalf("findings\n got %v\nwant %v", got, want)
			}
			for _, d := range r.Diagnostics {
				for _, lang := range []string{"it", "en"} {
					if d.Message[lang] == "" || d.Hint[lang] == "" {
						t.Errorf("%s at %s: no %s message or hint", d.Rule, d.Path, lang)
					}
				}
				if d.Message["it"] == d.Message["en"] {
					t.Errorf("%s at %s: Italian message not translated: %q", d.Rule, d.Path, d.Message["it"])
				}
			}
			if tc.msg != "" && !slices.ContainsFunc(r.ByRule(tc.rule), func(d check.Diagnostic) bool {
				return strings.Contains(d.Message.In("en"), tc.msg)
			}) {
				t.Errorf("no %s message contains %q", tc.rule, tc.msg)
			}
			if tc.hint != "" && !slices.ContainsFunc(r.ByRule(tc.rule), func(d check.Diagnostic) bool {
				return strings.Contains(d.Hint.In("en"), tc.hint)
			}) {
				t.Errorf("no %s hint contains %q", tc.rule, tc.hint)
			}
		})
	}
}

// TestRulesTableCoversEveryRule fails when a rule is added without a
// passing and a failing case in the table.
func TestRulesTableCoversEveryRule(t *testing.T) {
	for _, r := range Rules {
		var pass, fail bool
		for _, tc := range ruleCases {
			if tc.rule != r.ID {
				continue
			}
			if !slices.ContainsFunc(tc.want, func(f ruleFinding) bool { return f.Rule == r.ID }) {
				pass = true
			} else {
				fail = true
			}
		}
		if !pass || !fail {
			t.Errorf("rule %s: passing case %v, failing case %v; add the missing one to ruleCases", r.ID, pass, fail)
		}
	}
	for _, tc := range ruleCases {
		if !slices.ContainsFunc(Rules, func(r check.Rule[Subject]) bool { return r.ID == tc.rule }) {
			t.Errorf("case %q names unknown rule %s", tc.name, tc.rule)
		}
	}
}

func TestRulesAreDocumented(t *testing.T) {
	id := regexp.MustCompile(`^HD-\d\d$`)
	seen := map[string]bool{}
	for i, r := range Rules {
		if !id.MatchString(r.ID) {
			t.Errorf("rule %d: id %q is not HD-nn", i, r.ID)
		}
		if seen[r.ID] {
			t.Errorf("rule %s: id repeated", r.ID)
		}
		seen[r.ID] = true
		if !strings.HasPrefix(r.Article, "Art. ") {
			t.Errorf("rule %s: article %q", r.ID, r.Article)
		}
		if r.Doc == "" || !strings.HasSuffix(r.Doc, ".") {
			t.Errorf("rule %s: doc %q is not a sentence", r.ID, r.Doc)
		}
		if r.Run == nil {
			t.Errorf("rule %s: no Run", r.ID)
		}
		if r.Severity != check.Error && r.Severity != check.Warning {
			t.Errorf("rule %s: severity %s", r.ID, r.Severity)
		}
	}
}

// TestForbiddenActionsMatchGrants keeps the policy and the runtime in
// step: what the policy may forbid is exactly what helpdesk/grants
// refuses, key for key and in the same order.
func TestForbiddenActionsMatchGrants(t *testing.T) {
	var runtime []string
	for _, a := range grants.ForbiddenActions {
		runtime = append(runtime, string(a))
	}
	if got := Action("").Keys(); !slices.Equal(got, runtime) {
		t.Errorf("helpdesk.Action keys %v, grants.ForbiddenActions %v", got, runtime)
	}
	for _, a := range []Action{ActionChangeData, ActionMakePayment} {
		if !slices.Contains(runtime, string(a)) {
			t.Errorf("HD-09 requires forbidding %q, which grants does not refuse", a)
		}
	}
}

// TestCheckDegenerateInput feeds Check empty and half-filled input: it
// must neither panic nor invent findings it cannot place.
func TestCheckDegenerateInput(t *testing.T) {
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	malformed := &Policy{
		Activity:         "support",
		Channels:         []Channel{{}, {ID: "x", Kind: ChannelRemoteSession, Recording: Recording{Recorded: true}, Fields: []Field{{}, {ID: "y", Category: "zzz", Mandatory: true}}}},
		Impersonation:    Impersonation{Allowed: true, TimeLimit: "soon"},
		RemoteAssistance: RemoteAssistance{Allowed: true, Recorded: true},
		Retention: Retention{CancellationWindow: "P", Stages: []RetentionStage{
			{}, {Stage: "bogus", Min: "xx", Max: "P-1M"}, {Stage: StageDeleted, Max: "P1Y"},
		}, LegalHolds: []LegalHold{{}}},
		AuditLog: AuditLog{Reviewer: "nobody"},
	}
	cases := []struct {
		name    string
		org     *gdpr.Organisation
		reg     *register.Register
		notices []notice.Notice
		h       *Helpdesk
		want    []string // rule ids found, sorted, with repeats
	}{
		{name: "nil section", want: nil},
		{name: "no policy", h: &Helpdesk{}, want: nil},
		{name: "zero policy, nil org and register", h: &Helpdesk{Policy: &Policy{}},
			want: []string{"HD-01", "HD-12", "HD-16", "HD-16", "HD-17"}},
		{name: "zero policy, real register", org: newFixture().org, reg: fixtureRegister(), notices: fixtureNotices(), h: &Helpdesk{Policy: &Policy{}},
			want: []string{"HD-01", "HD-12", "HD-16", "HD-16"}},
		{name: "malformed policy, empty register", reg: &register.Register{}, h: &Helpdesk{Policy: malformed},
			want: []string{"HD-01", "HD-04", "HD-06", "HD-07", "HD-09", "HD-10", "HD-10", "HD-11", "HD-11", "HD-11", "HD-12", "HD-13", "HD-15", "HD-16", "HD-16", "HD-16", "HD-16", "HD-17"}},
		{name: "malformed policy, real register", reg: fixtureRegister(), h: &Helpdesk{Policy: malformed},
			want: []string{"HD-03", "HD-04", "HD-06", "HD-07", "HD-08", "HD-08", "HD-09", "HD-10", "HD-10", "HD-11", "HD-11", "HD-11", "HD-12", "HD-13", "HD-15", "HD-16", "HD-16", "HD-16", "HD-16", "HD-17"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var r check.Report
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("Check panicked: %v", p)
					}
				}()
				r = Check(tc.org, tc.reg, tc.notices, tc.h, now)
			}()
			var got []string
			for _, d := range r.Diagnostics {
				got = append(got, d.Rule)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				for _, d := range r.Diagnostics {
					t.Log(d.Format("en"))
				}
				t.Errorf("rules found %v, want %v", got, tc.want)
			}
		})
	}
}

func BenchmarkCheck(b *testing.B) {
	x := newFixture()
	x.recordPhone()
	x.announceRecording()
	h := &Helpdesk{Policy: x.policy}
	b.ReportAllocs()
	for b.Loop() {
		Check(x.org, x.reg, x.notices, h, x.now)
	}
}

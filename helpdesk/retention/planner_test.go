package retention

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/helpdesk"
)

func TestNew(t *testing.T) {
	st := func(s helpdesk.Stage, min, max gdpr.Duration) helpdesk.RetentionStage {
		return helpdesk.RetentionStage{Stage: s, Min: min, Max: max}
	}
	r := func(trig helpdesk.Trigger, window gdpr.Duration, stages ...helpdesk.RetentionStage) helpdesk.Retention {
		return helpdesk.Retention{Trigger: trig, CancellationWindow: window, Stages: stages}
	}
	const ce, tc = helpdesk.TriggerContractEnd, helpdesk.TriggerTicketClosed
	tests := []struct {
		name string
		r    helpdesk.Retention
		err  string // substring; "" means accepted
	}{
		{"nuvola", nuvolaPolicy, ""},
		{"full", fullPolicy, ""},
		{"one stage, no window", r(tc, "", st(helpdesk.StageDeleted, "", "")), ""},
		{"last stage with a ceiling is kept as it is", r(tc, "", st(helpdesk.StageClosed, "", "P1Y")), ""},
		{"no trigger", r("", "", st(helpdesk.StageDeleted, "", "")), "no trigger"},
		{"unknown trigger", r("ticket_opened", "", st(helpdesk.StageDeleted, "", "")), `unknown trigger "ticket_opened"`},
		{"no stages", r(ce, "P30D"), "no stages"},
		{"unknown stage", r(ce, "", st("archived", "", "")), `unknown stage "archived"`},
		{"empty stage", r(ce, "", st("", "", "")), `unknown stage ""`},
		{"stages out of order", r(ce, "", st(helpdesk.StageAnonymised, "", "P1Y"), st(helpdesk.StagePseudonymised, "", "")), "stages only move forward"},
		{"repeated stage", r(ce, "", st(helpdesk.StageClosed, "", "P1Y"), st(helpdesk.StageClosed, "", "")), "stages only move forward"},
		{"bad window", r(ce, "30 days", st(helpdesk.StageDeleted, "", "")), "cancellation_window"},
		{"bad max", r(ce, "", st(helpdesk.StageClosed, "", "P1X"), st(helpdesk.StageDeleted, "", "")), `stage "closed": max`},
		{"bad min", r(ce, "", st(helpdesk.StageClosed, "PT1S", "P1Y"), st(helpdesk.StageDeleted, "", "")), `stage "closed": min`},
		{"middle stage without ceiling", r(ce, "", st(helpdesk.StageClosed, "", ""), st(helpdesk.StageDeleted, "", "")), "no ceiling"},
		{"floor beyond ceiling", r(ce, "", st(helpdesk.StageClosed, "P2Y", "P1Y"), st(helpdesk.StageDeleted, "", "")), "floor P2Y exceeds the ceiling P1Y"},
		{"ceilings shrink", r(ce, "", st(helpdesk.StageClosed, "", "P2Y"), st(helpdesk.StagePseudonymised, "", "P1Y"), st(helpdesk.StageDeleted, "", "")), "is not beyond"},
		{"window beyond the first ceiling", r(ce, "P2Y", st(helpdesk.StageClosed, "", "P1Y"), st(helpdesk.StageDeleted, "", "")), "is not beyond"},
		{"P12M and P1Y agree, so do not grow", r(ce, "", st(helpdesk.StageClosed, "", "P12M"), st(helpdesk.StagePseudonymised, "", "P1Y"), st(helpdesk.StageDeleted, "", "")), "is not beyond"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := New(tt.r)
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tt.err != "" && err == nil:
				t.Fatalf("accepted, want %q", tt.err)
			case tt.err != "" && (!strings.Contains(err.Error(), tt.err) || !errors.Is(err, ErrPolicy)):
				t.Fatalf("error %q, want %q wrapping ErrPolicy", err, tt.err)
			case err == nil && !slices.Equal(p.Steps(), tt.r.Steps()):
				t.Fatalf("steps %v, want %v", p.Steps(), tt.r.Steps())
			}
		})
	}
}

func TestEnums(t *testing.T) {
	for _, a := range append([]Action{ActionNone}, Actions...) {
		var back Action
		b, _ := a.MarshalText()
		if err := back.UnmarshalText(b); err != nil || back != a {
			t.Errorf("action %v: round trip %v, %v", a, back, err)
		}
		for _, lang := range []string{"it", "en"} {
			if l := a.Label(lang); l == "" || strings.HasPrefix(l, "!") {
				t.Errorf("action %v has no %s label", a, lang)
			}
		}
	}
	for _, s := range Statuses {
		var back Status
		b, _ := s.MarshalText()
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("status %v: round trip %v, %v", s, back, err)
		}
		for _, lang := range []string{"it", "en"} {
			if l := s.Label(lang) + s.Describe(lang); strings.Contains(l, "!") {
				t.Errorf("status %v lacks a %s label: %q", s, lang, l)
			}
		}
	}
	var a Action
	if a.UnmarshalText([]byte("shred")) == nil {
		t.Error("unknown action accepted")
	}
	if Action(99).String() != "Action(99)" || Status(99).String() != "Status(99)" {
		t.Error("out-of-range names")
	}
}

package check

import (
	"errors"
	"testing"
)

func TestRunStampsRuleAndReportErr(t *testing.T) {
	rules := []Rule[int]{{
		ID: "T-1", Article: "Art. 1", Severity: Error, Doc: "positive",
		Run: func(n int, f *Finder) {
			if n < 0 {
				f.Find("n", Msg("negativo", "negative"), Msg("usare un positivo", "use a positive number"))
			}
		},
	}}
	if r := Run(1, rules); r.Err() != nil || len(r.Diagnostics) != 0 {
		t.Fatalf("passing input: %v", r.Diagnostics)
	}
	r := Run(-1, rules)
	err := r.Err()
	if !errors.Is(err, ErrFindings) {
		t.Fatalf("Err() = %v", err)
	}
	d := r.Diagnostics[0]
	if d.Rule != "T-1" || d.Article != "Art. 1" || d.Severity != Error {
		t.Errorf("finding not stamped: %+v", d)
	}
	d.Pos = Position{File: "p.yaml", Line: 3, Column: 5}
	if got, want := d.Format("it"), "p.yaml:3:5: error: n: negativo [T-1] (Art. 1)"; got != want {
		t.Errorf("Format = %q, want %q", got, want)
	}
}

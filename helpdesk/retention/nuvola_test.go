package retention_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/gdprkit/gdprkit/helpdesk/retention"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
	"github.com/gdprkit/gdprkit/load"
	"github.com/gdprkit/gdprkit/render/markdown"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const examplePack = "../../examples/nuvola"

// nuvola loads the example pack's planner, its tickets and its date.
func nuvola(t *testing.T) (*retention.Planner, []*ticket.Ticket, *load.Pack) {
	t.Helper()
	srcs, err := load.ReadPaths([]string{examplePack}, nil)
	if err != nil {
		t.Fatal(err)
	}
	res := load.Load(srcs...)
	if res.Pack == nil || res.Report.HasErrors() || res.Pack.Helpdesk == nil || res.Pack.Helpdesk.Policy == nil {
		t.Fatalf("example pack: %+v", res.Report)
	}
	p, err := retention.New(res.Pack.Helpdesk.Policy.Retention)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(examplePack, "tickets.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ts []*ticket.Ticket
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var tk ticket.Ticket
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&tk); err != nil {
			t.Fatalf("tickets.jsonl:%d: %v", len(ts)+1, err)
		}
		ts = append(ts, &tk)
	}
	return p, ts, res.Pack
}

// TestNuvola plans the example's tickets with the example's policy
// (trigger contract_end, window P30D, pseudonymised until P72M, then
// anonymised) at the pack's date: every status shows.
func TestNuvola(t *testing.T) {
	p, ts, pack := nuvola(t)
	at := pack.Time()
	want := map[string]string{
		"T-1":         "live none",
		"T-2":         "live none",
		"T-9":         "live none",
		"T-2026-0412": "live none",
		"T-2026-0398": "live pseudonymise 2027-04-30",
		"T-2026-0377": "waiting pseudonymise 2026-12-05",
		"T-2026-0301": "due pseudonymise 2026-11-22",
		"T-2026-0255": "overdue pseudonymise 2026-07-30",
		"T-2024-0150": "scheduled anonymise 2030-03-31",
		"T-2021-0188": "scheduled anonymise 2027-03-31",
		"T-2020-0733": "due anonymise 2026-11-22",
		"T-2020-0102": "overdue anonymise 2026-02-28",
		"T-2018-0044": "overdue anonymise 2025-01-31",
		"T-2019-0210": "held anonymise 2025-06-30",
		"T-2019-0305": "due anonymise 2026-11-21",
		"T-2017-0090": "complete none",
		"T-2016-0021": "complete none",
	}
	seen := map[retention.Status]bool{}
	for _, tk := range ts {
		d := p.Decide(tk, at)
		got := d.Status.String() + " " + d.Action.String()
		if d.Action != retention.ActionNone {
			got += " " + d.Due.Format("2006-01-02")
		}
		if got != want[tk.ID] {
			t.Errorf("%s: %s, want %s", tk.ID, got, want[tk.ID])
		}
		seen[d.Status] = true
	}
	for _, s := range retention.Statuses {
		if !seen[s] && s != retention.StatusInvalid {
			t.Errorf("no example ticket is %s", s)
		}
	}
}

// TestNuvolaGolden renders the example's plan as Markdown in both
// languages; go test -update rewrites the golden files.
func TestNuvolaGolden(t *testing.T) {
	p, ts, pack := nuvola(t)
	seq := func(yield func(*ticket.Ticket) bool) {
		for _, t := range ts {
			if !yield(t) {
				return
			}
		}
	}
	plan, err := p.Plan(seq, pack.Time(), retention.PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"it", "en"} {
		d := plan.Document(lang)
		d.Meta.Subtitle = pack.Organisation().Controller.Name
		var buf bytes.Buffer
		if err := markdown.Render(&buf, d, markdown.Options{}); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "nuvola."+lang+".md")
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s differs from the rendered plan (go test -update to accept):\n%s", golden, buf.Bytes())
		}
	}
}

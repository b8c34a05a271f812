package helpdesk_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/load"
)

const examplePack = "../examples/nuvola"

func loadPack(t *testing.T, dir string) *load.Result {
	t.Helper()
	srcs, err := load.ReadPaths([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	res := load.Load(srcs...)
	if res.Pack == nil {
		for _, d := range res.Report.Diagnostics {
			t.Log(d.Format("en"))
		}
		t.Fatalf("%s: pack not loaded", dir)
	}
	return res
}

// helpdeskFindings are the findings of the policy rules or about the
// helpdesk section.
func policyFindings(r check.Report) []check.Diagnostic {
	var out []check.Diagnostic
	for _, d := range r.Diagnostics {
		if strings.HasPrefix(d.Rule, "HD-") || strings.HasPrefix(d.Path, "helpdesk.") {
			out = append(out, d)
		}
	}
	return out
}

// TestNuvolaPolicyIsClean loads the example pack as the CLI does and
// expects no finding about its helpdesk section, through the loader and
// through helpdesk.Check called directly.
func TestNuvolaPolicyIsClean(t *testing.T) {
	res := loadPack(t, examplePack)
	for _, d := range policyFindings(res.Report) {
		t.Errorf("load: %s", d.Format("en"))
	}
	p := res.Pack
	if p.Helpdesk == nil || p.Helpdesk.Policy == nil || len(p.Helpdesk.Policy.Channels) == 0 {
		t.Fatal("the example has no helpdesk policy")
	}
	r := helpdesk.Check(p.Organisation(), &p.Register, p.Notices, p.Helpdesk, p.Time())
	for _, d := range r.Diagnostics {
		t.Errorf("Check: %s", d.Format("en"))
	}
}

// TestFindingPointsAtTheCategoryLine breaks one field's category in a copy
// of the example pack: the finding's file:line:col is the category key of
// that field in helpdesk.yaml.
func TestFindingPointsAtTheCategoryLine(t *testing.T) {
	dir := t.TempDir()
	entries, err := os.ReadDir(examplePack)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".yaml") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(examplePack, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == "helpdesk.yaml" {
			// The first licence field is the third field of the first
			// channel (phone).
			const good, bad = "category: licence,", "category: licenze,"
			if !strings.Contains(string(b), good) {
				t.Fatalf("helpdesk.yaml has no %q", good)
			}
			b = []byte(strings.Replace(string(b), good, bad, 1))
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "helpdesk.yaml")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var wantLine, wantCol int
	for i, l := range strings.Split(string(src), "\n") {
		if c := strings.Index(l, "category: licenze"); c >= 0 {
			wantLine, wantCol = i+1, c+1
			break
		}
	}

	if wantLine == 0 {
		t.Fatal("broken category not found in the copy")
	}
	res := loadPack(t, dir)
	ds := policyFindings(res.Report)
	if len(ds) != 1 {
		for _, d := range ds {
			t.Log(d.Format("en"))
		}
		t.Fatalf("got %d helpdesk findings, want 1", len(ds))
	}
	d := ds[0]
	if d.Rule != "HD-03" || d.Severity != check.Error || d.Path != "helpdesk.policy.channels[0].fields[2].category" {
		t.Errorf("finding %s %s at %s, want HD-03 error at helpdesk.policy.channels[0].fields[2].category", d.Rule, d.Severity, d.Path)
	}
	if d.Pos.File != file || d.Pos.Line != wantLine || d.Pos.Column != wantCol {
		t.Errorf("finding at %s, want %s:%d:%d", d.Pos, file, wantLine, wantCol)
	}
	if !strings.Contains(d.Source, "category: licenze") {
		t.Errorf("source line %q is not the category line", d.Source)
	}
	if !strings.Contains(d.Message.In("en"), `"licenze"`) {
		t.Errorf("message %q does not name the category", d.Message.In("en"))
	}
}

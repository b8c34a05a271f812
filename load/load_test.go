package load

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/check"
)

func loadFile(t *testing.T, path string) *Result {
	t.Helper()
	srcs, err := ReadPaths([]string{path}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return Load(srcs...)
}

// TestBrokenPackFourFindings is the acceptance case of the register issue:
// a misspelt key, a wrong enum value, a missing controller name and a
// health category without an Art. 9(2) condition give four positioned
// findings, each with its path, article or fix hint.
func TestBrokenPackFourFindings(t *testing.T) {
	res := loadFile(t, "testdata/broken.yaml")
	want := []struct {
		rule, path string
		line, col  int
		msg        string
	}{
		{"REG-01", "controller.name", 4, 1, "controller's name is missing"},
		{"SHAPE-ENUM", "register.activities[0].purposes[0].legal_basis", 17, 11, `did you mean "contract"`},
		{"YAML-KEY", "register.activities[0].data_subject", 18, 7, `did you mean "data_subjects"`},
		{"REG-07", "register.activities[0].data_categories[0]", 20, 25, "Art. 9(2) condition"},
	}
	if got := len(res.Report.Diagnostics); got != len(want) {
		for _, d := range res.Report.Diagnostics {
			t.Log(d.Format("en"))
		}
		t.Fatalf("got %d findings, want %d", got, len(want))
	}
	for _, w := range want {
		ds := res.Report.ByRule(w.rule)
		if len(ds) != 1 {
			t.Errorf("rule %s: got %d findings", w.rule, len(ds))
			continue
		}
		d := ds[0]
		if d.Path != w.path || d.Pos.Line != w.line || d.Pos.Column != w.col || d.Pos.File != "testdata/broken.yaml" {
			t.Errorf("rule %s at %s %s, want %s %d:%d", w.rule, d.Pos, d.Path, w.path, w.line, w.col)
		}
		if !strings.Contains(d.Message.In("en"), w.msg) {
			t.Errorf("rule %s message %q lacks %q", w.rule, d.Message.In("en"), w.msg)
		}
		if d.Hint.In("en") == "" || d.Hint.In("it") == "" || d.Source == "" {
			t.Errorf("rule %s lacks a hint or its source line: %+v", w.rule, d)
		}
	}
	if res.Report.Err() == nil {
		t.Error("Err() is nil for a report with errors")
	}
}

func TestExampleHasNoFinding(t *testing.T) {
	res := loadFile(t, "../examples/nuvola")
	for _, d := range res.Report.Diagnostics {
		if d.Severity == check.Error {
			t.Errorf("example: %s", d.Format("en"))
		}
	}
	if res.Pack == nil || len(res.Pack.Register.Activities) < 7 {
		t.Fatal("example register not loaded")
	}
	// Plain strings take the pack's language.
	if !res.Pack.Register.Activities[0].Name.Has("it") {
		t.Error("text not localised")
	}
}

func TestMergeAcrossFiles(t *testing.T) {
	a := Source{Name: "a.yaml", Data: []byte("version: 1\nlanguage: it\ndate: 2026-11-22\nregister:\n  activities:\n    - id: one\n      name: Uno\n")}
	b := Source{Name: "b.yaml", Data: []byte("register:\n  activities:\n    - id: two\n      name: Due\n      bogus: 1\n")}
	res := Load(a, b)
	if res.Pack == nil || len(res.Pack.Register.Activities) != 2 {
		t.Fatalf("activities not merged: %+v", res.Pack)
	}
	pos, _, ok := res.Position("register.activities[1].name")
	if !ok || pos.File != "b.yaml" || pos.Line != 4 {
		t.Errorf("second file's activity at %v, want b.yaml:4", pos)
	}
	keys := res.Report.ByRule("YAML-KEY")
	if len(keys) != 1 || keys[0].Pos.File != "b.yaml" || keys[0].Pos.Line != 5 {
		t.Errorf("unknown key finding: %+v", keys)
	}
	// A scalar set differently in two files is a conflict.
	c := Source{Name: "c.yaml", Data: []byte("language: en\n")}
	res = Load(a, c)
	if len(res.Report.ByRule("YAML-MERGE")) != 1 {
		t.Errorf("conflict not reported: %v", res.Report.Diagnostics)
	}
}

func TestSyntaxAndTypeErrors(t *testing.T) {
	for _, tc := range []struct{ name, data, rule string }{
		{"syntax", "version: 1\ncontroller: {name: x\n", "YAML-SYNTAX"},
		{"type", "version: [1, 2]\n", "YAML-TYPE"},
		{"not a mapping", "- a\n- b\n", "YAML-TYPE"},
		{"two documents", "version: 1\n---\nversion: 2\n", "YAML-SYNTAX"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Load(Source{Name: "x.yaml", Data: []byte(tc.data)})
			ds := res.Report.ByRule(tc.rule)
			if len(ds) == 0 || res.Pack != nil {
				t.Fatalf("want %s and no pack, got %v", tc.rule, res.Report.Diagnostics)
			}
			if ds[0].Pos.File != "x.yaml" {
				t.Errorf("finding not positioned: %+v", ds[0])
			}
		})
	}
}

func TestCleanText(t *testing.T) {
	in := "Citta\u0300\x00 ok\x1b\uFFFE\tfine\n" + string([]byte{0xff})
	if got, want := CleanText(in), "Città ok\tfine\n"; got != want {
		t.Errorf("CleanText = %q, want %q", got, want)
	}
}

func TestReadPathsDirectory(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "b.yaml"), []byte("version: 1\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.yml"), []byte("language: it\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
	srcs, err := ReadPaths([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range srcs {
		names = append(names, filepath.Base(s.Name))
	}
	if !slices.Equal(names, []string{"a.yml", "b.yaml"}) {
		t.Errorf("got %v", names)
	}
	if _, err := ReadPaths([]string{t.TempDir()}, nil); err == nil {
		t.Error("empty directory accepted")
	}
}

func TestSuggest(t *testing.T) {
	known := []string{"purposes", "data_subjects", "recipients"}
	for in, want := range map[string]string{"purpose": "purposes", "recipents": "recipients", "zzz": ""} {
		if got := suggest(in, known); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzLoad feeds arbitrary bytes to the loader: it must never panic, and a
// nil pack always comes with an error.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{"version: 1\n", "register: {activities: [{id: a}]}", "{{{", "- - -", "controller: !!binary aGVsbG8=", "a: &x [*x]"} {
		f.Add([]byte(s))
	}
	if b, err := os.ReadFile("testdata/broken.yaml"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res := Load(Source{Name: "f.yaml", Data: data})
		if res.Pack == nil && !res.Report.HasErrors() {
			t.Fatal("nil pack without an error")
		}
	})
}

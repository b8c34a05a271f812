package notice

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden compares the plain text of every example notice, full and
// short, in both languages, with testdata/<file>.txt: a reviewer reads the
// wording there, and any change to it shows in the diff.
func TestGolden(t *testing.T) {
	for _, n := range nuvolaNotices() {
		for _, lang := range []string{"it", "en"} {
			full, err := Document(nuvolaOrg(), nuvolaRegister(), n, lang, nuvolaDate)
			if err != nil {
				t.Fatal(err)
			}
			short, err := FirstLayer(nuvolaOrg(), nuvolaRegister(), n, lang, nuvolaDate)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, FileBase(n.ID)+"."+lang+".txt", full)
			golden(t, ShortFileBase(n.ID)+"."+lang+".txt", short)
		}
	}
}

func golden(t *testing.T, name string, d *doc.Document) {
	t.Helper()
	got := []byte(d.Meta.Title + "\n" + d.Meta.Subtitle + "\n" + d.Meta.Identifier + "\n\n" + doc.DocumentText(d.Blocks))
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file; run go test ./notice -run TestGolden -update and review the diff\n--- got:\n%s", name, got)
	}
}

// TestDeterministic builds every document twice.
func TestDeterministic(t *testing.T) {
	for _, n := range nuvolaNotices() {
		a, _ := Document(nuvolaOrg(), nuvolaRegister(), n, "it", nuvolaDate)
		b, _ := Document(nuvolaOrg(), nuvolaRegister(), n, "it", nuvolaDate)
		if doc.DocumentText(a.Blocks) != doc.DocumentText(b.Blocks) || a.Meta.Identifier != b.Meta.Identifier {
			t.Errorf("%s: two runs differ", n.ID)
		}
	}
}

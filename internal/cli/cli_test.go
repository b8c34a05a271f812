package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"gdprkit": func() { os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI scripts in testdata/script; the example pack is
// copied into each script's work directory as nuvola/, with its tickets
// (nuvola/tickets.jsonl).
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			files, err := filepath.Glob("../../examples/nuvola/*.yaml")
			if err != nil {
				return err
			}
			// The example's tickets, for the helpdesk kit's commands.
			jsonl, err := filepath.Glob("../../examples/nuvola/*.jsonl")
			if err != nil {
				return err
			}
			files = append(files, jsonl...)
			dir := filepath.Join(env.WorkDir, "nuvola")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					return err
				}
				if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
					return err
				}
			}
			return nil
		},
	})
}

// TestRenderIsReproducible renders the example twice: identical bytes.
func TestRenderIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("renders every document twice")
	}
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		var out, errb bytes.Buffer
		if code := Main([]string{"render", "../../examples/nuvola", "-o", dir, "--lang", "it,en"}, nil, &out, &errb); code != 0 {
			t.Fatalf("render exit %d: %s", code, errb.String())
		}
	}
	files, _ := os.ReadDir(a)
	if len(files) < 10 {
		t.Fatalf("only %d files rendered", len(files))
	}
	for _, f := range files {
		x, _ := os.ReadFile(filepath.Join(a, f.Name()))
		y, err := os.ReadFile(filepath.Join(b, f.Name()))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", f.Name())
		}
	}
}

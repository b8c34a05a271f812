package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestRequestsExportIsReproducible exports the same request twice with the
// same --date: identical archives, byte for byte.
func TestRequestsExportIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("renders the summary four times")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	steps := [][]string{
		{"requests", "open", "--db", db, "--kind", "access", "--subject", "cust-0042", "--received", "2026-11-02", "--id", "R-1"},
		{"requests", "identity", "R-1", "--db", db, "--status", "verified"},
	}
	for _, s := range steps {
		if code, _, errs := runMain(s...); code != 0 {
			t.Fatalf("%v: %d %s", s, code, errs)
		}
	}
	var zips [2][]byte
	for i := range zips {
		out := filepath.Join(dir, "copy"+string(rune('a'+i))+".zip")
		code, _, errs := runMain("requests", "export", "../../examples/nuvola", "--db", db, "--request", "R-1",
			"--tickets", "../../examples/nuvola/tickets.jsonl", "-o", out, "--lang", "it,en", "--date", "2026-11-22")
		if code != 0 {
			t.Fatalf("export: %d %s", code, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		zips[i] = b
	}
	if !bytes.Equal(zips[0], zips[1]) {
		t.Error("two exports with the same --date differ")
	}
}

package gdprkit_test

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/gdprkit/gdprkit"

// allowed says which of the module's packages each layer may import
// (shared/DESIGN.md, "Layout and import direction"). A package is matched
// by its longest listed prefix; tests are not checked.
var allowed = map[string][]string{
	"check":          {},
	"doc":            {},
	"gdpr":           {"check"},
	"internal/i18n":  {"doc"},
	"internal/ooxml": {},
	// Test documents shared by the writers' tests.
	"internal/doctest": {"doc"},
	"render/":          {"doc", "internal/ooxml"},
	"register":         {"gdpr", "check", "doc", "internal/i18n"},
	"notice":           {"gdpr", "check", "doc", "internal/i18n", "register"},
	"breach":           {"gdpr", "check", "doc", "internal/i18n", "register"},
	// The support-data policy reads the register and the notices, which
	// must announce recorded calls; it knows nothing of the runtime kit.
	"helpdesk": {"gdpr", "check", "doc", "internal/i18n", "register", "notice"},
	// The runtime kit builds on the policy and on its own packages.
	"helpdesk/":    {"gdpr", "check", "doc", "internal/i18n", "register", "notice", "helpdesk"},
	"load":         {"gdpr", "check", "doc", "register", "notice", "breach", "helpdesk", "schemas"},
	"schemas":      {},
	"internal/cli": {""},
	"cmd/":         {"internal/cli"},
}

func rulesFor(rel string) ([]string, bool) {
	best, found := "", false
	for k := range allowed {
		if (rel == k || strings.HasPrefix(rel, strings.TrimSuffix(k, "/")+"/") || (strings.HasSuffix(k, "/") && strings.HasPrefix(rel, k))) && len(k) >= len(best) {
			best, found = k, true
		}
	}
	return allowed[best], found
}

func permitted(imp string, rules []string) bool {
	for _, r := range rules {
		if r == "" || imp == r || strings.HasPrefix(imp, strings.TrimSuffix(r, "/")+"/") {
			return true
		}
	}
	return false
}

// TestImportDirection fails when a package imports against the layering
// of DESIGN.md: imports point downward only.
func TestImportDirection(t *testing.T) {
	out, err := exec.Command("go", "list", "-json", module+"/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		if rel == "" || strings.Contains(rel, "/internal/gen") {
			continue // the root holds only this test; generators are tools
		}
		rules, ok := rulesFor(rel)
		if !ok {
			t.Errorf("package %s is not in the layering table of arch_test.go: add it deliberately", rel)
			continue
		}
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module+"/") {
				continue
			}
			irel := strings.TrimPrefix(imp, module+"/")
			if irel == rel || strings.HasPrefix(irel, rel+"/internal") {
				continue // a package's own internals
			}
			if !permitted(irel, rules) {
				t.Errorf("%s imports %s: against the import direction of DESIGN.md", rel, irel)
			}
		}
	}
}

package breach

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/goccy/go-yaml"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// nuvola is the example pack of examples/nuvola, decoded without the
// loader (which imports this package): the organisation and register from
// pack.yaml and register.yaml, the breach section from breach.yaml,
// decoded strictly.
type nuvola struct {
	org *gdpr.Organisation
	reg *register.Register
	b   *Breach
	now time.Time
}

func loadNuvola(t testing.TB) nuvola {
	t.Helper()
	dir := filepath.Join("..", "examples", "nuvola")
	var head struct {
		Date       gdpr.Date  `json:"date"`
		Controller gdpr.Party `json:"controller"`
		DPO        *gdpr.DPO  `json:"dpo"`
	}
	var reg struct {
		Register register.Register `json:"register"`
	}
	var br struct {
		Breach Breach `json:"breach"`
	}
	decode := func(name string, v any, opts ...yaml.DecodeOption) {
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := yaml.UnmarshalWithOptions(src, v, opts...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	decode("pack.yaml", &head)
	decode("register.yaml", &reg)
	decode("breach.yaml", &br, yaml.DisallowUnknownField())
	now, err := head.Date.Time()
	if err != nil {
		t.Fatal(err)
	}
	return nuvola{
		org: &gdpr.Organisation{Controller: head.Controller, DPO: head.DPO},
		reg: &reg.Register,
		b:   &br.Breach,
		now: now,
	}
}

func (n nuvola) incident(t testing.TB, id string) *Incident {
	t.Helper()
	inc, ok := n.b.Incident(id)
	if !ok {
		t.Fatalf("no incident %q", id)
	}
	return inc
}

func TestNuvolaExampleIsClean(t *testing.T) {
	n := loadNuvola(t)
	r := Check(n.org, n.reg, n.b, n.now)
	for _, d := range r.Diagnostics {
		t.Errorf("%s", d.Format("en"))
	}
}

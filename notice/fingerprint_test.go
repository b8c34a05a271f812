package notice

import (
	"regexp"
	"testing"

	"github.com/gdprkit/gdprkit/gdpr"
)

var hex64 = regexp.MustCompile(`^[0-9a-f]{64}$`)

func TestFingerprint(t *testing.T) {
	f := newFixture()
	base := Fingerprint(f.org, f.reg, f.ns[nSupport], nuvolaDate)
	if !hex64.MatchString(base) {
		t.Fatalf("fingerprint %q is not 64 hex digits", base)
	}
	same := func(name string, change func(f *fixture)) {
		t.Helper()
		g := newFixture()
		change(g)
		if got := Fingerprint(g.org, g.reg, g.ns[nSupport], nuvolaDate); got != base {
			t.Errorf("%s changed the fingerprint", name)
		}
	}
	differs := func(name string, change func(f *fixture)) {
		t.Helper()
		g := newFixture()
		change(g)
		if got := Fingerprint(g.org, g.reg, g.ns[nSupport], nuvolaDate); got == base {
			t.Errorf("%s did not change the fingerprint", name)
		}
	}
	same("a new version number", func(f *fixture) { f.ns[nSupport].Version = "9.9" })
	same("a new notice date", func(f *fixture) { f.ns[nSupport].Date = "2030-01-01" })
	same("the URL of the notice", func(f *fixture) { f.ns[nSupport].URL = "https://example.com/x" })
	same("an unrelated activity", func(f *fixture) { f.act("recruiting").Retention[0].Period = "P6M" })
	same("extra white space", func(f *fixture) {
		f.act("support").Purposes[0].Description = gdpr.T("Fornire  assistenza tecnica sui prodotti in licenza ", "Providing technical support on licensed products")
	})
	same("decomposed accents", func(f *fixture) {
		f.act("support").Provision["it"] = "Il conferimento di nome, email, oggetto, messaggio e numero di licenza e\u0300 necessario per fornire l'assistenza prevista dal contratto: senza questi dati la richiesta non può essere gestita. Gli allegati sono facoltativi."
	})
	differs("a new retention period", func(f *fixture) { f.act("support").Retention[1].Period = "P6M" })
	differs("a new recipient", func(f *fixture) { f.act("support").Recipients = f.act("support").Recipients[:3] })
	differs("an English-only change", func(f *fixture) { f.reg.Recipients[0].Service["en"] = "ticketing" })
	differs("a removed DPO", func(f *fixture) { f.org.DPO = nil })
}

func TestFingerprintInMeta(t *testing.T) {
	f := newFixture()
	fp := Fingerprint(f.org, f.reg, f.ns[nSupport], nuvolaDate)
	for _, lang := range []string{"it", "en"} {
		d := f.render(t, nSupport, lang)
		if d.Meta.Identifier != "notice-support · SHA-256 "+fp[:16] {
			t.Errorf("%s: identifier %q", lang, d.Meta.Identifier)
		}
		found := false
		for _, k := range d.Meta.Keywords {
			found = found || k == "sha256:"+fp
		}
		if !found {
			t.Errorf("%s: keywords %v lack the fingerprint", lang, d.Meta.Keywords)
		}
		l, _ := FirstLayer(f.org, f.reg, f.ns[nSupport], lang, nuvolaDate)
		if l.Meta.HasControl() {
			t.Errorf("%s: the first layer has a document-control block", lang)
		}
	}
}

func TestNormalise(t *testing.T) {
	got := normalise("  a\t b \n\n\ne\u0301  \n")
	if got != "a b\né\n" {
		t.Errorf("normalise = %q", got)
	}
}

package notice

import (
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// render returns the full notice n of f in lang.
func (f *fixture) render(t *testing.T, n int, lang string) *doc.Document {
	t.Helper()
	d, err := Document(f.org, f.reg, f.ns[n], lang, nuvolaDate)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// sectionTitles returns the titles of every section, at every depth.
func sectionTitles(d *doc.Document) []string {
	var out []string
	doc.Walk(d.Blocks, func(n doc.Node) bool {
		if s, ok := n.(doc.Section); ok {
			out = append(out, s.Title)
		}
		return true
	})
	return out
}

func hasSection(d *doc.Document, title string) bool {
	for _, s := range sectionTitles(d) {
		if s == title {
			return true
		}
	}
	return false
}

// objectionNote returns the top-level right-to-object note, if any.
func objectionNoteOf(d *doc.Document, lang string) (doc.Note, bool) {
	for _, b := range d.Blocks {
		if n, ok := b.(doc.Note); ok && n.Title == tr(lang, "object_title") {
			return n, true
		}
	}
	return doc.Note{}, false
}

func TestDeriveDPO(t *testing.T) {
	for _, lang := range []string{"it", "en"} {
		f := newFixture()
		if d := f.render(t, nRecruiting, lang); !hasSection(d, tr(lang, "sec_dpo")) || !strings.Contains(doc.DocumentText(d.Blocks), "dpo@nuvolasoftware.it") {
			t.Errorf("%s: with a DPO the notice has no DPO section", lang)
		}
		f.org.DPO = nil
		d := f.render(t, nRecruiting, lang)
		if hasSection(d, tr(lang, "sec_dpo")) || strings.Contains(doc.DocumentText(d.Blocks), "dpo@nuvolasoftware.it") {
			t.Errorf("%s: without a DPO the notice still shows one", lang)
		}
	}
}

// addUSProcessor gives the recruiting activity a US processor.
func addUSProcessor(f *fixture, withTransfer bool) {
	f.reg.Recipients = append(f.reg.Recipients, register.Recipient{ID: "ats", Name: gdpr.Plain("TalentTrack Inc."), Kind: gdpr.Processor,
		Service: gdpr.T("piattaforma di selezione", "applicant tracking system"), Country: "US"})
	a := f.act("recruiting")
	a.Recipients = append(a.Recipients, "ats")
	if withTransfer {
		a.Transfers = append(a.Transfers, gdpr.Transfer{Recipient: "ats", Country: "US", Mechanism: gdpr.StandardContractualClauses,
			Safeguards: gdpr.T("Clausole tipo (decisione 2021/914) firmate il 2026-03-01; copia su richiesta a privacy@nuvolasoftware.it",
				"Standard clauses (decision 2021/914) signed on 2026-03-01; copy on request from privacy@nuvolasoftware.it")})
	}
}

func TestDeriveTransfer(t *testing.T) {
	for _, lang := range []string{"it", "en"} {
		f := newFixture()
		before := doc.DocumentText(f.render(t, nRecruiting, lang).Blocks)
		if !strings.Contains(before, tr(lang, "transfers_none")) {
			t.Fatalf("%s: recruiting should state no transfer:\n%s", lang, before)
		}
		addUSProcessor(f, true)
		after := doc.DocumentText(f.render(t, nRecruiting, lang).Blocks)
		for _, want := range []string{
			countryName(lang, "US"), upperFirst(gdpr.StandardContractualClauses.Label(lang)), cite(lang, "Art. 46(2)(c)"),
			"2021/914", "TalentTrack Inc.",
		} {
			if !strings.Contains(after, want) {
				t.Errorf("%s: transfer section lacks %q", lang, want)
			}
		}
		if strings.Contains(after, tr(lang, "transfers_none")) {
			t.Errorf("%s: the notice still says there is no transfer", lang)
		}
	}
}

func TestDeriveTransferMissing(t *testing.T) {
	f := newFixture()
	addUSProcessor(f, false)
	text := doc.DocumentText(f.render(t, nRecruiting, "en").Blocks)
	if !strings.Contains(text, "TalentTrack Inc. | United States | TO BE COMPLETED") {
		t.Errorf("a US processor without a recorded transfer should show a marker row:\n%s", text)
	}
	if got := Check(f.org, f.reg, f.ns, nuvolaDate).ByRule("NOTICE-11"); len(got) == 0 {
		t.Error("no NOTICE-11 finding")
	}
}

func TestDeriveConsent(t *testing.T) {
	for _, lang := range []string{"it", "en"} {
		f := newFixture()
		if d := f.render(t, nRecruiting, lang); hasSection(d, tr(lang, "sec_withdraw")) {
			t.Fatalf("%s: a contract-only notice has a withdrawal section", lang)
		}
		p := &f.act("recruiting").Purposes[0]
		p.LegalBasis = gdpr.Consent
		p.Withdrawal = gdpr.T("Scrivi a hr@nuvolasoftware.it", "Write to hr@nuvolasoftware.it")
		d := f.render(t, nRecruiting, lang)
		text := doc.DocumentText(d.Blocks)
		if !hasSection(d, tr(lang, "sec_withdraw")) || !strings.Contains(text, cite(lang, "Art. 13(2)(c)")) || !strings.Contains(text, p.Withdrawal.In(lang)) {
			t.Errorf("%s: switching to consent adds no withdrawal clause:\n%s", lang, text)
		}
		if !strings.Contains(text, upperFirst(gdpr.RightPortability.Label(lang))) {
			t.Errorf("%s: consent gives portability", lang)
		}
	}
}

func TestDeriveExplicitConsent(t *testing.T) {
	f := newFixture()
	a := f.act("recruiting")
	a.DataCategories = append(a.DataCategories, "health")
	a.SpecialConditions = []gdpr.SpecialCondition{gdpr.ExplicitConsent}
	if d := f.render(t, nRecruiting, "it"); !hasSection(d, tr("it", "sec_withdraw")) {
		t.Error("Art. 9(2)(a) explicit consent adds no withdrawal clause")
	}
}

func TestDeriveLegitimateInterest(t *testing.T) {
	interest := gdpr.T("Conservare un elenco di candidati per posizioni simili future", "Keeping a list of applicants for similar future positions")
	for _, lang := range []string{"it", "en"} {
		f := newFixture()
		if _, ok := objectionNoteOf(f.render(t, nRecruiting, lang), lang); ok {
			t.Fatalf("%s: a contract-only notice has a right-to-object note", lang)
		}
		p := &f.act("recruiting").Purposes[0]
		p.LegalBasis, p.LegitimateInterest = gdpr.LegitimateInterests, interest
		d := f.render(t, nRecruiting, lang)
		text := doc.DocumentText(d.Blocks)
		if !strings.Contains(text, interest.In(lang)) || !hasSection(d, tr(lang, "sec_li")) {
			t.Errorf("%s: the interest is not stated", lang)
		}
		if !strings.Contains(text, strings.Split(tr(lang, "li_balancing"), "%s")[0]) {
			t.Errorf("%s: the balancing test is not offered", lang)
		}
		n, ok := objectionNoteOf(d, lang)
		if !ok {
			t.Fatalf("%s: no separate right-to-object note", lang)
		}
		if n.Kind != doc.NoteLegal || !strings.Contains(doc.DocumentText(n.Blocks), p.Description.In(lang)) {
			t.Errorf("%s: the note does not name the purpose", lang)
		}
		// Apart from the rest: the rights list has no objection row.
		for _, b := range d.Blocks {
			if s, ok := b.(doc.Section); ok && s.Title == tr(lang, "sec_rights") {
				for _, rb := range s.Blocks {
					if l, ok := rb.(doc.List); ok && strings.Contains(doc.DocumentText([]doc.Block{l}), gdpr.RightObject.Label(lang)) {
						t.Errorf("%s: objection is a row of the rights list", lang)
					}
				}
			}
		}
	}
}

func TestDeriveDirectMarketing(t *testing.T) {
	f := newFixture()
	d := f.render(t, nNewsletter, "it")
	n, ok := objectionNoteOf(d, "it")
	if !ok {
		t.Fatal("direct marketing without a right-to-object note")
	}
	text := doc.DocumentText(n.Blocks)
	for _, want := range []string{"marketing diretto", "senza dover fornire motivazioni", "disiscriviti"} {
		if !strings.Contains(text, want) {
			t.Errorf("objection note lacks %q:\n%s", want, text)
		}
	}
	// The note comes before the controller: it is brought to attention first.
	if _, first := d.Blocks[1].(doc.Note); !first {
		t.Errorf("the objection note is not right after the opening")
	}
}

func TestDeriveArt14(t *testing.T) {
	for _, lang := range []string{"it", "en"} {
		f := newFixture()
		art14Recruiting(f)
		f.ns[nRecruiting].Obtained.Exemption = &Exemption{Ground: DisproportionateEffort, Assessment: "VAL-1", Measures: gdpr.T("Pubblicazione sul sito", "Publication on the website")}
		d := f.render(t, nRecruiting, lang)
		text := doc.DocumentText(d.Blocks)
		for _, want := range []string{
			tr(lang, "sec_source"), f.ns[nRecruiting].Obtained.Source.In(lang), tr(lang, "source_private"),
			AtFirstContact.Label(lang), cite(lang, "Art. 14(3)(b)"), cite(lang, "Art. 14(5)(b)"), "Publication on the website"[:0] + f.ns[nRecruiting].Obtained.Exemption.Measures.In(lang),
			cite(lang, "Art. 14(2)(a)"), tr(lang, "subtitle_art14"),
		} {
			if !strings.Contains(text+d.Meta.Subtitle, want) {
				t.Errorf("%s: Art. 14 notice lacks %q", lang, want)
			}
		}
		if hasSection(d, tr(lang, "sec_provision")) {
			t.Errorf("%s: an Art. 14 notice has the Art. 13(2)(e) section", lang)
		}
	}
}

func TestDeriveRecipientsByCategory(t *testing.T) {
	f := newFixture()
	f.ns[nSupport].Recipients = ByCategory
	text := doc.DocumentText(f.render(t, nSupport, "en").Blocks)
	if strings.Contains(text, "Helpwise Cloud Inc. |") || !strings.Contains(text, "Cloud ticketing provider — processor (United States)") {
		t.Errorf("recipients by category:\n%s", text)
	}
}

func TestDeriveAutomated(t *testing.T) {
	f := newFixture()
	f.act("recruiting").AutomatedDecisions = screening()
	d := f.render(t, nRecruiting, "en")
	text := doc.DocumentText(d.Blocks)
	for _, want := range []string{screening().Logic.In("en"), screening().Consequences.In("en"), "human intervention", upperFirst(gdpr.RightAutomated.Label("en"))} {
		if !strings.Contains(text, want) {
			t.Errorf("automated decisions: %q missing", want)
		}
	}
}

func TestDeriveErasureLimit(t *testing.T) {
	f := newFixture()
	a := f.act("recruiting")
	a.Purposes = append(a.Purposes, register.Purpose{Description: gdpr.T("Comunicare le assunzioni al centro per l'impiego", "Reporting hires to the job centre"), LegalBasis: gdpr.LegalObligation})
	text := doc.DocumentText(f.render(t, nRecruiting, "en").Blocks)
	if !strings.Contains(text, "Art. 17(3)(b) GDPR") {
		t.Error("a legal-obligation purpose does not limit erasure")
	}
}

func TestDeriveDefaultActivities(t *testing.T) {
	f := newFixture()
	f.ns[nSupport].Activities = nil
	v := resolve(f.org, f.reg, f.ns[nSupport], 0, nuvolaDate)
	if len(v.acts) != 1 || v.acts[0].a.ID != "support" {
		t.Errorf("default activities: %v", v.acts)
	}
	f.act("support").Omitted = true
	if v := resolve(f.org, f.reg, f.ns[nSupport], 0, nuvolaDate); len(v.acts) != 0 {
		t.Error("an omitted activity is covered by default")
	}
}

func TestDocumentLanguage(t *testing.T) {
	f := newFixture()
	if _, err := Document(f.org, f.reg, f.ns[0], "fr", nuvolaDate); err == nil {
		t.Error("Document accepted an unsupported language")
	}
	if _, err := FirstLayer(f.org, f.reg, f.ns[0], "de", nuvolaDate); err == nil {
		t.Error("FirstLayer accepted an unsupported language")
	}
}

func TestDocumentNilInputs(t *testing.T) {
	d, err := Document(nil, nil, Notice{ID: "x", Audience: []string{"a"}}, "it", nuvolaDate)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.DocumentText(d.Blocks), "DA COMPLETARE") {
		t.Error("an empty notice shows no missing-data marker")
	}
	if _, err := FirstLayer(nil, nil, Notice{ID: "x"}, "en", nuvolaDate); err != nil {
		t.Fatal(err)
	}
	Check(nil, nil, []Notice{{ID: "x"}}, nuvolaDate)
}

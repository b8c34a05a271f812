package notice

import (
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
)

func TestCite(t *testing.T) {
	for _, c := range []struct{ ref, it, en string }{
		{"Art. 6(1)(b)", "art. 6, par. 1, lett. b), GDPR", "Art. 6(1)(b) GDPR"},
		{"Art. 77", "art. 77 GDPR", "Art. 77 GDPR"},
		{"Art. 13(3)", "art. 13, par. 3, GDPR", "Art. 13(3) GDPR"},
		{"Art. 46(2)(b), 47", "art. 46, par. 2, lett. b), e art. 47, GDPR", "Art. 46(2)(b), 47 GDPR"},
		{"Art. 49(1), second subparagraph", "art. 49, par. 1, secondo comma, GDPR", "Art. 49(1), second subparagraph GDPR"},
		{"Art. 4(7)", "art. 4, punto 7, GDPR", "Art. 4(7) GDPR"},
		{"Recital 58", "Recital 58 GDPR", "Recital 58 GDPR"},
		{"", "", ""},
	} {
		if got := cite("it", c.ref); got != c.it {
			t.Errorf("cite(it, %q) = %q, want %q", c.ref, got, c.it)
		}
		if got := cite("en", c.ref); got != c.en {
			t.Errorf("cite(en, %q) = %q, want %q", c.ref, got, c.en)
		}
	}
}

func TestVagueIn(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "We may share your data", "may"},
		{"en", "Some data are kept", "Some"},
		{"en", "for purposes such as support", "for purposes such as"},
		{"en", "We keep data as long as necessary", "as long as necessary"},
		{"en", "names, emails, etc.", "etc."},
		{"en", "We keep data for 10 years", ""},
		{"en", "someone certainly", ""},
		{"it", "I dati potrebbero essere comunicati", "potrebbero"},
		{"it", "alcuni fornitori", "alcuni"},
		{"it", "taluni dati", "taluni"},
		{"it", "per il tempo necessario", "per il tempo necessario"},
		{"it", "ad esempio il nome", "ad esempio"},
		{"it", "Non comunichiamo i dati ad alcun destinatario", ""},
		{"it", "Conserviamo i dati per 10 anni", ""},
		{"", "We might", "might"},
		{"", "potranno", "potranno"},
	} {
		if got := vagueIn(c.lang, c.text); got != c.want {
			t.Errorf("vagueIn(%q, %q) = %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}

// TestCatalogPlain checks gdprkit's own clauses use none of the wording
// its rules reject.
func TestCatalogPlain(t *testing.T) {
	for key, e := range i18n.Notice {
		for lang, s := range map[string]string{"it": e.IT, "en": e.EN} {
			if term := vagueIn(lang, s); term != "" {
				t.Errorf("%s (%s): vague %q in %q", key, lang, term, s)
			}
		}
	}
}

func TestArt14Deadline(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	var zero time.Time
	for _, c := range []struct {
		name                                string
		obtained, contact, disclosure, want time.Time
	}{
		{"one month", day(1, 10), zero, zero, day(2, 10)},
		{"month end clamped", day(1, 31), zero, zero, day(2, 28)},
		{"first contact earlier", day(1, 10), day(1, 20), zero, day(1, 20)},
		{"disclosure earlier still", day(1, 10), day(1, 20), day(1, 15), day(1, 15)},
		{"contact later than a month", day(1, 10), day(3, 1), zero, day(2, 10)},
	} {
		if got := Art14Deadline(c.obtained, c.contact, c.disclosure); !got.Equal(c.want) {
			t.Errorf("%s: got %s, want %s", c.name, got.Format(time.DateOnly), c.want.Format(time.DateOnly))
		}
	}
}

func TestEnums(t *testing.T) {
	type enum interface {
		Valid() bool
		Keys() []string
	}
	for _, e := range []struct {
		zero  enum
		valid func(string) bool
		label func(string, string) string
	}{
		{Kind(""), func(k string) bool { return Kind(k).Valid() }, func(k, l string) string { return Kind(k).Label(l) }},
		{Timing(""), func(k string) bool { return Timing(k).Valid() }, func(k, l string) string { return Timing(k).Label(l) }},
		{ExemptionGround(""), func(k string) bool { return ExemptionGround(k).Valid() }, func(k, l string) string { return ExemptionGround(k).Label(l) }},
		{RecipientDetail(""), func(k string) bool { return RecipientDetail(k).Valid() }, func(k, l string) string { return RecipientDetail(k).Label(l) }},
	} {
		if !e.zero.Valid() {
			t.Errorf("%T: the empty value is not valid", e.zero)
		}
		if e.valid("bogus") {
			t.Errorf("%T: bogus is valid", e.zero)
		}
		for _, k := range e.zero.Keys() {
			if !e.valid(k) || e.label(k, "it") == k || e.label(k, "en") == k || e.label(k, "it") == e.label(k, "en") {
				t.Errorf("%T %q: invalid or unlabelled", e.zero, k)
			}
		}
	}
	if Art14.Article() != "Art. 14" || AtFirstContact.Article() != "Art. 14(3)(b)" || DisproportionateEffort.Article() != "Art. 14(5)(b)" {
		t.Error("enum articles")
	}
	if (Notice{}).KindOrDefault() != Art13 {
		t.Error("default kind")
	}
}

func TestFileNames(t *testing.T) {
	if FileBase("support") != "notice-support" || ShortFileBase("support") != "notice-support-short" {
		t.Error("file names")
	}
}

func TestCountryName(t *testing.T) {
	for _, c := range []struct{ lang, code, want string }{
		{"it", "US", "Stati Uniti"}, {"en", "US", "United States"}, {"it", "EL", "Grecia"}, {"en", "", ""}, {"en", "ZZZ", "ZZZ"},
	} {
		if got := countryName(c.lang, c.code); got != c.want {
			t.Errorf("countryName(%s, %s) = %q, want %q", c.lang, c.code, got, c.want)
		}
	}
}

// TestVagueRetentionAgrees checks the fast retention matcher agrees with
// gdpr.IsVague, the shared definition.
func TestVagueRetentionAgrees(t *testing.T) {
	for _, s := range []string{
		"as long as necessary", "For as long as we need them", "kept indefinitely", "per il tempo necessario alla selezione",
		"fino a quando sarà necessario", "a tempo indeterminato", "10 anni", "until consent is withdrawn", "fino alla revoca del consenso",
		"72 months from the end of the contract", "per sempre",
	} {
		if got, want := vagueRetention(gdpr.Plain(s)) != "", gdpr.IsVague(s); got != want {
			t.Errorf("%q: fast matcher %v, gdpr.IsVague %v", s, got, want)
		}
	}
}

package i18n

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestCite(t *testing.T) {
	tests := []struct{ ref, it, en string }{
		{"Art. 6(1)(b)", "art. 6, par. 1, lett. b)", "Art. 6(1)(b)"},
		{"Art. 28", "art. 28", "Art. 28"},
		{"Art. 4(7)", "art. 4, punto 7", "Art. 4(7)"},
		{"Art. 46(2)(b), 47", "art. 46, par. 2, lett. b), e art. 47", "Art. 46(2)(b), 47"},
		{"Art. 49(1), second subparagraph", "art. 49, par. 1, secondo comma", "Art. 49(1), second subparagraph"},
		{"Recital 26", "Recital 26", "Recital 26"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := Cite("it", tt.ref); got != tt.it {
			t.Errorf("Cite(it, %q) = %q, want %q", tt.ref, got, tt.it)
		}
		if got := Cite("en", tt.ref); got != tt.en {
			t.Errorf("Cite(en, %q) = %q, want %q", tt.ref, got, tt.en)
		}
	}
}

func TestParen(t *testing.T) {
	tests := []struct{ in, want string }{
		{"art. 6, par. 1, lett. b)", "(art. 6, par. 1, lett. b)"},
		{"Art. 6(1)(b)", "(Art. 6(1)(b))"},
		{"art. 28", "(art. 28)"},
	}
	for _, tt := range tests {
		if got := Paren(tt.in); got != tt.want {
			t.Errorf("Paren(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCountryName(t *testing.T) {
	tests := []struct{ lang, code, want string }{
		{"it", "US", "Stati Uniti"},
		{"en", "US", "United States"},
		{"it", "DE", "Germania"},
		{"en", "EL", "Greece"},
		{"en", "ZZ", "ZZ"},
		{"en", "", ""},
		{"en", "USA", "USA"},
	}
	for _, tt := range tests {
		if got := CountryName(tt.lang, tt.code); got != tt.want {
			t.Errorf("CountryName(%s, %q) = %q, want %q", tt.lang, tt.code, got, tt.want)
		}
	}
}

// TestRequestsCatalog: both languages, the same placeholders, the same
// articles.
func TestRequestsCatalog(t *testing.T) {
	article := regexp.MustCompile(`(?i)\b(?:artt?\.|arts\.|articles?)\s*(\d+)`)
	for key, e := range Requests {
		if strings.TrimSpace(e.IT) == "" || strings.TrimSpace(e.EN) == "" {
			t.Errorf("%s: missing a language", key)
		}
		if it, en := verb.FindAllString(e.IT, -1), verb.FindAllString(e.EN, -1); !slices.Equal(it, en) {
			t.Errorf("%s: placeholders %v (it) vs %v (en)", key, it, en)
		}
		it, en := article.FindAllStringSubmatch(e.IT, -1), article.FindAllStringSubmatch(e.EN, -1)
		if len(it) != len(en) {
			t.Errorf("%s: cites %d articles (it) but %d (en)", key, len(it), len(en))
		}
	}
}

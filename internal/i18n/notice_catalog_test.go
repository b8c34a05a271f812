package i18n

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

var verb = regexp.MustCompile(`%[a-z]`)

// TestNoticeCatalog checks every entry of the notice catalog has both
// languages, the same placeholders in the same order (the notice fills
// them positionally with links), and that a clause citing an article in
// one language cites it in the other.
func TestNoticeCatalog(t *testing.T) {
	article := regexp.MustCompile(`(?i)\b(?:artt?\.|arts\.|articles?|articolo)\s*(\d+)`)
	for key, e := range Notice {
		if strings.TrimSpace(e.IT) == "" || strings.TrimSpace(e.EN) == "" {
			t.Errorf("%s: missing a language", key)
			continue
		}
		if it, en := verb.FindAllString(e.IT, -1), verb.FindAllString(e.EN, -1); !slices.Equal(it, en) {
			t.Errorf("%s: placeholders %v (it) vs %v (en)", key, it, en)
		}
		nums := func(s string) []string {
			var out []string
			for _, m := range article.FindAllStringSubmatch(s, -1) {
				out = append(out, m[1])
			}
			slices.Sort(out)
			return slices.Compact(out)
		}
		if it, en := nums(e.IT), nums(e.EN); !slices.Equal(it, en) {
			t.Errorf("%s: cites articles %v (it) but %v (en)", key, it, en)
		}
	}
}

package notice

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
)

// tr returns the catalog entry key in lang, formatted with args.
func tr(lang, key string, args ...any) string { return i18n.Notice.T(lang, key, args...) }

// fill returns the catalog entry key in lang as inlines, with each %s
// replaced by the next argument, so a clause can hold links.
func fill(lang, key string, args ...[]doc.Inline) []doc.Inline {
	parts := strings.Split(tr(lang, key), "%s")
	out := make([]doc.Inline, 0, 2*len(parts))
	for i, p := range parts {
		if p != "" {
			out = append(out, doc.Text(p))
		}
		if i < len(parts)-1 && i < len(args) {
			out = append(out, args[i]...)
		}
	}
	return out
}

// para is fill as a paragraph.
func para(lang, key string, args ...[]doc.Inline) doc.Paragraph {
	return doc.Paragraph{Inlines: fill(lang, key, args...)}
}

// in groups inlines into one fill argument.
func in(x ...doc.Inline) []doc.Inline { return x }

// str is a plain-text fill argument.
func str(s string) []doc.Inline { return []doc.Inline{doc.Text(s)} }

// missing is the visible marker for data a draft lacks.
func missing(lang string) doc.Inline { return doc.B(i18n.Missing(lang)) }

// text returns t in lang, or the missing marker when t is empty.
func text(t gdpr.Text, lang string) doc.Inline {
	if t.IsEmpty() {
		return missing(lang)
	}
	return doc.Text(t.In(lang))
}

// mail returns a mailto link showing the address, or the missing marker.
func mail(lang, addr string) doc.Inline {
	if addr == "" {
		return missing(lang)
	}
	return doc.L("mailto:"+addr, addr)
}

// web returns a link showing the URL without its scheme.
func web(url string) doc.Inline {
	shown := strings.TrimPrefix(strings.TrimPrefix(url, "https://"), "http://")
	return doc.L(url, strings.TrimSuffix(shown, "/"))
}

// joinInlines joins groups of inlines with sep.
func joinInlines(groups [][]doc.Inline, sep string) []doc.Inline {
	var out []doc.Inline
	for i, g := range groups {
		if i > 0 {
			out = append(out, doc.Text(sep))
		}
		out = append(out, g...)
	}
	return out
}

// quote puts s in the quotation marks of lang.
func quote(lang, s string) string {
	if lang == "it" {
		return "«" + s + "»"
	}
	return "“" + s + "”"
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// countryName returns the name of an ISO 3166-1 country in lang, or the
// code when unknown.
func countryName(lang, code string) string {
	if !gdpr.IsCountry(code) {
		return code
	}
	if code == "EL" {
		code = "GR"
	}
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	tag := language.English
	if lang == "it" {
		tag = language.Italian
	}
	if name := display.Regions(tag).Name(r); name != "" {
		return name
	}
	return code
}

package html

import "strings"

// defaultLanguage is the page language when the document has none or an
// invalid one: English, the language of [doc.DefaultLabels].
const defaultLanguage = "en"

// pageLanguage returns lang when it has the shape of a BCP 47 tag
// ("it", "en-GB", "sr-Latn"), else [defaultLanguage]. A value that is not a
// tag could otherwise break out of the attribute or mislead screen readers.
func pageLanguage(lang string) string {
	lang = strings.TrimSpace(lang)
	if lang == "" || len(lang) > 35 {
		return defaultLanguage
	}
	for i, part := range strings.Split(lang, "-") {
		if part == "" || len(part) > 8 || (i == 0 && (len(part) < 2 || !isLetters(part))) {
			return defaultLanguage
		}
		for _, c := range []byte(part) {
			if !isASCIIAlnum(c) {
				return defaultLanguage
			}
		}
	}
	return lang
}

// isRightToLeft reports whether the primary language of tag is written
// right to left, so the page gets dir="rtl".
func isRightToLeft(tag string) bool {
	primary, _, _ := strings.Cut(strings.ToLower(tag), "-")
	switch primary {
	case "ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi":
		return true
	}
	return false
}

func isLetters(s string) bool {
	for _, c := range []byte(s) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

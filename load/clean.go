package load

import (
	"reflect"

	"golang.org/x/text/unicode/norm"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
)

// CleanText drops what XML 1.0 forbids — control characters other than
// tab, newline and carriage return, U+FFFE, U+FFFF, surrogates and invalid
// UTF-8 — and normalises to NFC, so decomposed accents (common from macOS)
// render with fonts that have no combining marks.
func CleanText(s string) string { return norm.NFC.String(doc.CleanText(s)) }

// clean walks a decoded value: it cleans every string and assigns plain
// texts to the pack's language.
func clean(v reflect.Value, lang string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			clean(v.Elem(), lang)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				clean(v.Field(i), lang)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			clean(v.Index(i), lang)
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(CleanText(v.String()))
		}
	case reflect.Map:
		if v.Type() == textType && !v.IsNil() && v.CanSet() {
			t := v.Interface().(gdpr.Text)
			out := make(gdpr.Text, len(t))
			for k, s := range t {
				out[k] = CleanText(s)
			}
			v.Set(reflect.ValueOf(out.Localize(lang)))
		}
	}
}

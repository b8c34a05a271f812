package load

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

var (
	validateOnce sync.Once
	shapes       *validator.Validate
)

// validatorFor returns the shared validator with gdprkit's tags: enum,
// date, duration, id, country, dpv.
func validatorFor() *validator.Validate {
	validateOnce.Do(func() {
		v := validator.New(validator.WithRequiredStructEnabled())
		v.RegisterTagNameFunc(func(f reflect.StructField) string {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				return ""
			}
			return name
		})
		must := func(tag string, fn validator.Func) {
			if err := v.RegisterValidation(tag, fn); err != nil {
				panic(err) // a programming error in the tag table, caught by every test
			}
		}
		must("enum", func(fl validator.FieldLevel) bool {
			e, ok := fl.Field().Interface().(gdpr.Enum)
			return !ok || e.Valid()
		})
		must("date", func(fl validator.FieldLevel) bool { return gdpr.Date(fl.Field().String()).Valid() })
		must("duration", func(fl validator.FieldLevel) bool { return gdpr.Duration(fl.Field().String()).Valid() })
		must("id", func(fl validator.FieldLevel) bool { return idPattern.MatchString(fl.Field().String()) })
		must("country", func(fl validator.FieldLevel) bool { return gdpr.IsCountry(fl.Field().String()) })
		must("dpv", func(fl validator.FieldLevel) bool { return gdpr.IsDPVTerm(fl.Field().String()) })
		shapes = v
	})
	return shapes
}

// validateShapes checks field shapes (required, email, enum…) of any
// struct and returns findings at YAML paths below root ("" for a Pack).
func validateShapes(v any) []check.Diagnostic {
	err := validatorFor().Struct(v)
	var verrs validator.ValidationErrors
	if err == nil || !errors.As(err, &verrs) {
		return nil
	}
	out := make([]check.Diagnostic, 0, len(verrs))
	for _, fe := range verrs {
		out = append(out, shapeFinding(fe))
	}
	return out
}

func yamlPath(fe validator.FieldError) string {
	ns := fe.Namespace()
	if _, rest, ok := strings.Cut(ns, "."); ok {
		return rest
	}
	return ns
}

func shapeFinding(fe validator.FieldError) check.Diagnostic {
	path := yamlPath(fe)
	field := fe.Field()
	val := fmt.Sprint(fe.Value())
	d := check.Diagnostic{Rule: "SHAPE", Severity: check.Error, Path: path}
	switch fe.Tag() {
	case "required":
		d.Message = check.Msg(fmt.Sprintf("il campo %s è obbligatorio", field), fmt.Sprintf("field %s is required", field))
		d.Hint = check.Msg(fmt.Sprintf("aggiungere %s", field), fmt.Sprintf("add %s", field))
	case "enum":
		var keys []string
		if e, ok := fe.Value().(gdpr.Enum); ok {
			keys = e.Keys()
		}
		d.Rule = "SHAPE-ENUM"
		msgIT := fmt.Sprintf("valore %q non ammesso per %s", val, field)
		msgEN := fmt.Sprintf("value %q is not allowed for %s", val, field)
		if s := suggest(val, keys); s != "" {
			msgIT += fmt.Sprintf("; forse intendevi %q?", s)
			msgEN += fmt.Sprintf("; did you mean %q?", s)
		}
		d.Message = check.Msg(msgIT, msgEN)
		d.Hint = check.Msg("valori ammessi: "+strings.Join(keys, ", "), "allowed values: "+strings.Join(keys, ", "))
	case "oneof":
		d.Rule = "SHAPE-ENUM"
		d.Message = check.Msg(fmt.Sprintf("valore %q non ammesso per %s", val, field), fmt.Sprintf("value %q is not allowed for %s", val, field))
		d.Hint = check.Msg("valori ammessi: "+fe.Param(), "allowed values: "+fe.Param())
	case "date":
		d.Message = check.Msg(fmt.Sprintf("%q non è una data", val), fmt.Sprintf("%q is not a date", val))
		d.Hint = check.Msg("scrivere la data come AAAA-MM-GG, ad es. 2026-11-22", "write the date as YYYY-MM-DD, e.g. 2026-11-22")
	case "duration":
		d.Message = check.Msg(fmt.Sprintf("%q non è una durata ISO 8601", val), fmt.Sprintf("%q is not an ISO 8601 duration", val))
		d.Hint = check.Msg("ad es. P72M (72 mesi), P10Y (10 anni), P30D (30 giorni), PT30M (30 minuti)", "e.g. P72M (72 months), P10Y (10 years), P30D (30 days), PT30M (30 minutes)")
	case "id":
		d.Message = check.Msg(fmt.Sprintf("%q non è un id valido", val), fmt.Sprintf("%q is not a valid id", val))
		d.Hint = check.Msg("usare lettere minuscole, cifre, - e _, ad es. support-users", "use lower-case letters, digits, - and _, e.g. support-users")
	case "country":
		d.Message = check.Msg(fmt.Sprintf("%q non è un codice paese ISO 3166-1", val), fmt.Sprintf("%q is not an ISO 3166-1 country code", val))
		d.Hint = check.Msg("usare due lettere maiuscole, ad es. IT, US, DE", "use two capital letters, e.g. IT, US, DE")
	case "dpv":
		d.Message = check.Msg(fmt.Sprintf("%q non è un termine DPV 2.3", val), fmt.Sprintf("%q is not a DPV 2.3 term", val))
		hintIT, hintEN := "scrivere prefisso:Termine, ad es. pd:Health, dpv:CustomerCare", "write prefix:Term, e.g. pd:Health, dpv:CustomerCare"
		if s := suggest(val, gdpr.DPVTerms()); s != "" {
			hintIT, hintEN = fmt.Sprintf("forse intendevi %q?", s), fmt.Sprintf("did you mean %q?", s)
		}
		d.Hint = check.Msg(hintIT, hintEN)
	case "email":
		d.Message = check.Msg(fmt.Sprintf("%q non è un indirizzo email", val), fmt.Sprintf("%q is not an email address", val))
		d.Hint = check.Msg("ad es. privacy@example.it", "e.g. privacy@example.com")
	case "url":
		d.Message = check.Msg(fmt.Sprintf("%q non è un URL", val), fmt.Sprintf("%q is not a URL", val))
		d.Hint = check.Msg("ad es. https://www.example.it", "e.g. https://www.example.com")
	default:
		d.Message = check.Msg(fmt.Sprintf("%s: vincolo %s non rispettato", field, fe.Tag()), fmt.Sprintf("%s: constraint %s not met", field, fe.Tag()))
		d.Hint = check.Msg("correggere il valore", "correct the value")
	}
	return d
}

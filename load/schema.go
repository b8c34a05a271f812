package load

import (
	"encoding/json"
	"path"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/gdprkit/gdprkit/gdpr"
)

// SchemaID is the $id of the pack's JSON Schema.
const SchemaID = "https://gdprkit.dev/schemas/pack.schema.json"

// Schema returns the JSON Schema of [Pack], reflected from the model's
// json tags. When root is the module's source directory, descriptions come
// from the doc comments; with "" they are left out.
func Schema(root string) ([]byte, error) {
	r := &jsonschema.Reflector{
		Mapper:         schemaMapper,
		Namer:          schemaName,
		ExpandedStruct: true,
	}
	if root != "" {
		if err := r.AddGoComments("github.com/gdprkit/gdprkit", root); err != nil {
			return nil, err
		}
	}
	s := r.Reflect(&Pack{})
	s.ID = SchemaID
	s.Title = "gdprkit pack"
	s.Description = "One organisation's GDPR source of truth: the Art. 30 register, privacy notices, breach records and the helpdesk support-data policy."
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// schemaName names a type's definition after its package and name
// (helpdesk.Channel → HelpdeskChannel): sections have types of the same
// name (breach.Channel and helpdesk.Channel), and invopop would otherwise
// let one silently replace the other.
func schemaName(t reflect.Type) string {
	pkg := path.Base(t.PkgPath())
	if pkg == "" || pkg == "." || pkg == "load" {
		return t.Name()
	}
	return strings.ToUpper(pkg[:1]) + pkg[1:] + t.Name()
}

var (
	enumType     = reflect.TypeFor[gdpr.Enum]()
	dateType     = reflect.TypeFor[gdpr.Date]()
	durationType = reflect.TypeFor[gdpr.Duration]()
)

// schemaMapper gives the vocabulary's value types their JSON shapes:
// Text is a string or a language map, dates and durations are patterned
// strings, enumerations list their keys.
func schemaMapper(t reflect.Type) *jsonschema.Schema {
	switch {
	case t == textType:
		return &jsonschema.Schema{OneOf: []*jsonschema.Schema{
			{Type: "string"},
			{Type: "object", PropertyNames: &jsonschema.Schema{Pattern: "^[a-z]{2}$"},
				AdditionalProperties: &jsonschema.Schema{Type: "string"}},
		}, Description: "Text in the pack's language, or a map of ISO 639-1 language to text such as {it: …, en: …}."}
	case t == dateType:
		return &jsonschema.Schema{Type: "string", Pattern: `^\d{4}-\d{2}-\d{2}$`, Description: "A date, YYYY-MM-DD."}
	case t == durationType:
		return &jsonschema.Schema{Type: "string", Pattern: `^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?)?$`, Description: "An ISO 8601 duration, e.g. P72M, P30D or PT30M."}
	case t.Kind() == reflect.String && t.Implements(enumType):
		e := reflect.Zero(t).Interface().(gdpr.Enum)
		s := &jsonschema.Schema{Type: "string"}
		for _, k := range e.Keys() {
			s.Enum = append(s.Enum, k)
		}
		return s
	}
	return nil
}

package load

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/goccy/go-yaml/ast"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

var textType = reflect.TypeFor[gdpr.Text]()

// fieldNames returns the YAML names of a struct's fields, in order, with
// their types.
func fieldNames(t reflect.Type) ([]string, map[string]reflect.Type) {
	var names []string
	types := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		names = append(names, name)
		types[name] = f.Type
	}
	return names, types
}

// checkKeys walks a YAML node alongside the Go type it decodes into and
// reports every key the type does not have, with the closest known name.
func checkKeys(n ast.Node, t reflect.Type, path string, ix index, r *check.Report) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch v := n.(type) {
	case *ast.DocumentNode:
		checkKeys(v.Body, t, path, ix, r)
		return
	case *ast.AnchorNode:
		checkKeys(v.Value, t, path, ix, r)
		return
	case *ast.TagNode:
		checkKeys(v.Value, t, path, ix, r)
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		names, types := fieldNames(t)
		eachEntry(n, func(mv *ast.MappingValueNode) {
			key := keyString(mv.Key)
			p := join(path, key)
			ft, ok := types[key]
			if !ok {
				msgIT := fmt.Sprintf("campo sconosciuto %q", key)
				msgEN := fmt.Sprintf("unknown field %q", key)
				hintIT := "campi ammessi: " + strings.Join(names, ", ")
				hintEN := "known fields: " + strings.Join(names, ", ")
				if s := suggest(key, names); s != "" {
					msgIT += fmt.Sprintf("; forse intendevi %q?", s)
					msgEN += fmt.Sprintf("; did you mean %q?", s)
					hintIT = fmt.Sprintf("rinominare %q in %q", key, s)
					hintEN = fmt.Sprintf("rename %q to %q", key, s)
				}
				r.Add(check.Diagnostic{Rule: "YAML-KEY", Severity: check.Error, Path: p,
					Message: check.Msg(msgIT, msgEN), Hint: check.Msg(hintIT, hintEN)})
				return
			}
			checkKeys(mv.Value, ft, p, ix, r)
		})
	case reflect.Slice:
		if sq, ok := n.(*ast.SequenceNode); ok {
			for i, e := range sq.Values {
				checkKeys(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i), ix, r)
			}
		}
	case reflect.Map:
		if t == textType {
			eachEntry(n, func(mv *ast.MappingValueNode) {
				lang := keyString(mv.Key)
				if len(lang) != 2 || strings.ToLower(lang) != lang {
					r.Add(check.Diagnostic{Rule: "YAML-KEY", Severity: check.Error, Path: join(path, lang),
						Message: check.Msg(fmt.Sprintf("%q non è un codice di lingua ISO 639-1", lang), fmt.Sprintf("%q is not an ISO 639-1 language code", lang)),
						Hint:    check.Msg("usare chiavi come it ed en: {it: …, en: …}", "use keys such as it and en: {it: …, en: …}")})
				}
			})
		}
	}
}

func eachEntry(n ast.Node, fn func(*ast.MappingValueNode)) {
	switch v := n.(type) {
	case *ast.MappingNode:
		for _, mv := range v.Values {
			fn(mv)
		}
	case *ast.MappingValueNode:
		fn(v)
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// suggest returns the known name closest to s, or "" when none is close
// enough to be a likely typo.
func suggest(s string, known []string) string {
	best, bestD := "", len(s)/2+2
	for _, k := range known {
		d := distance(strings.ToLower(s), k)
		if d < bestD || (d == bestD && best != "" && k < best) {
			best, bestD = k, d
		}
	}
	if best == "" || bestD > max(2, len(s)/3) {
		return ""
	}
	return best
}

// distance is the Levenshtein edit distance.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Suggest returns the value of known closest to s, for "did you mean"
// hints elsewhere (enumeration values).
func Suggest(s string, known []string) string { return suggest(s, slices.Clone(known)) }

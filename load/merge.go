package load

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/gdprkit/gdprkit/check"
)

// merger merges one file's pack into the accumulated pack: lists are
// appended, structs merged field by field, and a scalar set in two files
// with different values is a conflict.
type merger struct {
	shifts    []shiftAt // renumbering of the file's list elements
	conflicts []string  // paths set differently in two files
}

type shiftAt struct {
	prefix string
	offset int
}

func (m *merger) merge(dst, src reflect.Value, path string) {
	switch dst.Kind() {
	case reflect.Struct:
		t := dst.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" {
				name = strings.ToLower(f.Name)
			}
			m.merge(dst.Field(i), src.Field(i), join(path, name))
		}
	case reflect.Slice:
		if src.Len() == 0 {
			return
		}
		if dst.Len() > 0 {
			m.shifts = append(m.shifts, shiftAt{path, dst.Len()})
		}
		dst.Set(reflect.AppendSlice(dst, src))
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		if dst.IsNil() {
			dst.Set(src)
			return
		}
		m.merge(dst.Elem(), src.Elem(), path)
	default:
		if src.IsZero() {
			return
		}
		if dst.IsZero() {
			dst.Set(src)
			return
		}
		if !reflect.DeepEqual(dst.Interface(), src.Interface()) {
			m.conflicts = append(m.conflicts, path)
		}
	}
}

// mergeInto merges src into dst and returns the findings for conflicts,
// positioned in the second file, and src's index renumbered.
func mergeInto(dst, src *Pack, srcIndex index, file string) ([]check.Diagnostic, index) {
	m := &merger{}
	m.merge(reflect.ValueOf(dst).Elem(), reflect.ValueOf(src).Elem(), "")
	for _, s := range m.shifts {
		srcIndex = srcIndex.shift(s.prefix, s.offset)
	}
	var ds []check.Diagnostic
	for _, p := range m.conflicts {
		ds = append(ds, check.Diagnostic{Rule: "YAML-MERGE", Severity: check.Error, Path: p,
			Message: check.Msg(fmt.Sprintf("%s ha valori diversi in più file (%s)", p, file), fmt.Sprintf("%s has different values in several files (%s)", p, file)),
			Hint:    check.Msg("definire il valore in un solo file", "define the value in one file only")})
	}
	return ds, srcIndex
}

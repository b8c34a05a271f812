package load

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/gdprkit/gdprkit/check"
)

// Result is a loaded pack with its findings.
type Result struct {
	// Pack is the merged pack; nil when a source could not be parsed or
	// decoded at all.
	Pack *Pack
	// Report holds every finding — syntax, keys, shapes and GDPR rules —
	// positioned and sorted.
	Report check.Report

	index index
}

// Position returns where a YAML path of the merged pack is in its source,
// with the source line; ok is false when the path is in no source.
func (r *Result) Position(path string) (pos check.Position, line string, ok bool) {
	s, ok := r.index.locate(path)
	return s.pos, s.src, ok
}

// Locate fills Pos and Source of diagnostics from their Path. Domain
// checks run outside Load (by the CLI, say) use it to position their
// findings.
func (r *Result) Locate(ds []check.Diagnostic) {
	for i := range ds {
		if ds[i].Pos.IsValid() {
			continue
		}
		if s, ok := r.index.locate(ds[i].Path); ok {
			ds[i].Pos, ds[i].Source = s.pos, s.src
		}
	}
}

// Load parses, decodes, merges, cleans, validates and checks the sources.
// It never panics: any failure is a finding in the report.
func Load(sources ...Source) (res *Result) {
	res = &Result{index: index{}}
	defer func() {
		if p := recover(); p != nil {
			res.Pack = nil
			res.Report.Add(check.Diagnostic{Rule: "LOAD", Severity: check.Error,
				Message: check.Msg(fmt.Sprintf("errore interno durante il caricamento: %v", p), fmt.Sprintf("internal error while loading: %v", p)),
				Hint:    check.Msg("segnalare il problema allegando il file", "report the problem with the file attached")})
		}
	}()
	if len(sources) == 0 {
		res.Report.Add(check.Diagnostic{Rule: "LOAD", Severity: check.Error,
			Message: check.Msg("nessun file da caricare", "no file to load"),
			Hint:    check.Msg("indicare un file YAML, una cartella o -", "name a YAML file, a directory or -")})
		return res
	}
	merged := &Pack{}
	fatal := false
	for _, src := range sources {
		p, ix, ds, ok := loadOne(src)
		res.Report.Add(ds...)
		if !ok {
			fatal = true
			continue
		}
		conflicts, ix := mergeInto(merged, p, ix, src.Name)
		for k, v := range ix {
			if _, exists := res.index[k]; !exists {
				res.index[k] = v
			}
		}
		res.Report.Add(conflicts...)
	}
	if fatal {
		res.Locate(res.Report.Diagnostics)
		res.Report.Sort()
		return res
	}
	lang := merged.Language
	if lang == "" {
		lang = "it"
	}
	clean(reflect.ValueOf(merged), lang)
	res.Pack = merged
	res.Report.Add(validateShapes(merged)...)
	res.Report.Merge(Check(merged))
	res.Locate(res.Report.Diagnostics)
	res.Report.Sort()
	return res
}

// loadOne parses and decodes one source. ok is false when the source
// cannot be used (syntax or type error).
func loadOne(src Source) (*Pack, index, []check.Diagnostic, bool) {
	lns := lines(src.Data)
	ix := index{}
	var ds []check.Diagnostic
	if len(bytes.TrimSpace(src.Data)) == 0 {
		return &Pack{}, ix, nil, true
	}
	file, err := parser.ParseBytes(src.Data, 0)
	if err != nil {
		return nil, ix, []check.Diagnostic{yamlError(err, src.Name, lns, "YAML-SYNTAX", ix)}, false
	}
	if len(file.Docs) > 1 {
		ds = append(ds, check.Diagnostic{Rule: "YAML-SYNTAX", Severity: check.Error,
			Pos:     check.Position{File: src.Name},
			Message: check.Msg("il file contiene più documenti YAML (---)", "the file holds several YAML documents (---)"),
			Hint:    check.Msg("dividere i documenti in file separati", "split the documents into separate files")})
		return nil, ix, ds, false
	}
	var body ast.Node
	if len(file.Docs) == 1 {
		body = file.Docs[0].Body
	}
	if body == nil {
		return &Pack{}, ix, nil, true
	}
	if _, ok := body.(*ast.MappingNode); !ok {
		if _, ok := body.(*ast.MappingValueNode); !ok {
			d := check.Diagnostic{Rule: "YAML-TYPE", Severity: check.Error,
				Message: check.Msg("il pacchetto deve essere una mappa di sezioni (version, controller, register, …)", "a pack must be a mapping of sections (version, controller, register, …)"),
				Hint:    check.Msg("iniziare il file con chiavi come version: 1", "start the file with keys such as version: 1")}
			s := posOf(body.GetToken(), src.Name, lns)
			d.Pos, d.Source = s.pos, s.src
			return nil, ix, []check.Diagnostic{d}, false
		}
	}
	ix.build(body, "", src.Name, lns)
	var keys check.Report
	checkKeys(body, reflect.TypeFor[Pack](), "", ix, &keys)
	// Position unknown-key findings now: their paths exist only in this file.
	for _, d := range keys.Diagnostics {
		if s, ok := ix.locate(d.Path); ok {
			d.Pos, d.Source = s.pos, s.src
		}
		ds = append(ds, d)
	}
	p := &Pack{}
	dec := yaml.NewDecoder(bytes.NewReader(src.Data))
	if err := dec.DecodeFromNode(body, p); err != nil {
		ds = append(ds, yamlError(err, src.Name, lns, "YAML-TYPE", ix))
		return nil, ix, ds, false
	}
	return p, ix, ds, true
}

// yamlError turns a goccy error into a positioned finding.
func yamlError(err error, file string, lns []string, rule string, ix index) check.Diagnostic {
	d := check.Diagnostic{Rule: rule, Severity: check.Error, Pos: check.Position{File: file}}
	msg := err.Error()
	var ye yaml.Error
	if errors.As(err, &ye) {
		msg = ye.GetMessage()
		if tk := ye.GetToken(); tk != nil {
			s := posOf(tk, file, lns)
			d.Pos, d.Source = s.pos, s.src
			d.Path = ix.at(file, s.pos.Line, s.pos.Column)
		}
	}
	msg = strings.TrimSpace(msg)
	if rule == "YAML-SYNTAX" {
		d.Message = check.Msg("errore di sintassi YAML: "+msg, "YAML syntax error: "+msg)
		d.Hint = check.Msg("controllare indentazione, due punti e virgolette alla riga indicata", "check indentation, colons and quotes at the line shown")
	} else {
		d.Message = check.Msg("tipo di valore errato: "+msg, "wrong type of value: "+msg)
		d.Hint = check.Msg("confrontare il valore con lo schema (gdprkit schema)", "compare the value with the schema (gdprkit schema)")
	}
	return d
}

package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/gdprkit/gdprkit/check"
)

// printFindings writes findings for people: the compiler-style line, the
// source line with a caret under the column, and the fix hint.
func printFindings(w io.Writer, r check.Report, lang string) {
	for _, d := range r.Diagnostics {
		fmt.Fprintln(w, d.Format(lang))
		if d.Source != "" && d.Pos.Column > 0 {
			src := strings.ReplaceAll(d.Source, "\t", " ")
			fmt.Fprintf(w, "    %s\n", src)
			col := min(d.Pos.Column-1, utf8.RuneCountInString(src))
			fmt.Fprintf(w, "    %s^\n", strings.Repeat(" ", max(col, 0)))
		}
		if h := d.Hint.In(lang); h != "" {
			label := "hint"
			if lang == "it" {
				label = "suggerimento"
			}
			fmt.Fprintf(w, "    %s: %s\n", label, h)
		}
	}
	fmt.Fprintf(w, "%d error(s), %d warning(s), %d info\n", r.Count(check.Error), r.Count(check.Warning), r.Count(check.Info))
}

// jsonFinding is the machine form of a finding.
type jsonFinding struct {
	Rule     string         `json:"rule"`
	Severity check.Severity `json:"severity"`
	File     string         `json:"file,omitempty"`
	Line     int            `json:"line,omitempty"`
	Column   int            `json:"column,omitempty"`
	Path     string         `json:"path"`
	Article  string         `json:"article,omitempty"`
	Message  string         `json:"message"`
	Hint     string         `json:"hint,omitempty"`
}

type jsonReport struct {
	Errors   int           `json:"errors"`
	Warnings int           `json:"warnings"`
	Findings []jsonFinding `json:"findings"`
	// Fingerprints are the content fingerprints of the documents whose
	// change must be told to people (the notices), by document name.
	Fingerprints map[string]string `json:"fingerprints,omitempty"`
}

func writeJSON(w io.Writer, r check.Report, lang string, fingerprints map[string]string) error {
	out := jsonReport{Errors: r.Count(check.Error), Warnings: r.Count(check.Warning), Findings: []jsonFinding{}, Fingerprints: fingerprints}
	for _, d := range r.Diagnostics {
		out.Findings = append(out.Findings, jsonFinding{
			Rule: d.Rule, Severity: d.Severity, File: d.Pos.File, Line: d.Pos.Line, Column: d.Pos.Column,
			Path: d.Path, Article: d.Article, Message: d.Message.In(lang), Hint: d.Hint.In(lang),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

package check

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Report is the list of findings of a check run.
type Report struct {
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// Add appends diagnostics to the report.
func (r *Report) Add(d ...Diagnostic) { r.Diagnostics = append(r.Diagnostics, d...) }

// Merge appends every diagnostic of o.
func (r *Report) Merge(o Report) { r.Add(o.Diagnostics...) }

// Count returns how many findings have severity s.
func (r Report) Count(s Severity) int {
	n := 0
	for _, d := range r.Diagnostics {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// HasErrors reports whether any finding is an [Error].
func (r Report) HasErrors() bool { return r.Count(Error) > 0 }

// ByRule returns the findings of one rule.
func (r Report) ByRule(id string) []Diagnostic {
	var out []Diagnostic
	for _, d := range r.Diagnostics {
		if d.Rule == id {
			out = append(out, d)
		}
	}
	return out
}

// Sort orders the findings by file, line, column, path and rule, so output
// does not depend on the order in which rules ran.
func (r *Report) Sort() {
	slices.SortStableFunc(r.Diagnostics, func(a, b Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column),
			cmp.Compare(a.Path, b.Path),
			cmp.Compare(a.Rule, b.Rule),
		)
	})
}

// ErrFindings is wrapped by the error [Report.Err] returns, so callers can
// tell "the pack has errors" from an I/O failure with errors.Is.
var ErrFindings = errors.New("pack has errors")

// ReportError is the error of a report that holds at least one error.
type ReportError struct {
	// Errors are the findings with severity [Error].
	Errors []Diagnostic
}

// Error summarises the errors in English.
func (e *ReportError) Error() string {
	lines := make([]string, 0, len(e.Errors))
	for _, d := range e.Errors {
		lines = append(lines, d.Format("en"))
	}
	return fmt.Sprintf("%d error(s):\n%s", len(e.Errors), strings.Join(lines, "\n"))
}

// Unwrap returns [ErrFindings].
func (e *ReportError) Unwrap() error { return ErrFindings }

// Err returns nil when the report holds no error, and a *[ReportError]
// otherwise.
func (r Report) Err() error {
	var errs []Diagnostic
	for _, d := range r.Diagnostics {
		if d.Severity == Error {
			errs = append(errs, d)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return &ReportError{Errors: errs}
}

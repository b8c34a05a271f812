package check

// Rule is one check over a subject of type T (a register, a notice, an
// incident…). Rules are values so they can be listed, documented and tested
// one by one.
type Rule[T any] struct {
	// ID is stable and appears in every finding, e.g. "REG-07".
	ID string
	// Article is the legal anchor, e.g. "Art. 9(2)".
	Article string
	// Severity of the findings the rule reports.
	Severity Severity
	// Doc says in one English sentence what the rule requires.
	Doc string
	// Run inspects the subject and reports through f.
	Run func(subject T, f *Finder)
}

// Finder is what a running rule reports to: it stamps each finding with the
// rule's id, article and severity.
type Finder struct {
	rule     string
	article  string
	severity Severity
	report   *Report
}

// Find reports a finding at path with its message and fix hint.
func (f *Finder) Find(path string, message, hint Localized) {
	f.report.Add(Diagnostic{
		Rule:     f.rule,
		Severity: f.severity,
		Path:     path,
		Article:  f.article,
		Message:  message,
		Hint:     hint,
	})
}

// FindAs reports a finding with a severity other than the rule's own, for
// rules whose seriousness depends on the case (a missing value is an error,
// a vague one a warning).
func (f *Finder) FindAs(s Severity, path string, message, hint Localized) {
	saved := f.severity
	f.severity = s
	f.Find(path, message, hint)
	f.severity = saved
}

// Run applies every rule to subject and returns the findings.
func Run[T any](subject T, rules []Rule[T]) Report {
	var r Report
	for _, rule := range rules {
		f := &Finder{rule: rule.ID, article: rule.Article, severity: rule.Severity, report: &r}
		rule.Run(subject, f)
	}
	return r
}

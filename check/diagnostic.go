package check

import (
	"fmt"
	"strings"
)

// Severity says how serious a finding is.
type Severity int

// The severities, from the most to the least serious.
const (
	// Error: a legal obligation is unmet or the input is broken.
	Error Severity = iota
	// Warning: guidance (WP260, EDPB, Garante) is not followed.
	Warning
	// Info: worth knowing, nothing to fix.
	Info
)

// String returns "error", "warning" or "info".
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	case Info:
		return "info"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// MarshalText encodes the severity as its name, for JSON output.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "error":
		*s = Error
	case "warning":
		*s = Warning
	case "info":
		*s = Info
	default:
		return fmt.Errorf("check: unknown severity %q", b)
	}
	return nil
}

// Localized is a short text in several languages, keyed by ISO 639-1 code.
type Localized map[string]string

// Msg returns a Localized text in Italian and English, the two languages
// every catalog of gdprkit provides.
func Msg(it, en string) Localized { return Localized{"it": it, "en": en} }

// In returns the text in lang, falling back to English, then to Italian.
func (l Localized) In(lang string) string {
	if s, ok := l[lang]; ok {
		return s
	}
	if s, ok := l["en"]; ok {
		return s
	}
	return l["it"]
}

// Position is a place in a source file. The zero Position means unknown.
type Position struct {
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
}

// IsValid reports whether the position names a line.
func (p Position) IsValid() bool { return p.Line > 0 }

// String formats the position as file:line:col.
func (p Position) String() string {
	switch {
	case p.File == "" && !p.IsValid():
		return "-"
	case !p.IsValid():
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}

// Diagnostic is one finding.
type Diagnostic struct {
	// Rule is the id of the rule that produced the finding, e.g. "REG-07".
	Rule string `json:"rule"`
	// Severity of the finding.
	Severity Severity `json:"severity"`
	// Path is the YAML path of the offending value,
	// e.g. "register.activities[2].purposes[0].legal_basis".
	Path string `json:"path"`
	// Pos is where Path is in the source; the loader fills it.
	Pos Position `json:"pos"`
	// Article is the legal anchor, e.g. "Art. 9(2)".
	Article string `json:"article,omitempty"`
	// Message says what is wrong.
	Message Localized `json:"message"`
	// Hint says how to fix it.
	Hint Localized `json:"hint,omitempty"`
	// Source is the source line at Pos, when the loader knows it.
	Source string `json:"source,omitempty"`
}

// Format renders the diagnostic in lang as one line:
//
//	file:line:col: error: message [rule] (Art. x)
func (d Diagnostic) Format(lang string) string {
	var b strings.Builder
	if d.Pos.File != "" || d.Pos.IsValid() {
		b.WriteString(d.Pos.String())
		b.WriteString(": ")
	}
	b.WriteString(d.Severity.String())
	b.WriteString(": ")
	if d.Path != "" {
		b.WriteString(d.Path)
		b.WriteString(": ")
	}
	b.WriteString(d.Message.In(lang))
	if d.Rule != "" {
		fmt.Fprintf(&b, " [%s]", d.Rule)
	}
	if d.Article != "" {
		fmt.Fprintf(&b, " (%s)", d.Article)
	}
	return b.String()
}

package requests

import (
	"slices"
	"strings"
)

// Text is a text in several languages: ISO 639-1 code → text.
type Text map[string]string

// In returns the text in lang, else in English, else in Italian, else in
// the first language by code; "" when empty.
func (t Text) In(lang string) string {
	for _, l := range []string{lang, "en", "it"} {
		if s := t[l]; s != "" {
			return s
		}
	}
	keys := make([]string, 0, len(t))
	for k, v := range t {
		if v != "" {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return ""
	}
	slices.Sort(keys)
	return t[keys[0]]
}

// Art15Info is the information Art. 15(1) and (2) entitle the person to
// beside the copy of the data. The register fills it; each item is a
// [Text] in every language the summary is made in.
type Art15Info struct {
	// Controller names the controller and how to reach it.
	Controller Text `json:"controller"`
	// ControllerName is the controller's name alone, for the summary's
	// subtitle; empty means Controller.
	ControllerName Text `json:"controller_name,omitempty"`
	// DPO is how to reach the data protection officer, if there is one.
	DPO Text `json:"dpo,omitempty"`
	// Purposes of the processing, each with its legal basis (15(1)(a)).
	Purposes []Text `json:"purposes"`
	// Categories of personal data concerned (15(1)(b)).
	Categories []Text `json:"categories"`
	// Recipients or categories of recipients (15(1)(c)).
	Recipients []Text `json:"recipients"`
	// Retention: periods, or the criteria that set them (15(1)(d)).
	Retention []Text `json:"retention"`
	// Sources of data not collected from the person (15(1)(g)); empty
	// means all came from the person or from support's own work.
	Sources []Text `json:"sources,omitempty"`
	// AutomatedDecisions: automated decision-making with its logic and
	// consequences (15(1)(h)); empty means there is none.
	AutomatedDecisions []Text `json:"automated_decisions,omitempty"`
	// Transfers to third countries with their safeguards (15(2)); empty
	// means there are none.
	Transfers []Text `json:"transfers,omitempty"`
	// Authority is the supervisory authority a complaint may go to
	// (15(1)(f)); the standard rights are always listed.
	Authority Text `json:"authority"`
	// Rights holds further notes on the rights, e.g. how to exercise them.
	Rights []Text `json:"rights,omitempty"`
}

// Missing returns the names of the items Art. 15 requires that are empty
// in lang, e.g. ["purposes", "authority"]: nil when complete.
func (a Art15Info) Missing(lang string) []string {
	var out []string
	empty := func(ts []Text) bool {
		for _, t := range ts {
			if strings.TrimSpace(t.In(lang)) != "" {
				return false
			}
		}
		return true
	}
	if strings.TrimSpace(a.Controller.In(lang)) == "" {
		out = append(out, "controller")
	}
	for _, it := range []struct {
		name string
		ts   []Text
	}{{"purposes", a.Purposes}, {"categories", a.Categories}, {"recipients", a.Recipients},
		{"retention", a.Retention}} {
		if empty(it.ts) {
			out = append(out, it.name)
		}
	}
	if strings.TrimSpace(a.Authority.In(lang)) == "" {
		out = append(out, "authority")
	}
	return out
}

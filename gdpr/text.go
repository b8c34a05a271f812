package gdpr

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// Text is free text in one or several languages: a plain string in the
// pack's language, or a map such as {it: "…", en: "…"}.
//
// A plain string is kept under the empty key until the loader replaces it
// with the pack's language (see [Text.Localize]).
type Text map[string]string

// T returns a Text in Italian and English.
func T(it, en string) Text { return Text{"it": it, "en": en} }

// Plain returns a Text holding s in no particular language.
func Plain(s string) Text {
	if s == "" {
		return nil
	}
	return Text{"": s}
}

// In returns the text in lang. When lang is missing it falls back to the
// text of unknown language, then English, then Italian, then any language
// in alphabetical order, so a document never loses content; use [Text.Has]
// to tell a translation from a fallback.
func (t Text) In(lang string) string {
	if s, ok := t[lang]; ok {
		return s
	}
	for _, k := range []string{"", "en", "it"} {
		if s, ok := t[k]; ok {
			return s
		}
	}
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if len(keys) > 0 {
		return t[keys[0]]
	}
	return ""
}

// Has reports whether the text has a translation in lang.
func (t Text) Has(lang string) bool { _, ok := t[lang]; return ok && t[lang] != "" }

// IsEmpty reports whether the text has no content in any language.
func (t Text) IsEmpty() bool {
	for _, s := range t {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// Localize returns the text with a plain string assigned to lang.
func (t Text) Localize(lang string) Text {
	s, ok := t[""]
	if !ok {
		return t
	}
	out := make(Text, len(t))
	for k, v := range t {
		if k != "" {
			out[k] = v
		}
	}
	if _, exists := out[lang]; !exists {
		out[lang] = s
	}
	return out
}

// Languages returns the languages the text has, sorted.
func (t Text) Languages() []string {
	var out []string
	for k := range t {
		if k != "" {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// UnmarshalYAML accepts a string or a map of language to string.
func (t *Text) UnmarshalYAML(unmarshal func(any) error) error {
	var s string
	if err := unmarshal(&s); err == nil {
		*t = Plain(s)
		return nil
	}
	var m map[string]string
	if err := unmarshal(&m); err != nil {
		return fmt.Errorf("text: want a string or a map of language to string, such as {it: …, en: …}")
	}
	*t = Text(m)
	return nil
}

// UnmarshalJSON accepts a string or an object of language to string.
func (t *Text) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*t = Plain(s)
		return nil
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("text: want a string or an object of language to string")
	}
	*t = Text(m)
	return nil
}

// MarshalJSON writes a text of unknown language as a string, otherwise as
// an object.
func (t Text) MarshalJSON() ([]byte, error) {
	if s, ok := t[""]; ok && len(t) == 1 {
		return json.Marshal(s)
	}
	return json.Marshal(map[string]string(t))
}

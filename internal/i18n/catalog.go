package i18n

import "fmt"

// Languages are the languages every catalog provides, in the order the CLI
// renders them by default.
var Languages = []string{"it", "en"}

// Entry is one label or clause in each language.
type Entry struct {
	IT, EN string
}

// In returns the entry in lang; English for a language the catalogs lack.
func (e Entry) In(lang string) string {
	if lang == "it" {
		return e.IT
	}
	return e.EN
}

// Catalog maps a key to its entry.
type Catalog map[string]Entry

// T returns the entry for key in lang, formatted with args like
// fmt.Sprintf. A missing key is a programming error: it renders as
// "!key!" so a test or a reader sees it at once.
func (c Catalog) T(lang, key string, args ...any) string {
	e, ok := c[key]
	if !ok {
		return "!" + key + "!"
	}
	s := e.In(lang)
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Supported reports whether lang has catalogs.
func Supported(lang string) bool { return lang == "it" || lang == "en" }

// Common holds labels every document uses.
var Common = Catalog{
	"missing":          {"DA COMPLETARE", "TO BE COMPLETED"},
	"yes":              {"sì", "yes"},
	"no":               {"no", "no"},
	"none":             {"nessuno", "none"},
	"document_control": {"Controllo del documento", "Document control"},
	"identifier":       {"Identificativo", "Identifier"},
	"version":          {"Versione", "Version"},
	"date":             {"Data", "Date"},
	"authors":          {"Autori", "Authors"},
	"classification":   {"Classificazione", "Classification"},
	"approvals":        {"Approvazioni", "Approvals"},
	"approved_by":      {"Approvato da", "Approved by"},
	"role":             {"Ruolo", "Role"},
	"revisions":        {"Storia delle revisioni", "Revision history"},
	"description":      {"Descrizione", "Description"},
	"contents":         {"Indice", "Contents"},
	"page":             {"Pagina", "Page"},
	"of":               {"di", "of"},
	"draft":            {"BOZZA", "DRAFT"},
}

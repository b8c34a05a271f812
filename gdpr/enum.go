package gdpr

// Enum is implemented by every enumeration of the vocabulary, so the loader
// can validate a key and suggest the closest one.
type Enum interface {
	// Valid reports whether the value is a known key (the empty value is
	// valid: "required" is a separate check).
	Valid() bool
	// Keys returns every known key, in a fixed order.
	Keys() []string
}

// term describes one key of an enumeration.
type term struct {
	key     string
	iri     string // full DPV IRI (or gdprkit IRI where DPV has none)
	article string
	it, en  string
}

// Namespaces of the IRIs the enumerations map to.
const (
	NSDPV   = "https://w3id.org/dpv#"
	NSGDPR  = "https://w3id.org/dpv/legal/eu/gdpr#"
	NSPD    = "https://w3id.org/dpv/pd#"
	NSLegal = "https://w3id.org/dpv/legal/eu#"
	NSLocal = "https://gdprkit.dev/vocab#" // terms DPV 2.3 lacks
)

type table []term

func (t table) find(key string) (term, bool) {
	for _, x := range t {
		if x.key == key {
			return x, true
		}
	}
	return term{}, false
}

func (t table) keys() []string {
	out := make([]string, len(t))
	for i, x := range t {
		out[i] = x.key
	}
	return out
}

func (t table) valid(key string) bool {
	if key == "" {
		return true
	}
	_, ok := t.find(key)
	return ok
}

func (t table) label(key, lang string) string {
	x, ok := t.find(key)
	if !ok {
		return key
	}
	if lang == "it" {
		return x.it
	}
	return x.en
}

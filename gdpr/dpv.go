package gdpr

import (
	"slices"
	"strings"
)

// DPVPrefixes maps the prefixes a pack may use in a `dpv` field to their
// namespaces.
var DPVPrefixes = map[string]string{
	"dpv":     NSDPV,
	"pd":      NSPD,
	"eu-gdpr": NSGDPR,
}

// IsDPVTerm reports whether term, written prefix:Term (e.g. "pd:Health"),
// is a class of DPV 2.3.
func IsDPVTerm(term string) bool {
	_, ok := slices.BinarySearch(dpvTerms, term)
	return ok
}

// DPVTerms returns every DPV term a pack may name, sorted.
func DPVTerms() []string { return slices.Clone(dpvTerms) }

// ExpandDPV returns the full IRI of a prefix:Term, or the term unchanged.
func ExpandDPV(term string) string {
	p, t, ok := strings.Cut(term, ":")
	if ns, known := DPVPrefixes[p]; ok && known {
		return ns + t
	}
	return term
}

package gdpr

import "golang.org/x/text/language"

// IsCountry reports whether code is an ISO 3166-1 alpha-2 country code
// (upper case), such as IT or US.
func IsCountry(code string) bool {
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return false
	}
	if code == "EL" { // the EU's code for Greece
		return true
	}
	r, err := language.ParseRegion(code)
	return err == nil && r.IsCountry() && r.String() == code
}

package redact

// IBAN: ISO 13616, check digits by ISO 7064 MOD 97-10, length per country
// from the SWIFT IBAN registry; for Italy and San Marino the CIN letter is
// checked too. Reference: legal/helpdesk.md §3.3.

// ibanLengths is the IBAN length per country (SWIFT IBAN Registry,
// release 99, 2025: 89 countries). Territories (GF, AX, JE…) use the IBAN
// of their parent country (FR, FI, GB…). Index: (c0-'A')*26 + (c1-'A').
var ibanLengths = func() (t [26 * 26]uint8) {
	for _, e := range []struct {
		cc string
		n  uint8
	}{
		{"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
		{"BG", 22}, {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22},
		{"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20},
		{"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22},
		{"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HN", 28}, {"HR", 21},
		{"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30},
		{"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
		{"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20},
		{"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23},
		{"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22},
		{"RU", 33}, {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24},
		{"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26},
		{"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
	} {
		t[int(e.cc[0]-'A')*26+int(e.cc[1]-'A')] = e.n
	}
	return t
}()

// maxIBAN is the longest IBAN of the registry (Russia).
const maxIBAN = 34

// ibanLength returns the IBAN length of the country whose code starts s
// (either case), or 0 for a country without IBAN.
func ibanLength(c0, c1 byte) int {
	c0, c1 = upper(c0), upper(c1)
	if c0 < 'A' || c0 > 'Z' || c1 < 'A' || c1 > 'Z' {
		return 0
	}
	return int(ibanLengths[int(c0-'A')*26+int(c1-'A')])
}

// ibanOK validates an IBAN without separators, either case.
func ibanOK(s []byte) bool {
	if len(s) < 5 || len(s) != ibanLength(s[0], s[1]) || !isDigit(s[2]) || !isDigit(s[3]) {
		return false
	}
	// MOD 97-10 over BBAN + country + check digits, letters as 10–35.
	rem := 0
	for k := range s {
		c := upper(s[(k+4)%len(s)])
		switch {
		case isDigit(c):
			rem = (rem*10 + int(c-'0')) % 97
		case 'A' <= c && c <= 'Z':
			rem = (rem*100 + int(c-'A') + 10) % 97
		default:
			return false
		}
	}
	if rem != 1 {
		return false
	}
	c0, c1 := upper(s[0]), upper(s[1])
	if c0 == 'I' && c1 == 'T' || c0 == 'S' && c1 == 'M' {
		return italianCINOK(s)
	}
	return true
}

// italianCINOK checks the Italian BBAN: CIN letter, 5-digit ABI, 5-digit
// CAB, 12 alphanumerics; the CIN is the codice fiscale check algorithm over
// ABI+CAB+account.
func italianCINOK(s []byte) bool {
	cin := upper(s[4])
	if cin < 'A' || cin > 'Z' {
		return false
	}
	for _, c := range s[5:15] {
		if !isDigit(c) {
			return false
		}
	}
	sum := 0
	for i, c := range s[5:] {
		idx := cfIndex[c]
		if idx == 255 {
			return false
		}
		if i%2 == 0 {
			sum += int(cfOdd[idx])
		} else {
			sum += int(cfEven(idx))
		}
	}
	return cin == byte('A'+sum%26)
}

// ValidIBAN reports whether s is a valid IBAN: a country of the SWIFT
// registry, that country's length, MOD 97-10 check digits and, for Italy
// and San Marino, the CIN check letter of the BBAN. Case and the
// separators ' ', '-', '.', '/' are ignored, so the printed form in groups
// of four is accepted.
func ValidIBAN(s string) bool {
	var buf [maxIBAN + 1]byte
	n, ok := compact(buf[:], s)
	return ok && ibanOK(buf[:n])
}

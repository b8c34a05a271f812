package redact

// Partita IVA: 11 digits, check digit by the Luhn algorithm over all 11,
// office code (digits 8–10) in 001–100, 120, 121, 888 or 999. Reference:
// legal/helpdesk.md §3.2.

// vatDigitsOK validates exactly 11 ASCII digits.
func vatDigitsOK(d []byte) bool {
	if len(d) != 11 {
		return false
	}
	company := 0
	for i, c := range d {
		if !isDigit(c) {
			return false
		}
		if i < 7 {
			company = company*10 + int(c-'0')
		}
	}
	if company == 0 {
		return false
	}
	office := int(d[7]-'0')*100 + int(d[8]-'0')*10 + int(d[9]-'0')
	if !(office >= 1 && office <= 100 || office == 120 || office == 121 || office == 888 || office == 999) {
		return false
	}
	return luhn(d)
}

// ValidVATNumber reports whether s is a valid Italian partita IVA: 11
// digits, optionally after an "IT" prefix, with separators ' ', '-', '.',
// '/' ignored; company number not zero, office code 001–100, 120, 121, 888
// or 999, and the correct check digit.
func ValidVATNumber(s string) bool {
	var buf [32]byte
	n, ok := compact(buf[:], s)
	if !ok {
		return false
	}
	d := buf[:n]
	if len(d) == 13 && d[0] == 'I' && d[1] == 'T' {
		d = d[2:]
	}
	return vatDigitsOK(d)
}

// luhn reports whether the ASCII digits d pass the Luhn check: from the
// rightmost digit, every second digit doubled (less 9 when over 9), the
// sum a multiple of 10.
func luhn(d []byte) bool {
	sum := 0
	double := false
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if double {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		double = !double
	}
	return sum%10 == 0
}

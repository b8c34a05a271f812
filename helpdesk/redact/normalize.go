package redact

import (
	"net/netip"
	"strings"
)

// Normalize returns the canonical form of an identifier of kind k as found
// in text, so that the same identifier written two ways gets the same
// pseudonym (legal/helpdesk.md §4: normalise before hashing):
//
//   - Email: lower case;
//   - Phone: E.164, "+39…" for Italian numbers written without prefix;
//   - TaxCode, IBAN: upper case without separators;
//   - VATNumber: the 11 digits, without "IT" prefix or separators;
//   - PaymentCard: the digits;
//   - IPAddress: the canonical text form of [netip.Addr.String].
//
// Text that is not a valid identifier of kind k is returned trimmed of
// surrounding space but otherwise unchanged.
func Normalize(k Kind, text string) string {
	text = strings.TrimSpace(text)
	switch k {
	case Email:
		if ValidEmail(text) {
			return strings.ToLower(text)
		}
	case Phone:
		if p, ok := normalizePhone(text); ok {
			return p
		}
	case TaxCode:
		if ValidTaxCode(text) {
			return compactString(text)
		}
	case VATNumber:
		if ValidVATNumber(text) {
			s := compactString(text)
			return s[len(s)-11:]
		}
	case IBAN:
		if ValidIBAN(text) {
			return compactString(text)
		}
	case PaymentCard:
		if d, ok := cardDigits(text); ok && cardDigitsOK(d) {
			return string(d)
		}
	case IPAddress:
		if a, err := netip.ParseAddr(text); err == nil {
			return a.String()
		}
	}
	return text
}

// compactString is [compact] into a new string.
func compactString(s string) string {
	b := make([]byte, len(s))
	n, _ := compact(b, s)
	return string(b[:n])
}

// normalizePhone returns the E.164 form of a personal phone number.
func normalizePhone(s string) (string, bool) {
	var d []byte
	plus := false
	first := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '+' && len(d) == 0 && !plus:
			plus = true
		case c == ' ' || c == '-' || c == '.' || c == '/':
			if first < 0 {
				first = len(d)
			}
		case isDigit(c):
			d = append(d, c)
		default:
			return "", false
		}
	}
	if first < 0 {
		first = len(d)
	}
	class, _ := phoneDigits(d, plus, first)
	if !class.Personal() {
		return "", false
	}
	switch {
	case plus:
		return "+" + string(d), true
	case len(d) >= 2 && d[0] == '0' && d[1] == '0':
		return "+" + string(d[2:]), true
	default:
		return "+39" + string(d), true
	}
}

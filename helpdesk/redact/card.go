package redact

// Payment cards (ISO/IEC 7812): 12–19 digits, Luhn check digit, and a
// prefix (IIN) and length of a current card network. Reference:
// legal/helpdesk.md §3.4, ranges checked against the networks' published
// tables (2025).

// cardRange is an IIN range: numbers whose first len(lo) digits lie in
// [lo, hi] belong to brand, with a length in [minLen, maxLen] (lengths
// listed in only, when set).
type cardRange struct {
	brand          string
	lo, hi         string
	minLen, maxLen int
	only           []int
}

// cardRanges are checked in order; the first match names the brand.
var cardRanges = []cardRange{
	{brand: "amex", lo: "34", hi: "34", only: []int{15}},
	{brand: "amex", lo: "37", hi: "37", only: []int{15}},
	{brand: "visa", lo: "4", hi: "4", only: []int{13, 16, 19}},
	{brand: "mastercard", lo: "51", hi: "55", only: []int{16}},
	{brand: "mastercard", lo: "2221", hi: "2720", only: []int{16}},
	{brand: "mir", lo: "2200", hi: "2204", minLen: 16, maxLen: 19},
	{brand: "discover", lo: "6011", hi: "6011", minLen: 16, maxLen: 19},
	{brand: "discover", lo: "644", hi: "649", minLen: 16, maxLen: 19},
	{brand: "discover", lo: "65", hi: "65", minLen: 16, maxLen: 19},
	{brand: "jcb", lo: "3528", hi: "3589", minLen: 16, maxLen: 19},
	{brand: "diners", lo: "300", hi: "305", minLen: 14, maxLen: 19},
	{brand: "diners", lo: "3095", hi: "3095", minLen: 14, maxLen: 19},
	{brand: "diners", lo: "36", hi: "36", minLen: 14, maxLen: 19},
	{brand: "diners", lo: "38", hi: "39", minLen: 14, maxLen: 19},
	{brand: "unionpay", lo: "62", hi: "62", minLen: 16, maxLen: 19},
	{brand: "maestro", lo: "50", hi: "50", minLen: 12, maxLen: 19},
	{brand: "maestro", lo: "56", hi: "69", minLen: 12, maxLen: 19},
}

// matches reports whether the digits d fall in r.
func (r *cardRange) matches(d []byte) bool {
	if len(r.only) > 0 {
		ok := false
		for _, n := range r.only {
			ok = ok || len(d) == n
		}
		if !ok {
			return false
		}
	} else if len(d) < r.minLen || len(d) > r.maxLen {
		return false
	}
	p := d[:len(r.lo)]
	return string(p) >= r.lo && string(p) <= r.hi
}

// cardBrand returns the brand of the digits d, or "" when no network
// issues that prefix at that length. The Luhn check is not applied.
func cardBrand(d []byte) string {
	if len(d) < 12 || len(d) > 19 {
		return ""
	}
	for i := range cardRanges {
		if cardRanges[i].matches(d) {
			return cardRanges[i].brand
		}
	}
	return ""
}

// cardDigitsOK validates 12–19 ASCII digits.
func cardDigitsOK(d []byte) bool {
	return cardBrand(d) != "" && luhn(d)
}

// ValidCard reports whether s is a payment card number: 12–19 digits
// (spaces and dashes ignored), a Luhn check digit, and the prefix and length
// of a card network (Visa, Mastercard including the 2221–2720 range,
// American Express, Discover, JCB, Diners Club, UnionPay, Mir, Maestro).
func ValidCard(s string) bool {
	d, ok := cardDigits(s)
	return ok && cardDigitsOK(d)
}

// CardBrand returns the network of a valid card number ("visa",
// "mastercard", "amex", "discover", "jcb", "diners", "unionpay", "mir",
// "maestro"), or "" when s is not a valid card number.
func CardBrand(s string) string {
	d, ok := cardDigits(s)
	if !ok || !luhn(d) {
		return ""
	}
	return cardBrand(d)
}

// cardDigits returns the digits of s with spaces and dashes removed, or
// false if s has anything else or too many digits.
func cardDigits(s string) ([]byte, bool) {
	d := make([]byte, 0, 19)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '-':
		case isDigit(c) && len(d) < 19:
			d = append(d, c)
		default:
			return nil, false
		}
	}
	return d, true
}

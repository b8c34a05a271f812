package corpus

import (
	"fmt"
	"strings"
)

// The identifier generators below compute check digits independently of
// package redact, so that a test of the redactor against this corpus
// checks one implementation against another.

// Email returns a valid e-mail address.
func (g *Generator) Email() string {
	first := strings.ToLower(pick(g.r, firstNames))
	last := strings.ToLower(pick(g.r, lastNames))
	domain := pick(g.r, domains)
	switch g.r.IntN(5) {
	case 0:
		return first + "." + last + "@" + domain
	case 1:
		return first[:1] + "." + last + fmt.Sprint(g.r.IntN(100)) + "@" + domain
	case 2:
		return first + "_" + last + "+ticket@mail." + domain
	case 3:
		return strings.ToUpper(first[:1]) + first[1:] + "." + strings.ToUpper(last[:1]) + last[1:] + "@" + domain
	default:
		return last + "@" + domain
	}
}

// Mobile returns an Italian mobile number in one of the common spellings,
// and whether it has an international prefix.
func (g *Generator) Mobile() (string, bool) {
	p := fmt.Sprintf("3%d%d", 2+g.r.IntN(8), g.r.IntN(10))
	a := fmt.Sprintf("%03d", g.r.IntN(1000))
	b := fmt.Sprintf("%04d", g.r.IntN(10000))
	switch g.r.IntN(7) {
	case 0:
		return "+39 " + p + " " + a + " " + b, true
	case 1:
		return p + " " + a + b, false
	case 2:
		return p + a + b, false
	case 3:
		return "+39" + p + a + b, true
	case 4:
		return "0039 " + p + " " + a + b, true
	case 5:
		return p + "-" + a + "-" + b, false
	default:
		return p + "." + a + "." + b, false
	}
}

// Landline returns an Italian geographic number, and whether it has an
// international prefix. Numbers that happen to be valid VAT numbers are
// avoided, since the redactor rightly reports those as VAT numbers.
func (g *Generator) Landline() (string, bool) {
	for {
		area := pick(g.r, []string{"02", "06", "011", "051", "055", "081", "0331", "0471"})
		rest := fmt.Sprintf("%d%05d", 1+g.r.IntN(9), g.r.IntN(100000))
		if len(area) < 4 {
			rest += fmt.Sprint(g.r.IntN(10))
		}
		if len(area)+len(rest) == 11 && vatValid(area+rest) {
			continue
		}
		switch g.r.IntN(3) {
		case 0:
			return "+39 " + area + " " + rest, true
		case 1:
			return area + " " + rest, false
		default:
			return area + "/" + rest, false
		}
	}
}

// cfOdd are the check values of characters in odd positions, 0-9 then
// A-Z (digits share the values of A-J).
var cfOdd = []int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}

func cfValue(c byte, odd bool) int {
	var idx int
	if c >= '0' && c <= '9' {
		idx = int(c - '0')
	} else {
		idx = int(c - 'A')
	}
	if odd {
		return cfOdd[idx]
	}
	return idx
}

// cfCheck returns the check letter of the first 15 characters of s.
func cfCheck(s string) byte {
	sum := 0
	for i := range 15 {
		sum += cfValue(s[i], i%2 == 0)
	}
	return byte('A' + sum%26)
}

// TaxCode returns a valid codice fiscale: sometimes a woman's (day + 40),
// sometimes homocodic, sometimes in lower case.
func (g *Generator) TaxCode() string {
	letters := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('A' + g.r.IntN(26))
		}
		return string(b)
	}
	day := 1 + g.r.IntN(28)
	if g.r.IntN(2) == 0 {
		day += 40
	}
	body := []byte(fmt.Sprintf("%s%02d%c%02d%c%03d",
		letters(6), g.r.IntN(100), "ABCDEHLMPRST"[g.r.IntN(12)], day, 'A'+g.r.IntN(26), g.r.IntN(1000)))
	if g.r.IntN(5) == 0 { // omocodia: digits replaced from the rightmost
		for _, pos := range []int{14, 13, 12, 10, 9, 7, 6}[:1+g.r.IntN(3)] {
			body[pos] = "LMNPQRSTUV"[body[pos]-'0']
		}
	}
	code := string(body) + string(cfCheck(string(body)))
	if g.r.IntN(8) == 0 {
		return strings.ToLower(code)
	}
	return code
}

// luhnDigit returns the check digit that makes digits+check pass Luhn.
func luhnDigit(digits string) byte {
	sum := 0
	for i := len(digits) - 1; i >= 0; i-- {
		v := int(digits[i] - '0')
		if (len(digits)-1-i)%2 == 0 { // doubled once the check digit is appended
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return byte('0' + (10-sum%10)%10)
}

func vatValid(d string) bool {
	if len(d) != 11 || d[:7] == "0000000" {
		return false
	}
	office := int(d[7]-'0')*100 + int(d[8]-'0')*10 + int(d[9]-'0')
	if !(office >= 1 && office <= 100 || office == 120 || office == 121 || office == 888 || office == 999) {
		return false
	}
	return luhnDigit(d[:10]) == d[10]
}

// VATNumber returns a valid partita IVA, sometimes with an "IT" prefix.
func (g *Generator) VATNumber() string {
	body := fmt.Sprintf("%07d%03d", 1+g.r.IntN(9999999), 1+g.r.IntN(100))
	v := body + string(luhnDigit(body))
	switch g.r.IntN(3) {
	case 0:
		return "IT" + v
	case 1:
		return "IT " + v
	default:
		return v
	}
}

// mod97 returns the ISO 7064 MOD 97-10 remainder of an IBAN rearranged
// for checking.
func mod97(s string) int {
	rem := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			rem = (rem*100 + int(c-'A') + 10) % 97
		} else {
			rem = (rem*10 + int(c-'0')) % 97
		}
	}
	return rem
}

// ibanFor returns the IBAN of a country and BBAN, check digits computed.
func ibanFor(country, bban string) string {
	check := 98 - mod97(bban+country+"00")
	return fmt.Sprintf("%s%02d%s", country, check, bban)
}

// IBAN returns a valid Italian (CIN computed) or German IBAN, contiguous
// or printed in groups of four.
func (g *Generator) IBAN() string {
	var iban string
	if g.r.IntN(4) > 0 {
		rest := fmt.Sprintf("%05d%05d%012d", g.r.IntN(100000), g.r.IntN(100000), g.r.Int64N(1e12))
		sum := 0
		for i := 0; i < len(rest); i++ {
			sum += cfValue(rest[i], i%2 == 0)
		}
		iban = ibanFor("IT", string(rune('A'+sum%26))+rest)
	} else {
		iban = ibanFor("DE", fmt.Sprintf("%08d%010d", g.r.IntN(1e8), g.r.Int64N(1e10)))
	}
	if g.r.IntN(2) == 0 {
		return iban
	}
	var b strings.Builder
	for i := 0; i < len(iban); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(iban[i:min(i+4, len(iban))])
	}
	return b.String()
}

// Card returns a valid Visa, Mastercard (both ranges) or American Express
// number, grouped by spaces or dashes or not at all.
func (g *Generator) Card() string {
	var d string
	switch g.r.IntN(4) {
	case 0:
		d = "4" + fmt.Sprintf("%014d", g.r.Int64N(1e14))
	case 1:
		d = fmt.Sprint(51+g.r.IntN(5)) + fmt.Sprintf("%013d", g.r.Int64N(1e13))
	case 2:
		d = fmt.Sprint(2221+g.r.IntN(500)) + fmt.Sprintf("%011d", g.r.Int64N(1e11))
	default:
		d = pick(g.r, []string{"34", "37"}) + fmt.Sprintf("%012d", g.r.Int64N(1e12))
	}
	d += string(luhnDigit(d))
	sep := pick(g.r, []string{" ", "-", ""})
	if len(d) == 15 {
		return d[:4] + sep + d[4:10] + sep + d[10:]
	}
	return d[:4] + sep + d[4:8] + sep + d[8:12] + sep + d[12:]
}

// IPv4 returns a dotted-quad address without leading zeros.
func (g *Generator) IPv4() string {
	return fmt.Sprintf("%d.%d.%d.%d", pick(g.r, []int{10, 172, 192, 93, 151}), g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))
}

// IPv6 returns an IPv6 address, compressed or embedding IPv4.
func (g *Generator) IPv6() string {
	switch g.r.IntN(3) {
	case 0:
		return fmt.Sprintf("2001:db8:%x:%x::%x", g.r.IntN(0x10000), g.r.IntN(0x10000), 1+g.r.IntN(0xffff))
	case 1:
		return fmt.Sprintf("fe80::%x:%x:%x:%x", 1+g.r.IntN(0xffff), g.r.IntN(0x10000), g.r.IntN(0x10000), 1+g.r.IntN(0xffff))
	default:
		return fmt.Sprintf("::ffff:%d.%d.%d.%d", 10+g.r.IntN(200), g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))
	}
}

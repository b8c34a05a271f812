package redact

// Codice fiscale of a natural person: 16 characters, layout and check
// character per the Italian Ministry of Finance (D.M. 23 dicembre 1976),
// omocodia included. Reference: legal/helpdesk.md §3.1.

// cfOdd is the value of a character in an odd (1-based) position of the
// check computation; digits and letters share values (0 ≡ A, 1 ≡ B, …).
var cfOdd = [36]uint8{
	1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0-9
	1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // A-J
	2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23, // K-Z
}

// cfIndex maps '0'-'9' to 0-9 and 'A'-'Z' to 10-35; anything else to 255.
var cfIndex = func() (t [256]uint8) {
	for i := range t {
		t[i] = 255
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = uint8(c - '0')
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = uint8(c-'A') + 10
		t[c+'a'-'A'] = uint8(c-'A') + 10
	}
	return t
}()

// cfEven is the value of a character in an even position: digits are
// their value, letters their alphabet index.
func cfEven(idx uint8) uint8 {
	if idx < 10 {
		return idx
	}
	return idx - 10
}

// cfCheck returns the check letter over 15 characters (letters or digits,
// either case), or 0 if a character is neither.
func cfCheck(s string) byte {
	sum := 0
	for i := range 15 {
		idx := cfIndex[s[i]]
		if idx == 255 {
			return 0
		}
		if i%2 == 0 { // 1-based odd position
			sum += int(cfOdd[idx])
		} else {
			sum += int(cfEven(idx))
		}
	}
	return byte('A' + sum%26)
}

// omocode maps the letters that replace digits in homocodic codes back to
// their digits (L=0 … V=9); other bytes map to 255.
var omocode = func() (t [256]uint8) {
	for i := range t {
		t[i] = 255
	}
	for i, c := range "LMNPQRSTUV" {
		t[c] = uint8(i)
		t[c+'a'-'A'] = uint8(i)
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = uint8(c - '0')
	}
	return t
}()

// cfMonth maps the month letter to 1-12; others to 0.
var cfMonth = func() (t [256]uint8) {
	for i, c := range "ABCDEHLMPRST" {
		t[c] = uint8(i + 1)
		t[c+'a'-'A'] = uint8(i + 1)
	}
	return t
}()

// taxCodeOK validates exactly 16 characters, either case, no separators.
func taxCodeOK(s string) bool {
	if len(s) != 16 {
		return false
	}
	for _, i := range [...]int{0, 1, 2, 3, 4, 5, 11, 15} {
		if !isLetter(s[i]) {
			return false
		}
	}
	// Digits of year, day and place may be homocodic letters.
	for _, i := range [...]int{6, 7, 9, 10, 12, 13, 14} {
		if omocode[s[i]] == 255 {
			return false
		}
	}
	month := int(cfMonth[s[8]])
	if month == 0 {
		return false
	}
	year := int(omocode[s[6]])*10 + int(omocode[s[7]])
	day := int(omocode[s[9]])*10 + int(omocode[s[10]])
	if day > 40 { // women: day + 40
		day -= 40
	}
	if day < 1 || day > 31 {
		return false
	}
	// The century is not in the code: a date valid in either century
	// (29 February of 00 is valid in 2000) is accepted.
	if !realDate(1900+year, month, day) && !realDate(2000+year, month, day) {
		return false
	}
	return upper(s[15]) == cfCheck(s)
}

// realDate reports whether day is a day of month in year.
func realDate(year, month, day int) bool {
	if day < 1 || month < 1 || month > 12 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month]
	if month == 2 && year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		days = 29
	}
	return day <= days
}

// ValidTaxCode reports whether s is a valid codice fiscale of a natural
// person: 16 characters in the official layout, homocodic substitutions
// (L–V for digits) decoded, a month letter, a day 1–31 or 41–71 that
// exists in the month (in 19xx or 20xx), and the correct check character.
// Case and the separators ' ', '-', '.', '/' are ignored. The Belfiore place
// code is checked for shape only. Codes of companies and other non-persons
// are 11 digits: see [ValidVATNumber].
func ValidTaxCode(s string) bool {
	var buf [32]byte
	n, ok := compact(buf[:], s)
	return ok && taxCodeOK(string(buf[:n]))
}

// compact copies s into buf upper-cased, without the separators ' ', '-',
// '.', '/'. It reports false if the result does not fit.
func compact(buf []byte, s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '-' || c == '.' || c == '/' {
			continue
		}
		if n == len(buf) {
			return 0, false
		}
		buf[n] = upper(c)
		n++
	}
	return n, true
}

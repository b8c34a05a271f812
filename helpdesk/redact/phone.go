package redact

// Phone numbers: Italian numbering plan (mobile 3…, geographic 0…, with or
// without +39/0039) and international numbers in E.164 form (+ or 00, 8–15
// digits). Reference: legal/helpdesk.md §3.5.

// PhoneClass is what kind of number [ClassifyPhone] found.
type PhoneClass uint8

// Phone classes.
const (
	// NotPhone: not a number of the Italian plan nor a + number.
	NotPhone PhoneClass = iota
	// MobilePhone: Italian mobile, 3 followed by 8–9 digits.
	MobilePhone
	// LandlinePhone: Italian geographic number, 0 followed by 5–10 digits
	// (the 0 is kept after +39).
	LandlinePhone
	// ServiceNumber: Italian non-subscriber ranges — toll-free 80x,
	// shared-cost 84x, premium 89x, short codes 1xx, and the 4x and 7x
	// network and internet ranges. Not personal data of a subscriber; not
	// reported by the redactor.
	ServiceNumber
	// InternationalPhone: a foreign number in E.164 form, + or 00 and 8–15
	// digits.
	InternationalPhone
)

var phoneClassNames = [...]string{"not_phone", "mobile", "landline", "service", "international"}

// String returns "not_phone", "mobile", "landline", "service" or
// "international".
func (c PhoneClass) String() string {
	if int(c) < len(phoneClassNames) {
		return phoneClassNames[c]
	}
	return "PhoneClass(?)"
}

// Personal reports whether numbers of class c identify a subscriber.
func (c PhoneClass) Personal() bool {
	return c == MobilePhone || c == LandlinePhone || c == InternationalPhone
}

// phoneDigits classifies the digits d of a number; plus tells whether a
// '+' preceded them, first how many digits the first group has (len(d)
// when the number is written without separators). It also reports whether
// an international prefix (+, 00) was present.
//
// A foreign number after 00 counts only when written in groups with the
// prefix and country code as the first group ("0044 20 7946 0958"): a
// plain run of digits starting with 00 is more often a code than a number.
func phoneDigits(d []byte, plus bool, first int) (c PhoneClass, prefixed bool) {
	national := d
	switch {
	case plus:
		if len(d) >= 2 && d[0] == '3' && d[1] == '9' {
			national = d[2:]
		} else {
			return international(d), true
		}
	case len(d) >= 4 && string(d[:4]) == "0039":
		national = d[4:]
	case len(d) >= 2 && d[0] == '0' && d[1] == '0':
		if first < 3 || first > 5 || first == len(d) {
			return NotPhone, false
		}
		return international(d[2:]), true
	}
	return italian(national), len(national) != len(d)
}

// international classifies the digits after + or 00: a country code that
// does not start with 0 and 8–15 digits in all (E.164).
func international(d []byte) PhoneClass {
	if len(d) < 8 || len(d) > 15 || d[0] == '0' {
		return NotPhone
	}
	return InternationalPhone
}

// italian classifies a national number of the Italian plan.
func italian(d []byte) PhoneClass {
	if len(d) == 0 {
		return NotPhone
	}
	switch d[0] {
	case '3':
		if len(d) == 9 || len(d) == 10 {
			return MobilePhone
		}
	case '0': // area codes start 01–09: 00 is the international prefix
		if len(d) >= 6 && len(d) <= 11 && d[1] != '0' && !allZero(d[1:]) {
			return LandlinePhone
		}
	case '1', '4', '7', '8':
		if len(d) >= 3 && len(d) <= 11 {
			return ServiceNumber
		}
	}
	return NotPhone
}

func allZero(d []byte) bool {
	for _, c := range d {
		if c != '0' {
			return false
		}
	}
	return true
}

// ClassifyPhone classifies a whole string as a phone number. It accepts
// an optional +39 or 0039 prefix (or + and 00 for other countries) and the
// separators ' ', '-', '.', '/'; anything else makes it [NotPhone].
func ClassifyPhone(s string) PhoneClass {
	var buf [24]byte
	n, first := 0, -1
	plus := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '+' && n == 0 && !plus:
			plus = true
		case c == ' ' || c == '-' || c == '.' || c == '/':
			if first < 0 {
				first = n
			}
		case isDigit(c) && n < len(buf):
			buf[n] = c
			n++
		default:
			return NotPhone
		}
	}
	if first < 0 {
		first = n
	}
	c, _ := phoneDigits(buf[:n], plus, first)
	return c
}

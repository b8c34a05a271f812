package redact

// E-mail addresses: dot-atom local part, domain of at least two labels and
// an alphabetic or punycode TLD. Reference: legal/helpdesk.md §3.6.

const (
	maxLocal  = 64
	maxDomain = 253
	maxEmail  = 254
)

// localOK checks a dot-atom local part: 1–64 characters of the local
// class, no leading, trailing or double dot.
func localOK(s string) bool {
	if len(s) == 0 || len(s) > maxLocal || s[0] == '.' || s[len(s)-1] == '.' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if class[c]&cLocal == 0 || c == '.' && s[i+1] == '.' {
			return false
		}
	}
	return true
}

// domainOK checks a domain name: at least two labels of 1–63 letters,
// digits or hyphens, not starting or ending with a hyphen, and a TLD of
// 2–63 letters or a punycode label (xn--…).
func domainOK(s string) bool {
	if len(s) == 0 || len(s) > maxDomain {
		return false
	}
	labels := 0
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '.' {
			if class[s[i]]&cDomain == 0 {
				return false
			}
			continue
		}
		label := s[start:i]
		if len(label) == 0 || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		labels++
		start = i + 1
	}
	if labels < 2 {
		return false
	}
	return tldOK(s[lastDot(s)+1:])
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

func tldOK(t string) bool {
	if len(t) >= 5 && (t[0]|0x20) == 'x' && (t[1]|0x20) == 'n' && t[2] == '-' && t[3] == '-' {
		return true
	}
	if len(t) < 2 || len(t) > 63 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !isLetter(t[i]) {
			return false
		}
	}
	return true
}

// ValidEmail reports whether s is an e-mail address as the redactor
// recognises one: an ASCII dot-atom local part of at most 64 characters
// (letters, digits and ! # $ % & * + - ^ _ { | } ~; the RFC 5322 characters
// ' / = ? ` are left out because in running text they delimit an address
// more often than they belong to it), "@", and a domain of at least two
// labels with an alphabetic or punycode TLD; 254 characters at most.
// Internationalised (non-ASCII) addresses are not recognised.
func ValidEmail(s string) bool {
	if len(s) > maxEmail {
		return false
	}
	at := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '@' {
			if at >= 0 {
				return false
			}
			at = i
		}
	}
	return at > 0 && localOK(s[:at]) && domainOK(s[at+1:])
}

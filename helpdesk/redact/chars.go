package redact

import (
	"unicode"
	"unicode/utf8"
)

// Byte classes drive the scanner: one table lookup per byte decides whether
// a byte can start something worth a closer look.
const (
	cDigit  = 1 << iota // 0-9
	cUpper              // A-Z
	cLower              // a-z
	cHex                // 0-9 A-F a-f
	cLocal              // may appear in the local part of an e-mail address
	cDomain             // may appear in a domain name: letters, digits, '-', '.'
	cSep                // separates digit groups: ' ', '-', '.', '/'
	cTrig               // '@', '+', ':': start a closer look like letters and digits

	cLetter = cUpper | cLower
	cAlnum  = cLetter | cDigit
)

var class = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] |= cDigit | cHex | cLocal | cDomain
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] |= cUpper | cLocal | cDomain
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= cLower | cLocal | cDomain
	}
	for _, c := range "ABCDEFabcdef" {
		t[c] |= cHex
	}
	// RFC 5322 atext, less ' / = ? ` which in running text more often
	// delimit an address ("all'indirizzo", "?email=", "a/b") than belong
	// to it; the dot is handled apart (no leading, trailing or double dot).
	for _, c := range "!#$%&*+-^_{|}~." {
		t[c] |= cLocal
	}
	t['-'] |= cDomain
	t['.'] |= cDomain
	for _, c := range " -./" {
		t[c] |= cSep
	}
	for _, c := range "@+:" {
		t[c] |= cTrig
	}
	return t
}()

func isDigit(c byte) bool  { return class[c]&cDigit != 0 }
func isLetter(c byte) bool { return class[c]&cLetter != 0 }
func isAlnum(c byte) bool  { return class[c]&cAlnum != 0 }
func isHex(c byte) bool    { return class[c]&cHex != 0 }

// gluedBefore reports whether the byte before s[i] glues a candidate
// starting at i to a preceding word: a letter or digit (ASCII or not), or
// ']'. The bracket counts so that a placeholder left by redaction
// ("[CF]-0212345678") keeps the context the original identifier gave, and
// redacting text never makes a new finding appear.
func gluedBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	c := s[i-1]
	if c < utf8.RuneSelf {
		return isAlnum(c) || c == ']'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// gluedAfter is the mirror of gluedBefore for a candidate ending before
// s[j]; '[' counts, for the same reason.
func gluedAfter(s string, j int) bool {
	if j >= len(s) {
		return false
	}
	if c := s[j]; c < utf8.RuneSelf {
		return isAlnum(c) || c == '['
	}
	return gluedAfterRune(s[j:])
}

func gluedAfterRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// upper returns the ASCII upper case of c.
func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// isSpace reports whether c is ASCII white space.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

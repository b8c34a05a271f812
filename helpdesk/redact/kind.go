package redact

import (
	"fmt"
	"strings"
)

// Kind is the kind of identifier a [Finding] is.
type Kind uint8

// The kinds of identifier the redactor recognises. The zero Kind is not a
// kind; it stands for "none".
const (
	Email       Kind = iota + 1 // e-mail address
	Phone                       // Italian mobile or landline, or international E.164 number
	TaxCode                     // Italian codice fiscale of a natural person
	VATNumber                   // Italian partita IVA
	IBAN                        // International Bank Account Number
	PaymentCard                 // payment card number (PAN)
	IPAddress                   // IPv4 or IPv6 address

	kindEnd // one past the last kind
)

// kindNames are the stable names used in JSON, flags and logs.
var kindNames = [kindEnd]string{
	Email:       "email",
	Phone:       "phone",
	TaxCode:     "tax_code",
	VATNumber:   "vat_number",
	IBAN:        "iban",
	PaymentCard: "payment_card",
	IPAddress:   "ip_address",
}

// kindLabels are the short upper-case labels of placeholders and typed
// pseudonyms.
var kindLabels = [kindEnd]string{
	Email:       "EMAIL",
	Phone:       "PHONE",
	TaxCode:     "CF",
	VATNumber:   "VAT",
	IBAN:        "IBAN",
	PaymentCard: "CARD",
	IPAddress:   "IP",
}

// placeholders are precomputed so that redaction does not build them per
// finding.
var placeholders = func() (p [kindEnd]string) {
	for k := Email; k < kindEnd; k++ {
		p[k] = "[" + kindLabels[k] + "]"
	}
	return p
}()

// Kinds returns every kind, in declaration order.
func Kinds() []Kind {
	ks := make([]Kind, 0, kindEnd-1)
	for k := Email; k < kindEnd; k++ {
		ks = append(ks, k)
	}
	return ks
}

// Valid reports whether k is one of the declared kinds.
func (k Kind) Valid() bool { return k >= Email && k < kindEnd }

// String returns the stable name of k: "email", "phone", "tax_code",
// "vat_number", "iban", "payment_card" or "ip_address".
func (k Kind) String() string {
	if !k.Valid() {
		return fmt.Sprintf("Kind(%d)", uint8(k))
	}
	return kindNames[k]
}

// Label returns the short upper-case label of k: EMAIL, PHONE, CF, VAT,
// IBAN, CARD or IP. Placeholders are the label in brackets ("[CF]"), and
// typed pseudonyms start with it ("EMAIL_…").
func (k Kind) Label() string {
	if !k.Valid() {
		return ""
	}
	return kindLabels[k]
}

// Placeholder returns the typed placeholder that replaces a finding of kind
// k in [ModePlaceholder]: "[EMAIL]", "[PHONE]", "[CF]", "[VAT]", "[IBAN]",
// "[CARD]" or "[IP]".
func (k Kind) Placeholder() string {
	if !k.Valid() {
		return "[REDACTED]"
	}
	return placeholders[k]
}

// MarshalText writes the stable name of k.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, fmt.Errorf("redact: invalid kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText reads a name written by [Kind.MarshalText].
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseKind returns the kind with the given stable name or label, ignoring
// case: "email" and "EMAIL", "tax_code" and "CF", and so on.
func ParseKind(s string) (Kind, error) {
	for k := Email; k < kindEnd; k++ {
		if strings.EqualFold(s, kindNames[k]) || strings.EqualFold(s, kindLabels[k]) {
			return k, nil
		}
	}
	return 0, fmt.Errorf("redact: unknown kind %q (want one of %s)", s, strings.Join(kindNames[Email:], ", "))
}

// ParseKinds parses a comma-separated list of kinds, as a command-line flag
// gives it. An empty string is no kinds (nil), which [Options] reads as all.
func ParseKinds(s string) ([]Kind, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var ks []Kind
	for part := range strings.SplitSeq(s, ",") {
		k, err := ParseKind(strings.TrimSpace(part))
		if err != nil {
			return nil, err
		}
		ks = append(ks, k)
	}
	return ks, nil
}

// kindSet is a bit set of kinds.
type kindSet uint16

func (s kindSet) has(k Kind) bool { return s&(1<<k) != 0 }

func setOf(ks []Kind) kindSet {
	if len(ks) == 0 {
		return allKinds
	}
	var s kindSet
	for _, k := range ks {
		if k.Valid() {
			s |= 1 << k
		}
	}
	return s
}

const allKinds = kindSet(1<<kindEnd-1) &^ 1

// Confidence is how sure the redactor is that a finding is the identifier
// it claims. The levels are ordered: Low < Medium < High.
type Confidence uint8

// Confidence levels.
const (
	// ConfidenceLow: the syntax fits but the value is short or common,
	// such as a national landline number without a country prefix.
	ConfidenceLow Confidence = iota + 1
	// ConfidenceMedium: the syntax fits and has no checksum, such as a
	// phone number with a prefix or an IP address.
	ConfidenceMedium
	// ConfidenceHigh: a checksum validated the value (tax code, VAT number,
	// IBAN, card) or the syntax is unmistakable (e-mail address).
	ConfidenceHigh
)

var confidenceNames = [...]string{ConfidenceLow: "low", ConfidenceMedium: "medium", ConfidenceHigh: "high"}

// String returns "low", "medium" or "high".
func (c Confidence) String() string {
	if c < ConfidenceLow || c > ConfidenceHigh {
		return fmt.Sprintf("Confidence(%d)", uint8(c))
	}
	return confidenceNames[c]
}

// MarshalText writes "low", "medium" or "high".
func (c Confidence) MarshalText() ([]byte, error) {
	if c < ConfidenceLow || c > ConfidenceHigh {
		return nil, fmt.Errorf("redact: invalid confidence %d", uint8(c))
	}
	return []byte(confidenceNames[c]), nil
}

// UnmarshalText reads "low", "medium" or "high".
func (c *Confidence) UnmarshalText(b []byte) error {
	v, err := ParseConfidence(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseConfidence parses "low", "medium" or "high", ignoring case.
func ParseConfidence(s string) (Confidence, error) {
	for c := ConfidenceLow; c <= ConfidenceHigh; c++ {
		if strings.EqualFold(s, confidenceNames[c]) {
			return c, nil
		}
	}
	return 0, fmt.Errorf("redact: unknown confidence %q (want low, medium or high)", s)
}

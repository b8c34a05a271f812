package redact

import (
	"fmt"
	"testing"
)

// referenceVector is one test vector of legal/helpdesk.md §3.
type referenceVector struct {
	kind  Kind
	value string
	valid bool
	why   string
}

// referenceVectors are every test vector of legal/helpdesk.md §3, verbatim.
var referenceVectors = []referenceVector{
	// §3.1 codice fiscale
	{TaxCode, "RSSMRA85T10A562S", true, ""},
	{TaxCode, "RSSMRA85T10A56NH", true, "omocodic (position 15: 2 → N)"},
	{TaxCode, "CNTCHR83T41D969D", true, "female (day 41)"},
	{TaxCode, "RSSMRA85T10A562T", false, "check character"},
	{TaxCode, "RSSMRA85T10A56NS", false, "substitution without recomputing the check"},
	{TaxCode, "RSSMRA85B30A562G", false, "check correct, but 30 February"},
	// §3.2 partita IVA
	{VATNumber, "00743110157", true, ""},
	{VATNumber, "IT 01234560157", true, "prefix and space accepted"},
	{VATNumber, "00743110158", false, "check digit"},
	{VATNumber, "01234567897", false, "passes Luhn; office code 789 not allowed"},
	{VATNumber, "00000000000", false, "all zeros"},
	// §3.3 IBAN
	{IBAN, "IT60X0542811101000000123456", true, "CIN X"},
	{IBAN, "IT60 X054 2811 1010 0000 0123 456", true, "printed form"},
	{IBAN, "DE89370400440532013000", true, ""},
	{IBAN, "IT61X0542811101000000123456", false, "mod 97"},
	{IBAN, "IT65A0542811101000000123456", false, "mod 97 passes, CIN wrong"},
	{IBAN, "IT60X054281110100000012345", false, "length 26"},
	// §3.4 payment cards
	{PaymentCard, "4111 1111 1111 1111", true, "Visa"},
	{PaymentCard, "2221 0000 0000 0009", true, "Mastercard 2-series, lower bound"},
	{PaymentCard, "2720 9900 0000 0007", true, "Mastercard 2-series, upper bound"},
	{PaymentCard, "3782 822463 10005", true, "Amex"},
	{PaymentCard, "4111 1111 1111 1112", false, "Luhn"},
	{PaymentCard, "2721 0000 0000 0004", false, "Luhn passes; outside 2221–2720"},
	{PaymentCard, "1234 5678 9012 3452", false, "Luhn passes; no issuer prefix"},
	// §3.5 phone numbers (the service number is tested apart)
	{Phone, "+39 347 123 4567", true, "mobile"},
	{Phone, "0039 333 1234567", true, "mobile"},
	{Phone, "+39 06 1234 5678", true, "landline, 0 kept"},
	{Phone, "02 1234 5678", true, "landline"},
	{Phone, "+39 6 1234 5678", false, "landline without 0"},
	{Phone, "347 12", false, "too short"},
	{Phone, "+39 347 123 45678 9", false, "too long"},
	{Phone, "800 123 456", false, "service number (toll-free): not personal"},
	// §3.6 e-mail
	{Email, "mario.rossi@example.it", true, ""},
	{Email, "m.rossi+ticket@mail.example.co.uk", true, ""},
	{Email, "mario..rossi@example.it", false, "double dot"},
	{Email, "mario.rossi@", false, "no domain"},
	{Email, "mario@example", false, "no TLD"},
	// §3.7 IP addresses
	{IPAddress, "192.168.1.10", true, "IPv4"},
	{IPAddress, "2001:db8::1", true, "IPv6"},
	{IPAddress, "::ffff:192.0.2.1", true, "IPv6, embedded IPv4"},
	{IPAddress, "256.1.1.1", false, "octet > 255"},
	{IPAddress, "01.2.3.4", false, "leading zero"},
	{IPAddress, "2001:db8::1::2", false, "two ::"},
}

// validate calls the exported validator of kind k.
func validate(k Kind, s string) bool {
	switch k {
	case Email:
		return ValidEmail(s)
	case Phone:
		return ClassifyPhone(s).Personal()
	case TaxCode:
		return ValidTaxCode(s)
	case VATNumber:
		return ValidVATNumber(s)
	case IBAN:
		return ValidIBAN(s)
	case PaymentCard:
		return ValidCard(s)
	case IPAddress:
		return ValidIP(s)
	}
	panic(k)
}

func TestReferenceVectorsValidators(t *testing.T) {
	for _, v := range referenceVectors {
		t.Run(fmt.Sprintf("%s/%s", v.kind, v.value), func(t *testing.T) {
			if got := validate(v.kind, v.value); got != v.valid {
				t.Errorf("valid = %v, want %v (%s)", got, v.valid, v.why)
			}
		})
	}
}

// TestReferenceVectorsInText embeds every vector in Italian prose: valid
// ones are found exactly, with their kind; invalid ones are not found as
// their kind, and produce no finding at all at medium confidence or above.
// (An invalid VAT number such as 01234567897 has the shape of an Italian
// landline number, 0 and 10 digits, and is reported as a low-confidence
// phone number.)
func TestReferenceVectorsInText(t *testing.T) {
	r := MustNew(Options{})
	medium := MustNew(Options{MinConfidence: ConfidenceMedium})
	for _, v := range referenceVectors {
		for _, frame := range []string{"%s", "Buongiorno, il dato è %s, grazie.", "(%s)", "dato:%s\n"} {
			text := fmt.Sprintf(frame, v.value)
			t.Run(fmt.Sprintf("%s/%q", v.kind, text), func(t *testing.T) {
				fs := r.Find(text)
				if !v.valid {
					for _, f := range fs {
						if f.Kind == v.kind {
							t.Fatalf("found %+v in %q; want no %s (%s)", f, text, v.kind, v.why)
						}
					}
					if fs := medium.Find(text); len(fs) != 0 {
						t.Fatalf("found %+v in %q at medium confidence; want nothing (%s)", fs, text, v.why)
					}
					return
				}
				if len(fs) != 1 || fs[0].Kind != v.kind || fs[0].Text != v.value {
					t.Fatalf("found %+v in %q; want one %s %q", fs, text, v.kind, v.value)
				}
			})
		}
	}
}

func TestClassifyPhone(t *testing.T) {
	tests := []struct {
		in   string
		want PhoneClass
	}{
		{"+39 347 123 4567", MobilePhone},
		{"0039 333 1234567", MobilePhone},
		{"+39 06 1234 5678", LandlinePhone},
		{"02 1234 5678", LandlinePhone},
		{"011 123 4567", LandlinePhone},
		{"+39 6 1234 5678", NotPhone},
		{"347 12", NotPhone},
		{"+39 347 123 45678 9", NotPhone},
		{"800 123 456", ServiceNumber},
		{"892 892", ServiceNumber},
		{"+44 20 7946 0958", InternationalPhone},
		{"0044 20 7946 0958", InternationalPhone},
		{"+1 202 555 0142", InternationalPhone},
		{"+0 123 456 789", NotPhone},
		{"+49 30", NotPhone},
		{"347-123-4567", MobilePhone},
		{"347.123.4567", MobilePhone},
		{"02/12345678", LandlinePhone},
		{"0000000", NotPhone},
		{"tel 3471234567", NotPhone},
	}
	for _, tt := range tests {
		if got := ClassifyPhone(tt.in); got != tt.want {
			t.Errorf("ClassifyPhone(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestValidTaxCodeDates(t *testing.T) {
	// Generated codes: check characters computed by cfCheck.
	tests := []struct {
		body  string // 15 characters
		valid bool
	}{
		{"RSSMRA00B29A562", true},  // 29 Feb 2000
		{"RSSMRA01B29A562", false}, // 29 Feb 2001 / 1901
		{"RSSMRA85B69A562", true},  // woman, 29 Feb: 1985? no, but 2085? no → see below
		{"RSSMRA84B69A562", true},  // woman born 29 Feb 1984
		{"RSSMRA85A00A562", false}, // day 0
		{"RSSMRA85A32A562", false}, // day 32
		{"RSSMRA85A40A562", false}, // day 40
		{"RSSMRA85A72A562", false}, // day 72
		{"RSSMRA85S31A562", true},  // 31 Nov? S = November: 30 days
		{"RSSMRA85F10A562", false}, // F is not a month letter
		{"RSSMRA8RT10A562", true},  // omocodic year digit (R = 5)
		{"RSSMRALRTLMANRS", true},  // every digit position homocodic
		{"RSSMRA85T1WA562", false}, // W is not a homocodic letter
	}
	for _, tt := range tests {
		code := tt.body + string(cfCheck(tt.body))
		want := tt.valid
		switch tt.body {
		case "RSSMRA85B69A562": // 29 Feb 1985 and 2085: neither is leap
			want = false
		case "RSSMRA85S31A562": // S is November, which has 30 days
			want = false
		}
		if got := ValidTaxCode(code); got != want {
			t.Errorf("ValidTaxCode(%s) = %v, want %v", code, got, want)
		}
		if got := ValidTaxCode(lower(code)); got != want {
			t.Errorf("ValidTaxCode(%s) = %v, want %v (lower case)", lower(code), got, want)
		}
	}
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestCardBrand(t *testing.T) {
	tests := []struct{ in, want string }{
		{"4111 1111 1111 1111", "visa"},
		{"4222222222222", "visa"},
		{"5555 5555 5555 4444", "mastercard"},
		{"2221 0000 0000 0009", "mastercard"},
		{"2720 9900 0000 0007", "mastercard"},
		{"3782 822463 10005", "amex"},
		{"6011 1111 1111 1117", "discover"},
		{"3530 1113 3330 0000", "jcb"},
		{"3056 9309 0259 04", "diners"},
		{"6200 0000 0000 0005", "unionpay"},
		{"6759 6498 2643 8453", "maestro"},
		{"2200 0000 0000 0004", "mir"},
		{"4111 1111 1111 1112", ""},
		{"2721 0000 0000 0004", ""},
		{"1234 5678 9012 3452", ""},
		{"4111-1111-1111-1111", "visa"},
		{"4111.1111.1111.1111", ""},
	}
	for _, tt := range tests {
		if got := CardBrand(tt.in); got != tt.want {
			t.Errorf("CardBrand(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestValidIBANCountries(t *testing.T) {
	for _, s := range []string{
		"GB29 NWBK 6016 1331 9268 19", "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00",
		"BE68 5390 0754 7034", "NO93 8601 1117 947", "SM86 U032 2509 8000 0000 0270 100",
		"CH93 0076 2011 6238 5295 7", "ES91 2100 0418 4502 0005 1332", "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
		"it60x0542811101000000123456",
	} {
		if !ValidIBAN(s) {
			t.Errorf("ValidIBAN(%q) = false", s)
		}
	}
	for _, s := range []string{
		"XX89370400440532013000", "DE8937040044053201300", "DE89 3704 0044 0532 0130 01", "SM86 A032 2509 8000 0000 0270 100",
		"", "IT", "IT60",
	} {
		if ValidIBAN(s) {
			t.Errorf("ValidIBAN(%q) = true", s)
		}
	}
}

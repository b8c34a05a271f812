package redact

import (
	"fmt"
	"strings"
	"testing"
)

// found renders findings as "kind:text" for compact comparison.
func found(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Kind.String()+":"+f.Text)
	}
	return out
}

func TestFindPositive(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Chiamami al 3471234567.", []string{"phone:3471234567"}},
		{"tel.3471234567", []string{"phone:3471234567"}},
		{"tel:+393471234567", []string{"phone:+393471234567"}},
		{"(+39) 347 1234567", []string{"phone:347 1234567"}},
		{"+39 347 1234567 2 volte", []string{"phone:+39 347 1234567"}},
		{"06 12345678 3471234567", []string{"phone:06 12345678", "phone:3471234567"}},
		{"interno 12 3471234567", []string{"phone:3471234567"}},
		{"dopo la v10.2.0 3471234567", []string{"phone:3471234567"}},
		{"il 22/11/2026 3471234567", []string{"phone:3471234567"}},
		{"347-123-4567 o 347.123.4567", []string{"phone:347-123-4567", "phone:347.123.4567"}},
		{"fisso 02/12345678", []string{"phone:02/12345678"}},
		{"UK +44 20 7946 0958, US +1 202 555 0142", []string{"phone:+44 20 7946 0958", "phone:+1 202 555 0142"}},
		{"0044 20 7946 0958", []string{"phone:0044 20 7946 0958"}},
		{"CI_3471234567.pdf", []string{"phone:3471234567"}},
		{"log-10.0.0.12.txt, ORD-1.2.3.4", []string{"ip_address:10.0.0.12", "ip_address:1.2.3.4"}},
		{"P.IVA IT00743110157.", []string{"vat_number:IT00743110157"}},
		{"P.IVA IT-00743110157", []string{"vat_number:IT-00743110157"}},
		{"cf: rssmra85t10a562s", []string{"tax_code:rssmra85t10a562s"}},
		{"IBAN IT60 X 05428 11101 000000123456 grazie", []string{"iban:IT60 X 05428 11101 000000123456"}},
		{"IBAN: DE89 3704 0044 0532 0130 00.", []string{"iban:DE89 3704 0044 0532 0130 00"}},
		{"http://192.168.1.10:8080/admin", []string{"ip_address:192.168.1.10"}},
		{"[2001:db8::1]:443", []string{"ip_address:2001:db8::1"}},
		{"link-local fe80::1%eth0 attivo", []string{"ip_address:fe80::1%eth0"}},
		{"IP:2001:db8::1", []string{"ip_address:2001:db8::1"}},
		{"server 1.2.3.4", []string{"ip_address:1.2.3.4"}},
		{"carta 4111-1111-1111-1111 scade 12/27", []string{"payment_card:4111-1111-1111-1111"}},
		{"carta 4111111111111111", []string{"payment_card:4111111111111111"}},
		{"MC 5555 5555 5555 4444", []string{"payment_card:5555 5555 5555 4444"}},
		{"Scrivete a <Mario.Rossi@Example.IT>!", []string{"email:Mario.Rossi@Example.IT"}},
		{"mail:m.rossi+ticket@mail.example.co.uk,", []string{"email:m.rossi+ticket@mail.example.co.uk"}},
		{"?email=mario@example.it&x=1", []string{"email:mario@example.it"}},
		{"indirizzo all'mario@example.it", []string{"email:mario@example.it"}},
		{"ciao@xn--80ak6aa92e.xn--p1ai", []string{"email:ciao@xn--80ak6aa92e.xn--p1ai"}},
		{"3471234567@sms.example.it", []string{"email:3471234567@sms.example.it"}},
		{"a@b.it.0212345678", []string{"phone:0212345678"}},
		// Digits that end in an e-mail address belong to it.
		{"0212 3456 78@x.it", []string{"phone:0212 3456", "email:78@x.it"}},
		{"347.123.4567@x.it", []string{"email:347.123.4567@x.it"}},
		{"IT 00743110157", []string{"vat_number:IT 00743110157"}},
	}
	r := MustNew(Options{})
	for _, tt := range tests {
		got := found(r.Find(tt.text))
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestFindFalsePositives lists texts that look like identifiers and are
// not: each must give no finding at all.
func TestFindFalsePositives(t *testing.T) {
	for _, text := range []string{
		// dates and times
		"2026-11-22", "22/11/2026", "22.11.2026", "22-11-2026", "02/11/2026", "11/2026", "02/2026", "2026-11",
		"2026-11-22T10:30:00Z", "22/11/2026 10:30", "alle 10:30:45", "ore 12.30", "01.02.03",
		// order, ticket and product numbers
		"ORD-2026-000123", "TCK-00123", "ticket #123456789", "pratica n. 2026/1234", "SKU AB-1234-XY",
		"ISBN 978-88-04-12345-6", "codice 0x80070005", "550e8400-e29b-41d4-a716-446655440000",
		"CAP 20121 Milano", "12345678901234567890123", "A-3471234567", "ref/3471234567",
		"a+3471234567",
		// versions: 1.2.3.4 after a version word, or with more parts, is not an address
		"v1.2.3.4", "versione 1.2.3.4", "Versione: 10.0.0.1", "release 2.0.0.1", "build 10.0.19045.3803",
		"v10.2.0", "1.2.3.4.5", "firmware v2.1.0.14",
		// prices and quantities
		"€ 1.234,56", "1.234.567,89 €", "1234,56", "€ 12.345.678", "100%", "3 licenze", "2,5 GB",
		// failed checksums
		"RSSMRA85T10A562T", "00743110158", "IT61X0542811101000000123456", "4111 1111 1111 1112",
		"2721 0000 0000 0004", "1234 5678 9012 3452", "5555 5555 5555 4445",
		// not phones
		"+39 6 1234 5678", "347 12", "+39 347 123 45678 9", "800 123 456", "numero verde 800123456",
		"112", "+39", "C++ e C#", "1+1=2", "00743110158",
		// not e-mail addresses
		"@mario", "mario@", "mario@example", "user@localhost", "foo@bar.c", "mario..rossi@example.it",
		"a@-example.it", "a@example-.it", "x@example.123", "mario@esempio.città",
		// not IP addresses
		"256.1.1.1", "01.2.3.4", "2001:db8::1::2", "00:1a:2b:3c:4d:5e", "10:30", "1:2:3", "::", "a::b::c",
		// plain words
		"IT", "ITALIA", "IT-12345", "IPv4 e IPv6", "Buongiorno, grazie.",
		// URL ids are not cards
		"https://shop.example.it/orders/4111111111111111", "https://x.it/?card=4111111111111111",
	} {
		if fs := MustNew(Options{}).Find(text); len(fs) != 0 {
			t.Errorf("Find(%q) = %q, want nothing", text, found(fs))
		}
	}
}

func TestFindKindsAndConfidence(t *testing.T) {
	text := "mail mario@example.it, tel 02 1234 5678, cell +39 347 1234567, cf RSSMRA85T10A562S"
	tests := []struct {
		opts Options
		want []string
	}{
		{Options{}, []string{"email:mario@example.it", "phone:02 1234 5678", "phone:+39 347 1234567", "tax_code:RSSMRA85T10A562S"}},
		{Options{Kinds: []Kind{Email, TaxCode}}, []string{"email:mario@example.it", "tax_code:RSSMRA85T10A562S"}},
		{Options{MinConfidence: ConfidenceMedium}, []string{"email:mario@example.it", "phone:+39 347 1234567", "tax_code:RSSMRA85T10A562S"}},
		{Options{MinConfidence: ConfidenceHigh}, []string{"email:mario@example.it", "tax_code:RSSMRA85T10A562S"}},
	}
	for _, tt := range tests {
		got := found(MustNew(tt.opts).Find(text))
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Find with %+v = %q, want %q", tt.opts, got, tt.want)
		}
	}
}

// TestFindDisabledKindDoesNotHide checks that turning a kind off does not
// hide an identifier of another kind inside it.
func TestFindDisabledKindDoesNotHide(t *testing.T) {
	got := found(MustNew(Options{Kinds: []Kind{Phone}}).Find("scrivi a 3471234567@sms.example.it"))
	if fmt.Sprint(got) != "[phone:3471234567]" {
		t.Errorf("got %q", got)
	}
}

func TestRedactModes(t *testing.T) {
	text := "Mario (mario.rossi@example.it, 347 1234567) paga con 4111 1111 1111 1111 da 192.168.1.10."
	tests := []struct {
		opts Options
		want string
	}{
		{Options{}, "Mario ([EMAIL], [PHONE]) paga con [CARD] da [IP]."},
		{Options{Mode: ModeMask}, "Mario (*****.*****@*******.**, *** *******) paga con **** **** **** **** da ***.***.*.**."},
		{Options{Mode: ModeMask, KeepCardEnds: true}, "Mario (*****.*****@*******.**, *** *******) paga con 4111 11** **** 1111 da ***.***.*.**."},
		{Options{Mode: ModePseudonym, Pseudonym: func(k Kind, v string) string { return "<" + k.Label() + ":" + v + ">" }},
			"Mario (<EMAIL:mario.rossi@example.it>, <PHONE:+393471234567>) paga con <CARD:4111111111111111> da <IP:192.168.1.10>."},
		{Options{Kinds: []Kind{PaymentCard}}, "Mario (mario.rossi@example.it, 347 1234567) paga con [CARD] da 192.168.1.10."},
	}
	for _, tt := range tests {
		r := MustNew(tt.opts)
		if got := r.Redact(text); got != tt.want {
			t.Errorf("Redact (%v) =\n%s\nwant\n%s", tt.opts.Mode, got, tt.want)
		}
		if tt.opts.Mode == ModeMask && len(r.Redact(text)) != len(text) {
			t.Errorf("mask changed the length")
		}
	}
}

func TestRedactWithoutFindingsReturnsInput(t *testing.T) {
	text := strings.Repeat("nessun dato personale qui. ", 100)
	r := MustNew(Options{})
	if got := r.Redact(text); got != text {
		t.Fatal("changed text without findings")
	}
	if n := testing.AllocsPerRun(10, func() { r.Redact(text) }); n != 0 && !raceEnabled {
		t.Errorf("Redact allocates %v times on clean text", n)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		k        Kind
		in, want string
	}{
		{Email, "Mario.Rossi@Example.IT", "mario.rossi@example.it"},
		{Phone, "+39 347 123 4567", "+393471234567"},
		{Phone, "347-123-4567", "+393471234567"},
		{Phone, "0039 333 1234567", "+393331234567"},
		{Phone, "02 1234 5678", "+390212345678"},
		{Phone, "0044 20 7946 0958", "+442079460958"},
		{TaxCode, "rssmra85t10a562s", "RSSMRA85T10A562S"},
		{VATNumber, "IT 00743110157", "00743110157"},
		{IBAN, "it60 x054 2811 1010 0000 0123 456", "IT60X0542811101000000123456"},
		{PaymentCard, "4111-1111-1111-1111", "4111111111111111"},
		{IPAddress, "2001:DB8:0::1", "2001:db8::1"},
		{IPAddress, " 192.168.1.10 ", "192.168.1.10"},
		{Email, "not an email", "not an email"},
		{Kind(0), " x ", "x"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.k, tt.in); got != tt.want {
			t.Errorf("Normalize(%v, %q) = %q, want %q", tt.k, tt.in, got, tt.want)
		}
	}
}

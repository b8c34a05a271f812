package redact_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/gdprkit/gdprkit/helpdesk/redact"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

func Example() {
	r := redact.MustNew(redact.Options{})
	text := "Sono Mario, scrivetemi a mario.rossi@example.it o chiamate il +39 347 123 4567. " +
		"CF RSSMRA85T10A562S, ordine ORD-2026-000123 del 22/11/2026."
	fmt.Println(r.Redact(text))
	// Output:
	// Sono Mario, scrivetemi a [EMAIL] o chiamate il [PHONE]. CF [CF], ordine ORD-2026-000123 del 22/11/2026.
}

func ExampleRedactor_Find() {
	r := redact.MustNew(redact.Options{})
	for _, f := range r.Find("IBAN IT60 X054 2811 1010 0000 0123 456, carta 4111-1111-1111-1111, IP 2001:db8::1") {
		fmt.Printf("%s %d-%d %s %q\n", f.Kind, f.Start, f.End, f.Confidence, f.Text)
	}
	// Output:
	// iban 5-38 high "IT60 X054 2811 1010 0000 0123 456"
	// payment_card 46-65 high "4111-1111-1111-1111"
	// ip_address 70-81 medium "2001:db8::1"
}

// Findings marshal without the identifier itself, ready for a log.
func ExampleFinding_json() {
	r := redact.MustNew(redact.Options{})
	b, _ := json.Marshal(r.Find("P.IVA IT 00743110157"))
	fmt.Println(string(b))
	// Output:
	// [{"kind":"vat_number","start":6,"end":20,"confidence":"high"}]
}

func ExampleModeMask() {
	r := redact.MustNew(redact.Options{Mode: redact.ModeMask, KeepCardEnds: true})
	fmt.Println(r.Redact("mail m.rossi@example.it, carta 4111 1111 1111 1111"))
	// Output:
	// mail *.*****@*******.**, carta 4111 11** **** 1111
}

func ExampleModePseudonym() {
	// In production the function is a keyed pseudonymizer (package
	// helpdesk/pseudonym); it receives the normalised value.
	r := redact.MustNew(redact.Options{
		Mode:      redact.ModePseudonym,
		Pseudonym: func(k redact.Kind, v string) string { return k.Label() + "(" + v + ")" },
	})
	fmt.Println(r.Redact("Chiamare 347-123-4567 o scrivere a Mario.Rossi@Example.IT"))
	// Output:
	// Chiamare PHONE(+393471234567) o scrivere a EMAIL(mario.rossi@example.it)
}

func ExampleRedactor_Stream() {
	r := redact.MustNew(redact.Options{Kinds: []redact.Kind{redact.Email, redact.Phone}})
	st, err := r.Stream(os.Stdout, strings.NewReader("Da: luigi@example.it\nTel: 02 1234 5678\n"))
	if err != nil {
		panic(err)
	}
	fmt.Println(st.Findings, "findings in", st.Bytes, "bytes")
	// Output:
	// Da: [EMAIL]
	// Tel: [PHONE]
	// 2 findings in 39 bytes
}

func ExampleRedactor_RedactTicket() {
	t := ticket.Ticket{
		ID:       "T-1",
		Title:    "Rimborso su IBAN IT60X0542811101000000123456",
		Messages: []ticket.Message{{Author: "customer", Body: "Il mio numero è 3471234567."}},
	}
	r := redact.MustNew(redact.Options{})
	st := r.RedactTicket(&t)
	fmt.Println(t.Title)
	fmt.Println(t.Messages[0].Body)
	fmt.Println(st.Count(redact.IBAN), st.Count(redact.Phone))
	// Output:
	// Rimborso su IBAN [IBAN]
	// Il mio numero è [PHONE].
	// 1 1
}

func ExampleValidTaxCode() {
	for _, cf := range []string{"RSSMRA85T10A562S", "RSSMRA85T10A56NH", "RSSMRA85T10A562T", "RSSMRA85B30A562G"} {
		fmt.Println(cf, redact.ValidTaxCode(cf))
	}
	// Output:
	// RSSMRA85T10A562S true
	// RSSMRA85T10A56NH true
	// RSSMRA85T10A562T false
	// RSSMRA85B30A562G false
}

func ExampleParseMode() {
	m, err := redact.ParseMode("mask")
	fmt.Println(m, err)
	_, err = redact.ParseMode("blur")
	fmt.Println(err)
	// Output:
	// mask <nil>
	// redact: unknown mode "blur" (want mask, placeholder or pseudonym)
}

package anonymize_test

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/anonymize"
	"github.com/gdprkit/gdprkit/helpdesk/pseudonym"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

func exampleTicket() *ticket.Ticket {
	return &ticket.Ticket{
		ID:      "T-1042",
		Subject: "mario.rossi@example.it",
		Channel: "email",
		Created: time.Date(2025, 3, 14, 9, 26, 0, 0, time.UTC),
		Closed:  time.Date(2025, 3, 15, 17, 5, 0, 0, time.UTC),
		Fields: []ticket.Field{
			{Name: "email", Category: "contact", Identifier: true, Value: "mario.rossi@example.it"},
			{Name: "product", Category: "service", Value: "CloudBox"},
		},
		Title: "Addebito doppio",
		Messages: []ticket.Message{
			{Author: "customer", At: time.Date(2025, 3, 14, 9, 26, 0, 0, time.UTC),
				Body: "La carta 4111 1111 1111 1111 è stata addebitata due volte. Tel. 347 123 4567."},
		},
	}
}

func ExampleAnonymize() {
	t := exampleTicket()
	if err := anonymize.Anonymize(t, anonymize.Options{}); err != nil {
		panic(err)
	}
	fmt.Printf("subject=%q channel=%s created=%s closed=%s stage=%s messages=%d\n",
		t.Subject, t.Channel, t.Created.Format("2006-01-02"), t.Closed.Format("2006-01-02"), t.Stage, len(t.Messages))
	for _, f := range t.Fields {
		fmt.Printf("%s=%s\n", f.Name, f.Value)
	}
	fmt.Println("residues:", anonymize.Verify(t, anonymize.Options{}))
	// Output:
	// subject="" channel=email created=2025-03-01 closed=2025-03-01 stage=anonymised messages=0
	// product=CloudBox
	// resolution_time=1d_to_7d
	// residues: []
}

func ExampleVerify() {
	t := exampleTicket()
	for _, r := range anonymize.Verify(t, anonymize.Options{KeepRedactedText: true}) {
		fmt.Println(r)
	}
	// Output:
	// subject: subject_link
	// created: precise_timestamp
	// closed: precise_timestamp
	// fields[0]: identifier_field
	// fields[0].value: identifier (email)
	// messages[0].body: identifier (payment_card)
	// messages[0].body: identifier (phone)
	// messages[0].at: precise_timestamp
}

func ExamplePseudonymize() {
	keys := pseudonym.NewMemoryKeys()
	keys.Set("support", bytes.Repeat([]byte{9}, 32)) // from a KMS in production
	p, _ := pseudonym.New(context.Background(), keys, "support")

	t := exampleTicket()
	if err := anonymize.Pseudonymize(t, p); err != nil {
		panic(err)
	}
	fmt.Println(t.Subject)
	fmt.Println(t.Fields[0].Value)
	fmt.Println(t.Messages[0].Body)
	fmt.Println(t.Stage)
	// Output:
	// EMAIL_26hiuxhd2kvf6gc46xfz4mp4q4
	// EMAIL_26hiuxhd2kvf6gc46xfz4mp4q4
	// La carta CARD_4esqfpqoc5noxy53a56xtqegxe è stata addebitata due volte. Tel. PHONE_duswwkifuv3yik5z2ecr7oqu54.
	// pseudonymised
}

package pseudonym_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/pseudonym"
)

func Example() {
	ctx := context.Background()
	// In production the keys live in a KMS or a secret store, apart from
	// the data; fixed keys keep this example's output stable.
	keys := pseudonym.NewMemoryKeys()
	keys.Set("support", bytes.Repeat([]byte{1}, 32))
	keys.Set("statistics", bytes.Repeat([]byte{2}, 32))

	support, _ := pseudonym.New(ctx, keys, "support")
	statistics, _ := pseudonym.New(ctx, keys, "statistics")
	fmt.Println(support.TypedToken("EMAIL", "mario.rossi@example.it"))
	fmt.Println(support.TypedToken("EMAIL", "mario.rossi@example.it"))
	fmt.Println(statistics.TypedToken("EMAIL", "mario.rossi@example.it"))
	// Output:
	// EMAIL_bs7o5gndbkxclvtwlrcmjx4kgi
	// EMAIL_bs7o5gndbkxclvtwlrcmjx4kgi
	// EMAIL_7h3ksqr3llc5mc3fbz3l7qadau
}

func ExampleDerivedKeys() {
	ctx := context.Background()
	master := bytes.Repeat([]byte{0x42}, 32) // from a secret store
	keys, _ := pseudonym.NewDerivedKeys(master, []byte("acme helpdesk"))
	p, _ := pseudonym.New(ctx, keys, "support")
	fmt.Println(p.Token("3471234567"))
	keys.Close() // wipes the master: every domain is shredded
	_, err := pseudonym.New(ctx, keys, "support")
	fmt.Println(errors.Is(err, pseudonym.ErrKeyDestroyed))
	// Output:
	// tok_v5fwavlkotvfurffken3oh4v4q
	// true
}

func ExampleVault_Reveal() {
	ctx := context.Background()
	keys := pseudonym.NewMemoryKeys()
	keys.Generate("support")
	keys.Generate(pseudonym.VaultDomain("support")) // held by another role in production
	clock := func() time.Time { return time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC) }
	vault := pseudonym.NewVault(keys, pseudonym.NewMemoryStore(), pseudonym.VaultOptions{Clock: clock})
	p, _ := pseudonym.New(ctx, keys, "support")

	token, _ := vault.Tokenize(ctx, p, "CF", "RSSMRA85T10A562S")

	_, ev, err := vault.Reveal(ctx, "support", token, "", "op-7")
	fmt.Println(err)
	fmt.Println(ev.Outcome)

	value, ev, _ := vault.Reveal(ctx, "support", token, "richiesta dell'interessato art. 15", "op-7")
	fmt.Println(value)
	fmt.Println(ev.Time.Format(time.RFC3339), ev.Actor, ev.Purpose, ev.Outcome)
	// Output:
	// pseudonym: re-identification needs a stated purpose
	// refused: pseudonym: re-identification needs a stated purpose
	// RSSMRA85T10A562S
	// 2026-11-22T09:00:00Z op-7 richiesta dell'interessato art. 15 revealed
}

func ExampleShred() {
	ctx := context.Background()
	keys := pseudonym.NewMemoryKeys()
	keys.Generate("support-2024")
	keys.Generate(pseudonym.VaultDomain("support-2024"))
	vault := pseudonym.NewVault(keys, pseudonym.NewMemoryStore(), pseudonym.VaultOptions{})
	p, _ := pseudonym.New(ctx, keys, "support-2024")
	token, _ := vault.Tokenize(ctx, p, "tok", "mario.rossi@example.it")

	// The cohort reached the end of its retention: shred it.
	pseudonym.Shred(ctx, keys, "support-2024")

	_, err := pseudonym.New(ctx, keys, "support-2024")
	fmt.Println(errors.Is(err, pseudonym.ErrKeyDestroyed))
	_, _, err = vault.Reveal(ctx, "support-2024", token, "audit", "dpo")
	fmt.Println(errors.Is(err, pseudonym.ErrKeyDestroyed))
	// Output:
	// true
	// true
}

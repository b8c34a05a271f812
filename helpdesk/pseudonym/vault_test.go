package pseudonym

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

var fixedTime = time.Date(2026, 11, 22, 10, 30, 0, 0, time.FixedZone("CET", 3600))

func newTestVault(t *testing.T) (*Vault, *MemoryKeys, *MemoryStore, *Pseudonymizer) {
	t.Helper()
	keys := testKeys(t)
	store := NewMemoryStore()
	v := NewVault(keys, store, VaultOptions{Clock: func() time.Time { return fixedTime }})
	p, err := New(ctx, keys, "support")
	if err != nil {
		t.Fatal(err)
	}
	return v, keys, store, p
}

func TestVaultReveal(t *testing.T) {
	v, _, store, p := newTestVault(t)
	token, err := v.Tokenize(ctx, p, "EMAIL", "mario.rossi@example.it")
	if err != nil {
		t.Fatal(err)
	}
	if token != p.TypedToken("EMAIL", "mario.rossi@example.it") {
		t.Fatalf("Tokenize gave %s", token)
	}
	stored, _ := store.Get(ctx, "support", token)
	if bytes.Contains(stored, []byte("mario")) {
		t.Fatal("plaintext in the store")
	}
	value, ev, err := v.Reveal(ctx, "support", token, "richiesta di accesso art. 15", "op-42")
	if err != nil || value != "mario.rossi@example.it" {
		t.Fatalf("Reveal = %q, %v", value, err)
	}
	want := AuditEvent{
		Time: fixedTime.UTC(), Action: ActionReveal, Actor: "op-42", Domain: "support",
		Token: token, Purpose: "richiesta di accesso art. 15", Outcome: "revealed",
	}
	if ev != want {
		t.Fatalf("event %+v, want %+v", ev, want)
	}
}

func TestVaultRefusals(t *testing.T) {
	v, _, store, p := newTestVault(t)
	token, _ := v.Tokenize(ctx, p, "tok", "3471234567")
	other, _ := v.Tokenize(ctx, p, "tok", "3339999999")
	// An entry copied under another token must not decrypt: the AAD binds it.
	moved, _ := store.Get(ctx, "support", other)
	store.Put(ctx, "support", "tok_moved", moved)
	tampered, _ := store.Get(ctx, "support", token)
	tampered[len(tampered)-1] ^= 1
	store.Put(ctx, "support", "tok_tampered", tampered)
	store.Put(ctx, "support", "tok_short", []byte{1, 2, 3})

	tests := []struct {
		name, domain, token, purpose, actor string
		want                                error
	}{
		{"no purpose", "support", token, "  ", "op-42", ErrNoPurpose},
		{"no actor", "support", token, "audit", "", ErrNoActor},
		{"unknown token", "support", "tok_nope", "audit", "op-42", ErrNotFound},
		{"moved entry", "support", "tok_moved", "audit", "op-42", ErrUndecryptable},
		{"tampered entry", "support", "tok_tampered", "audit", "op-42", ErrUndecryptable},
		{"short entry", "support", "tok_short", "audit", "op-42", ErrUndecryptable},
		{"no domain", "", token, "audit", "op-42", ErrNoDomain},
	}
	for _, tt := range tests {
		value, ev, err := v.Reveal(ctx, tt.domain, tt.token, tt.purpose, tt.actor)
		if !errors.Is(err, tt.want) || value != "" {
			t.Errorf("%s: %q, %v; want %v", tt.name, value, err, tt.want)
		}
		if !strings.HasPrefix(ev.Outcome, "refused: ") || ev.Actor != tt.actor || ev.Token != tt.token || ev.Time.IsZero() {
			t.Errorf("%s: event %+v", tt.name, ev)
		}
	}
}

// TestVaultKeyIsSeparate checks that the HMAC key alone does not open the
// vault: the vault needs its own key domain.
func TestVaultKeyIsSeparate(t *testing.T) {
	keys := NewMemoryKeys()
	keys.Generate("support")
	v := NewVault(keys, NewMemoryStore(), VaultOptions{})
	if err := v.Put(ctx, "support", "tok_x", "value"); !errors.Is(err, ErrNoKey) {
		t.Fatalf("Put without a vault key: %v", err)
	}
	keys.Generate("custody/support")
	v = NewVault(keys, NewMemoryStore(), VaultOptions{KeyDomain: func(d string) string { return "custody/" + d }})
	if err := v.Put(ctx, "support", "tok_x", "value"); err != nil {
		t.Fatalf("Put with a custom key domain: %v", err)
	}
}

// TestVaultNonceIsRandom: the same value stored twice gives two
// ciphertexts (random GCM nonces), both of which decrypt.
func TestVaultNonceIsRandom(t *testing.T) {
	v, _, store, _ := newTestVault(t)
	v.Put(ctx, "support", "tok_a", "stesso valore")
	a, _ := store.Get(ctx, "support", "tok_a")
	v.Put(ctx, "support", "tok_a", "stesso valore")
	b, _ := store.Get(ctx, "support", "tok_a")
	if bytes.Equal(a, b) {
		t.Fatal("two encryptions of one value are equal")
	}
	if got, _, err := v.Reveal(ctx, "support", "tok_a", "test", "op"); err != nil || got != "stesso valore" {
		t.Fatalf("Reveal = %q, %v", got, err)
	}
}

// TestShred is crypto-shredding: after Shred, the domain's tokens can no
// longer be computed and its vault entries no longer decrypt, while
// another domain is untouched.
func TestShred(t *testing.T) {
	v, keys, store, p := newTestVault(t)
	token, _ := v.Tokenize(ctx, p, "CF", "RSSMRA85T10A562S")
	stats, _ := New(ctx, keys, "statistics")
	statsToken, _ := v.Tokenize(ctx, stats, "CF", "RSSMRA85T10A562S")

	if err := Shred(ctx, keys, "support"); err != nil {
		t.Fatal(err)
	}
	if _, err := New(ctx, keys, "support"); !errors.Is(err, ErrKeyDestroyed) {
		t.Errorf("New after Shred: %v", err)
	}
	if _, _, err := v.Reveal(ctx, "support", token, "audit", "op"); !errors.Is(err, ErrKeyDestroyed) {
		t.Errorf("Reveal after Shred: %v", err)
	}
	if ct, err := store.Get(ctx, "support", token); err != nil || len(ct) == 0 {
		t.Errorf("the ciphertext itself is still there (as in a backup): %v", err)
	}
	if got, _, err := v.Reveal(ctx, "statistics", statsToken, "audit", "op"); err != nil || got != "RSSMRA85T10A562S" {
		t.Errorf("other domain after Shred: %q, %v", got, err)
	}
	if err := Shred(ctx, keys, ""); !errors.Is(err, ErrNoDomain) {
		t.Errorf("Shred of empty domain: %v", err)
	}
}

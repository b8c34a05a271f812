package pseudonym

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"testing"
)

var ctx = context.Background()

func TestMemoryKeys(t *testing.T) {
	m := NewMemoryKeys()
	key := bytes.Repeat([]byte{7}, 32)
	if err := m.Set("support", key); err != nil {
		t.Fatal(err)
	}
	key[0] = 9 // the provider keeps its own copy
	got, err := m.Key(ctx, "support")
	if err != nil || got[0] != 7 {
		t.Fatalf("Key = %x, %v", got, err)
	}
	got[1] = 9 // and hands out copies
	if again, _ := m.Key(ctx, "support"); again[1] != 7 {
		t.Fatal("Key returned the provider's own slice")
	}
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"short key", m.Set("x", make([]byte, 31)), ErrShortKey},
		{"existing key", m.Set("support", key), ErrKeyExists},
		{"empty domain", m.Set("", key), ErrNoDomain},
		{"unknown domain", keyErr(m, "statistics"), ErrNoKey},
	}
	for _, tt := range tests {
		if !errors.Is(tt.err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, tt.err, tt.want)
		}
	}
	if err := m.Generate("statistics"); err != nil {
		t.Fatal(err)
	}
	s, _ := m.Key(ctx, "statistics")
	if len(s) != MinKeySize || bytes.Equal(s, make([]byte, MinKeySize)) {
		t.Fatalf("generated key %x", s)
	}
	if err := m.Destroy(ctx, "support"); err != nil {
		t.Fatal(err)
	}
	if err := keyErr(m, "support"); !errors.Is(err, ErrKeyDestroyed) {
		t.Errorf("after Destroy: %v", err)
	}
	if err := m.Set("support", key); !errors.Is(err, ErrKeyDestroyed) {
		t.Errorf("Set after Destroy: %v", err)
	}
	if err := m.Destroy(ctx, "support"); err != nil {
		t.Errorf("second Destroy: %v", err)
	}
	if err := m.Destroy(ctx, "never-set"); err != nil || !errors.Is(keyErr(m, "never-set"), ErrKeyDestroyed) {
		t.Errorf("Destroy of an unknown domain: %v", err)
	}
}

func keyErr(p KeyProvider, domain string) error {
	_, err := p.Key(ctx, domain)
	return err
}

// TestDerivedKeysRFC5869 checks the derivation against RFC 5869 test case
// 2 (SHA-256, long inputs): a 32-byte key is the first 32 bytes of its OKM.
func TestDerivedKeysRFC5869(t *testing.T) {
	seq := func(from, n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(from + i)
		}
		return b
	}
	d, err := NewDerivedKeys(seq(0x00, 80), seq(0x60, 80))
	if err != nil {
		t.Fatal(err)
	}
	got, err := d.Key(ctx, string(seq(0xb0, 80)))
	if err != nil {
		t.Fatal(err)
	}
	want := "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
	if hex.EncodeToString(got) != want {
		t.Fatalf("key %x, want %s", got, want)
	}
}

func TestDerivedKeys(t *testing.T) {
	if _, err := NewDerivedKeys(make([]byte, 16), nil); !errors.Is(err, ErrShortKey) {
		t.Errorf("short master: %v", err)
	}
	master := bytes.Repeat([]byte{1}, 32)
	d, _ := NewDerivedKeys(master, []byte("gdprkit example"))
	master[0] = 2 // the provider keeps its own copy
	a1, _ := d.Key(ctx, "support")
	a2, _ := d.Key(ctx, "support")
	b, _ := d.Key(ctx, "statistics")
	if !bytes.Equal(a1, a2) || bytes.Equal(a1, b) || len(a1) != 32 {
		t.Fatalf("support %x/%x, statistics %x", a1, a2, b)
	}
	d2, _ := NewDerivedKeys(bytes.Repeat([]byte{1}, 32), []byte("gdprkit example"))
	if c, _ := d2.Key(ctx, "support"); !bytes.Equal(a1, c) {
		t.Fatal("same master and salt gave another key")
	}
	if err := keyErr(d, ""); !errors.Is(err, ErrNoDomain) {
		t.Errorf("empty domain: %v", err)
	}
	d.Close()
	if err := keyErr(d, "support"); !errors.Is(err, ErrKeyDestroyed) {
		t.Errorf("after Close: %v", err)
	}
}

package pseudonym

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"strings"
	"sync"
	"testing"
)

// testKeys returns a provider with fixed keys for support and statistics
// and their vaults.
func testKeys(t testing.TB) *MemoryKeys {
	t.Helper()
	m := NewMemoryKeys()
	for i, d := range []string{"support", "statistics", VaultDomain("support"), VaultDomain("statistics")} {
		if err := m.Set(d, bytes.Repeat([]byte{byte(i + 1)}, 32)); err != nil {
			t.Fatal(err)
		}
	}
	return m
}

func TestTokenIsTruncatedHMAC(t *testing.T) {
	p, err := New(ctx, testKeys(t), "support")
	if err != nil {
		t.Fatal(err)
	}
	mac := hmac.New(sha256.New, bytes.Repeat([]byte{1}, 32))
	mac.Write([]byte("mario.rossi@example.it"))
	want := "tok_" + tokenEncoding.EncodeToString(mac.Sum(nil)[:16])
	if got := p.Token("mario.rossi@example.it"); got != want {
		t.Fatalf("Token = %s, want %s", got, want)
	}
	if len(want) != len("tok_")+TokenLen {
		t.Fatalf("token length %d", len(want))
	}
}

func TestTokenProperties(t *testing.T) {
	keys := testKeys(t)
	support, _ := New(ctx, keys, "support")
	stats, _ := New(ctx, keys, "statistics")
	v := "mario.rossi@example.it"
	tok := support.Token(v)
	switch {
	case support.Token(v) != tok:
		t.Error("not deterministic")
	case stats.Token(v) == tok:
		t.Error("two domains gave the same token: domains would be joinable")
	case support.Token("mario.rossi@example.i") == tok:
		t.Error("different values, same token")
	case support.TypedToken("EMAIL", v) != "EMAIL_"+strings.TrimPrefix(tok, "tok_"):
		t.Error("the prefix changed the token part")
	case strings.Trim(tok[4:], "abcdefghijklmnopqrstuvwxyz234567") != "":
		t.Errorf("token %q has characters outside lower-case base32", tok)
	case support.Domain() != "support":
		t.Error("Domain")
	}
	if support.Token("") == support.Token(" ") {
		t.Error("empty and space collide")
	}
}

func TestNewErrors(t *testing.T) {
	keys := testKeys(t)
	if _, err := New(ctx, keys, "unknown"); !errors.Is(err, ErrNoKey) {
		t.Errorf("unknown domain: %v", err)
	}
	if _, err := New(ctx, keys, ""); !errors.Is(err, ErrNoDomain) {
		t.Errorf("empty domain: %v", err)
	}
	keys.Destroy(ctx, "support")
	if _, err := New(ctx, keys, "support"); !errors.Is(err, ErrKeyDestroyed) {
		t.Errorf("destroyed domain: %v", err)
	}
	if _, err := New(ctx, shortKeys{}, "x"); !errors.Is(err, ErrShortKey) {
		t.Errorf("short key: %v", err)
	}
}

type shortKeys struct{}

func (shortKeys) Key(context.Context, string) ([]byte, error) {
	return make([]byte, 8), nil
}

func TestTokenConcurrent(t *testing.T) {
	p, _ := New(ctx, testKeys(t), "support")
	want := p.Token("3471234567")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 1000 {
				if got := p.Token("3471234567"); got != want {
					t.Errorf("concurrent token %s, want %s", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestAppendTokenDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not meaningful under -race")
	}
	p, _ := New(ctx, testKeys(t), "support")
	buf := make([]byte, 0, 64)
	p.AppendToken(buf, "tok", "warm up the pool")
	if n := testing.AllocsPerRun(100, func() { p.AppendToken(buf[:0], "EMAIL", "mario.rossi@example.it") }); n != 0 {
		t.Errorf("AppendToken allocates %v times", n)
	}
}

package pseudonym

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"hash"
	"sync"
)

// TokenLen is the length of a token after its prefix and "_": 128 bits in
// base32 without padding.
const TokenLen = 26

// tokenEncoding is lower-case base32 (RFC 4648 alphabet) without padding.
var tokenEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// DefaultPrefix is the prefix of [Pseudonymizer.Token].
const DefaultPrefix = "tok"

// Pseudonymizer computes deterministic tokens for one domain. It fetches
// the domain's key once, at [New], and keeps the keyed HMAC state ready,
// so that a token costs one HMAC over the value and no allocation beyond
// the returned string. It is safe for concurrent use.
//
// Destroying the domain's key does not reach a Pseudonymizer already
// made: treat it as a worker for one batch, not a long-lived object, and
// make a new one (which fails with [ErrKeyDestroyed]) for the next.
type Pseudonymizer struct {
	domain string
	key    []byte
	macs   sync.Pool // of *mac
}

// mac is one goroutine's HMAC state and scratch space.
type mac struct {
	h   hash.Hash
	buf []byte
	sum [sha256.Size]byte
}

// New returns a Pseudonymizer for domain, with the key keys gives.
func New(ctx context.Context, keys KeyProvider, domain string) (*Pseudonymizer, error) {
	if domain == "" {
		return nil, ErrNoDomain
	}
	key, err := keys.Key(ctx, domain)
	if err != nil {
		return nil, fmt.Errorf("pseudonym: domain %q: %w", domain, err)
	}
	if len(key) < MinKeySize {
		return nil, fmt.Errorf("pseudonym: domain %q: %w (%d bytes)", domain, ErrShortKey, len(key))
	}
	p := &Pseudonymizer{domain: domain, key: key}
	p.macs.New = func() any { return &mac{h: hmac.New(sha256.New, p.key)} }
	return p, nil
}

// Domain returns the pseudonymisation domain.
func (p *Pseudonymizer) Domain() string { return p.domain }

// Token returns "tok_" and the 26-character token of value.
func (p *Pseudonymizer) Token(value string) string {
	return p.TypedToken(DefaultPrefix, value)
}

// TypedToken returns prefix, "_" and the 26-character token of value, as
// in "EMAIL_…". The token part does not depend on the prefix.
func (p *Pseudonymizer) TypedToken(prefix, value string) string {
	var b [64]byte
	return string(p.AppendToken(b[:0], prefix, value))
}

// AppendToken appends prefix, "_" and the token of value to dst; with
// enough capacity in dst it does not allocate.
func (p *Pseudonymizer) AppendToken(dst []byte, prefix, value string) []byte {
	m := p.macs.Get().(*mac)
	m.h.Reset() // back to the keyed state: the key is not hashed again
	m.buf = append(m.buf[:0], value...)
	m.h.Write(m.buf)
	sum := m.h.Sum(m.sum[:0])
	dst = append(dst, prefix...)
	dst = append(dst, '_')
	dst = tokenEncoding.AppendEncode(dst, sum[:16])
	if cap(m.buf) > 4096 {
		m.buf = nil
	}
	p.macs.Put(m)
	return dst
}

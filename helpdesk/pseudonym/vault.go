package pseudonym

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

// More errors callers may branch on.
var (
	// ErrNotFound: the vault has no entry for the token.
	ErrNotFound = errors.New("pseudonym: token not in vault")
	// ErrNoPurpose: re-identification was asked without a purpose.
	ErrNoPurpose = errors.New("pseudonym: re-identification needs a stated purpose")
	// ErrNoActor: re-identification was asked without naming who asks.
	ErrNoActor = errors.New("pseudonym: re-identification needs an actor")
	// ErrUndecryptable: the entry does not decrypt under the domain's
	// vault key — tampered with, or moved from another domain or token.
	ErrUndecryptable = errors.New("pseudonym: vault entry does not decrypt")
)

// VaultStore persists encrypted vault entries. It sees only ciphertext;
// the keys stay with the [KeyProvider]. Implementations must be safe for
// concurrent use. Get returns [ErrNotFound] for an unknown token. Put of
// an existing token replaces the entry (deterministic tokens mean the same
// value again).
type VaultStore interface {
	Put(ctx context.Context, domain, token string, ciphertext []byte) error
	Get(ctx context.Context, domain, token string) ([]byte, error)
}

// MemoryStore is a VaultStore in memory, for tests and small tools.
type MemoryStore struct {
	mu sync.RWMutex
	m  map[[2]string][]byte
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore { return &MemoryStore{m: map[[2]string][]byte{}} }

// Put stores a copy of ciphertext.
func (s *MemoryStore) Put(_ context.Context, domain, token string, ciphertext []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[[2]string{domain, token}] = append([]byte(nil), ciphertext...)
	return nil
}

// Get returns a copy of the stored ciphertext.
func (s *MemoryStore) Get(_ context.Context, domain, token string) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	c, ok := s.m[[2]string{domain, token}]
	if !ok {
		return nil, ErrNotFound
	}
	return append([]byte(nil), c...), nil
}

// Len returns the number of entries.
func (s *MemoryStore) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.m)
}

// VaultDomain returns the key domain of domain's vault: "vault/" and the
// domain. The vault key is separate from the HMAC key, so that the
// service that computes tokens cannot decrypt the vault, and a different
// role can hold it.
func VaultDomain(domain string) string { return "vault/" + domain }

// VaultOptions configure a [Vault]. The zero value works.
type VaultOptions struct {
	// KeyDomain maps a pseudonymisation domain to the key domain of its
	// vault; nil means [VaultDomain].
	KeyDomain func(domain string) string
	// Clock stamps audit events; nil means time.Now. Inject a fixed clock
	// in tests and in anything whose output must be reproducible.
	Clock func() time.Time
}

// Vault keeps token → value for re-identification, encrypted with
// AES-256-GCM. Each entry is sealed under the vault key of its domain
// with a fresh random 96-bit nonce: the vault is storage, not a document,
// so two encryptions of the same value may differ, and it must — a
// deterministic nonce would repeat under one key. The domain and the token
// are authenticated as additional data, so an entry copied to another
// token or domain does not decrypt. Under one key, at most 2^32 entries
// should be written (the bound of random GCM nonces): split very large
// data sets into cohort domains.
//
// Keys are fetched from the provider on every call, never cached, so that
// destroying a key takes effect at once.
type Vault struct {
	keys      KeyProvider
	store     VaultStore
	keyDomain func(string) string
	clock     func() time.Time
}

// NewVault returns a Vault over store, with keys from keys.
func NewVault(keys KeyProvider, store VaultStore, opts VaultOptions) *Vault {
	v := &Vault{keys: keys, store: store, keyDomain: opts.KeyDomain, clock: opts.Clock}
	if v.keyDomain == nil {
		v.keyDomain = VaultDomain
	}
	if v.clock == nil {
		v.clock = time.Now
	}
	return v
}

// aead returns the AES-256-GCM of domain's vault key.
func (v *Vault) aead(ctx context.Context, domain string) (cipher.AEAD, error) {
	key, err := v.keys.Key(ctx, v.keyDomain(domain))
	if err != nil {
		return nil, fmt.Errorf("pseudonym: vault of %q: %w", domain, err)
	}
	defer clear(key)
	if len(key) < MinKeySize {
		return nil, fmt.Errorf("pseudonym: vault of %q: %w", domain, ErrShortKey)
	}
	block, err := aes.NewCipher(key[:32])
	if err != nil {
		return nil, err
	}
	return cipher.NewGCMWithRandomNonce(block)
}

// additionalData binds an entry to its place: the domain, a zero byte
// (domains and tokens hold none, so the split is unambiguous) and the
// token.
func additionalData(domain, token string) []byte {
	return []byte(domain + "\x00" + token)
}

// Put encrypts value and stores it under domain and token.
func (v *Vault) Put(ctx context.Context, domain, token, value string) error {
	if domain == "" {
		return ErrNoDomain
	}
	aead, err := v.aead(ctx, domain)
	if err != nil {
		return err
	}
	return v.store.Put(ctx, domain, token, aead.Seal(nil, nil, []byte(value), additionalData(domain, token)))
}

// Tokenize returns p's typed token of value and keeps value in the vault
// under it, so that it can be revealed later.
func (v *Vault) Tokenize(ctx context.Context, p *Pseudonymizer, prefix, value string) (string, error) {
	token := p.TypedToken(prefix, value)
	if err := v.Put(ctx, p.Domain(), token, value); err != nil {
		return "", err
	}
	return token, nil
}

// AuditEvent records one re-identification attempt. Reveal returns one
// for every call, granted or not; the caller writes it to the audit log
// (package helpdesk/audit): every re-identification is logged with its
// purpose (legal/helpdesk.md §4).
type AuditEvent struct {
	// Time is when it was asked, from the vault's clock, in UTC.
	Time time.Time `json:"time"`
	// Action is always "pseudonym.reveal".
	Action string `json:"action"`
	// Actor is who asked.
	Actor string `json:"actor"`
	// Domain and Token name what was asked for.
	Domain string `json:"domain"`
	Token  string `json:"token"`
	// Purpose is the stated reason.
	Purpose string `json:"purpose"`
	// Outcome is "revealed", or why not.
	Outcome string `json:"outcome"`
}

// ActionReveal is the Action of a re-identification event.
const ActionReveal = "pseudonym.reveal"

// Reveal returns the value behind token in domain, for purpose, asked by
// actor. Both must be stated: a re-identification without them is refused
// ([ErrNoPurpose], [ErrNoActor]). The event is returned in every case.
func (v *Vault) Reveal(ctx context.Context, domain, token, purpose, actor string) (string, AuditEvent, error) {
	ev := AuditEvent{
		Time:    v.clock().UTC(),
		Action:  ActionReveal,
		Actor:   actor,
		Domain:  domain,
		Token:   token,
		Purpose: purpose,
	}
	value, err := v.reveal(ctx, domain, token, purpose, actor)
	if err != nil {
		ev.Outcome = "refused: " + err.Error()
		return "", ev, err
	}
	ev.Outcome = "revealed"
	return value, ev, nil
}

func (v *Vault) reveal(ctx context.Context, domain, token, purpose, actor string) (string, error) {
	switch {
	case strings.TrimSpace(purpose) == "":
		return "", ErrNoPurpose
	case strings.TrimSpace(actor) == "":
		return "", ErrNoActor
	case domain == "":
		return "", ErrNoDomain
	}
	ciphertext, err := v.store.Get(ctx, domain, token)
	if err != nil {
		return "", fmt.Errorf("pseudonym: %q in %q: %w", token, domain, err)
	}
	aead, err := v.aead(ctx, domain)
	if err != nil {
		return "", err
	}
	plain, err := aead.Open(nil, nil, ciphertext, additionalData(domain, token))
	if err != nil {
		return "", fmt.Errorf("pseudonym: %q in %q: %w", token, domain, ErrUndecryptable)
	}
	return string(plain), nil
}

// Shred destroys domain's pseudonymisation key and its vault key
// ([VaultDomain]): the domain's tokens become unlinkable to values, and
// its vault entries undecryptable, wherever copies of them lie.
func Shred(ctx context.Context, keys Destroyer, domain string) error {
	if domain == "" {
		return ErrNoDomain
	}
	return errors.Join(keys.Destroy(ctx, domain), keys.Destroy(ctx, VaultDomain(domain)))
}

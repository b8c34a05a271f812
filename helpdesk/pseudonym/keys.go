package pseudonym

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"sync"
)

// MinKeySize is the smallest key accepted, in bytes: 256 bits.
const MinKeySize = 32

// Errors callers may branch on.
var (
	// ErrKeyDestroyed: the domain's key was destroyed (crypto-shredding).
	ErrKeyDestroyed = errors.New("pseudonym: key destroyed")
	// ErrNoKey: the provider has no key for the domain.
	ErrNoKey = errors.New("pseudonym: no key for domain")
	// ErrKeyExists: a key is already set for the domain; replacing it
	// would silently break the linkability of its tokens — start a new
	// domain instead.
	ErrKeyExists = errors.New("pseudonym: key already set for domain")
	// ErrShortKey: the key is shorter than MinKeySize.
	ErrShortKey = errors.New("pseudonym: key shorter than 256 bits")
	// ErrNoDomain: the domain name is empty.
	ErrNoDomain = errors.New("pseudonym: empty domain")
)

// KeyProvider gives the secret key of a pseudonymisation domain. It is
// an interface so that keys can live apart from the data they protect
// (Art. 4(5)): in a KMS, an HSM, or a service run under another role.
// Implementations must be safe for concurrent use; they return a copy the
// caller may keep or wipe, [ErrKeyDestroyed] for a destroyed domain, and
// [ErrNoKey] for an unknown one.
type KeyProvider interface {
	Key(ctx context.Context, domain string) ([]byte, error)
}

// Destroyer is a KeyProvider that can destroy a domain's key for good.
// After Destroy, Key returns [ErrKeyDestroyed] for that domain. Destroying
// an unknown or already destroyed domain is not an error, so that
// shredding can be retried.
type Destroyer interface {
	KeyProvider
	Destroy(ctx context.Context, domain string) error
}

// MemoryKeys holds independent random keys in memory, one per domain. Its
// Destroy wipes the key and remembers the domain as destroyed, so the
// name cannot be reused by mistake. It suits tests, and services that
// load keys from a secret store at start; the keys die with the process
// unless the caller saved them elsewhere.
type MemoryKeys struct {
	mu        sync.RWMutex
	keys      map[string][]byte
	destroyed map[string]bool
}

// NewMemoryKeys returns an empty MemoryKeys.
func NewMemoryKeys() *MemoryKeys {
	return &MemoryKeys{keys: map[string][]byte{}, destroyed: map[string]bool{}}
}

// Set stores a copy of key for domain. It fails for a short key, a domain
// that already has a key, and a destroyed domain.
func (m *MemoryKeys) Set(domain string, key []byte) error {
	if domain == "" {
		return ErrNoDomain
	}
	if len(key) < MinKeySize {
		return fmt.Errorf("%w (%d bytes)", ErrShortKey, len(key))
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	switch {
	case m.destroyed[domain]:
		return fmt.Errorf("%w: %q", ErrKeyDestroyed, domain)
	case m.keys[domain] != nil:
		return fmt.Errorf("%w: %q", ErrKeyExists, domain)
	}
	m.keys[domain] = append([]byte(nil), key...)
	return nil
}

// Generate sets a new random 256-bit key for domain, from crypto/rand.
func (m *MemoryKeys) Generate(domain string) error {
	key := make([]byte, MinKeySize)
	rand.Read(key) // never fails: crypto/rand crashes the program rather than return weak bytes
	defer clear(key)
	return m.Set(domain, key)
}

// Key returns a copy of domain's key.
func (m *MemoryKeys) Key(_ context.Context, domain string) ([]byte, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	if m.destroyed[domain] {
		return nil, fmt.Errorf("%w: %q", ErrKeyDestroyed, domain)
	}
	k := m.keys[domain]
	if k == nil {
		return nil, fmt.Errorf("%w: %q", ErrNoKey, domain)
	}
	return append([]byte(nil), k...), nil
}

// Destroy wipes domain's key and marks the domain destroyed.
func (m *MemoryKeys) Destroy(_ context.Context, domain string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	clear(m.keys[domain])
	delete(m.keys, domain)
	m.destroyed[domain] = true
	return nil
}

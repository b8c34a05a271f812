package pseudonym

import (
	"context"
	"crypto/hkdf"
	"crypto/sha256"
	"fmt"
	"sync"
)

// DerivedKeys derives every domain's key from one master secret:
// HKDF-SHA-256 (RFC 5869) with the given salt, info = the domain name, 32
// bytes of output. One secret to keep in a vault yields independent keys
// for any number of domains, and any other implementation of RFC 5869
// derives the same keys from the same inputs.
//
// A derived key cannot be destroyed on its own: whoever holds the master
// can derive it again. DerivedKeys therefore does not implement
// [Destroyer]. To be able to shred one cohort, give it a key of its own
// (see [MemoryKeys], or a KMS); [DerivedKeys.Close] wipes the master, which
// shreds every domain at once.
type DerivedKeys struct {
	mu     sync.RWMutex
	master []byte
	salt   []byte
}

// NewDerivedKeys returns a provider deriving keys from a copy of master
// (at least [MinKeySize] bytes of secret randomness) and salt (may be nil;
// a fixed, non-secret value per installation is good practice).
func NewDerivedKeys(master, salt []byte) (*DerivedKeys, error) {
	if len(master) < MinKeySize {
		return nil, fmt.Errorf("%w (master of %d bytes)", ErrShortKey, len(master))
	}
	return &DerivedKeys{master: append([]byte(nil), master...), salt: append([]byte(nil), salt...)}, nil
}

// Key derives domain's 32-byte key.
func (d *DerivedKeys) Key(_ context.Context, domain string) ([]byte, error) {
	if domain == "" {
		return nil, ErrNoDomain
	}
	d.mu.RLock()
	defer d.mu.RUnlock()
	if d.master == nil {
		return nil, fmt.Errorf("%w: master wiped", ErrKeyDestroyed)
	}
	return hkdf.Key(sha256.New, d.master, d.salt, domain, 32)
}

// Close wipes the master secret held in memory: every later Key call
// returns [ErrKeyDestroyed].
func (d *DerivedKeys) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	clear(d.master)
	d.master = nil
	return nil
}

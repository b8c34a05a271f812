package retention

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk"
)

func TestKey(t *testing.T) {
	due := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	k := NewKey("T-1", ActionAnonymise, helpdesk.StageAnonymised, due)

	// The documented recipe, computed independently.
	sum := sha256.Sum256([]byte("gdprkit-retention-v1\nT-1\nanonymise\nanonymised\n2026-11-22T00:00:00Z"))
	if want := hex.EncodeToString(sum[:16]); k.String() != want {
		t.Errorf("key %s, want %s", k, want)
	}
	rome, _ := time.LoadLocation("Europe/Rome")
	tests := []struct {
		name string
		k    Key
		same bool
	}{
		{"same input", NewKey("T-1", ActionAnonymise, helpdesk.StageAnonymised, due), true},
		{"same instant in another zone", NewKey("T-1", ActionAnonymise, helpdesk.StageAnonymised, due.In(rome)), true},
		{"another due date", NewKey("T-1", ActionAnonymise, helpdesk.StageAnonymised, due.AddDate(0, 0, 1)), false},
		{"a nanosecond later", NewKey("T-1", ActionAnonymise, helpdesk.StageAnonymised, due.Add(1)), false},
		{"another ticket", NewKey("T-2", ActionAnonymise, helpdesk.StageAnonymised, due), false},
		{"another action", NewKey("T-1", ActionErase, helpdesk.StageDeleted, due), false},
		{"an id that swallows a field", NewKey("T-1\nanonymise", ActionAnonymise, helpdesk.StageAnonymised, due), false},
		{"a long id", NewKey(strings.Repeat("x", 500), ActionAnonymise, helpdesk.StageAnonymised, due), false},
	}
	for _, tt := range tests {
		if (tt.k == k) != tt.same {
			t.Errorf("%s: key %s vs %s, same=%v", tt.name, tt.k, k, tt.same)
		}
	}

	var back Key
	b, _ := k.MarshalText()
	if err := back.UnmarshalText(b); err != nil || back != k {
		t.Errorf("round trip: %v, %v", back, err)
	}
	if err := back.UnmarshalText([]byte("abc")); err == nil {
		t.Error("short key accepted")
	}
	if err := back.UnmarshalText([]byte(strings.Repeat("zz", 16))); err == nil {
		t.Error("non-hex key accepted")
	}
	if err := back.UnmarshalText(nil); err != nil || !back.IsZero() || back.String() != "" {
		t.Errorf("empty key: %v %v", back, err)
	}
}

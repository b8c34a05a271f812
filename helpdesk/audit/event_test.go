package audit_test

import (
	"encoding/hex"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

// TestCanonicalVector pins the canonical encoding and the hash of one
// event: other implementations check themselves against these bytes.
func TestCanonicalVector(t *testing.T) {
	e := audit.Event{
		Seq: 1, Time: time.Date(2026, 1, 2, 3, 4, 5, 6000, time.UTC),
		Actor: "op-1", Action: "ticket.read", Subject: "cust-9", Ticket: "T-1", Purpose: "support",
		Details: map[string]string{"z": "2", "a": "1"},
	}
	got := hex.EncodeToString(audit.Canonical(e))
	want := "00000010" + hex.EncodeToString([]byte("gdprkit.audit.v1")) +
		"00000008" + "0000000000000001" +
		"00000008" + "0006475ef64cf346" + // 1767323045000006 µs
		"00000004" + hex.EncodeToString([]byte("op-1")) +
		"0000000b" + hex.EncodeToString([]byte("ticket.read")) +
		"00000006" + hex.EncodeToString([]byte("cust-9")) +
		"00000003" + hex.EncodeToString([]byte("T-1")) +
		"00000007" + hex.EncodeToString([]byte("support")) +
		"00000002" +
		"00000001" + "61" + "00000001" + "31" +
		"00000001" + "7a" + "00000001" + "32"
	if got != want {
		t.Fatalf("canonical encoding\n got %s\nwant %s", got, want)
	}
	sealed := audit.Seal(audit.Checkpoint{}, e)
	if sealed.Hash != audit.ComputeHash(audit.Hash{}, e) {
		t.Fatal("Seal and ComputeHash disagree")
	}
	// Computed independently (Python hashlib over the bytes above).
	const wantHash = "2bad0541d146149d44e9bedf9c4e991293ea95594019cdd4485ee36533455076"
	if sealed.Hash.String() != wantHash {
		t.Errorf("hash = %s, want %s", sealed.Hash, wantHash)
	}
}

// TestCanonicalUnambiguous: moving bytes between fields changes the
// encoding.
func TestCanonicalUnambiguous(t *testing.T) {
	a := audit.Event{Actor: "ab", Action: "c"}
	b := audit.Event{Actor: "a", Action: "bc"}
	if string(audit.Canonical(a)) == string(audit.Canonical(b)) {
		t.Fatal("different events encode the same")
	}
	c := audit.Event{Details: map[string]string{"k": "v"}}
	d := audit.Event{Details: map[string]string{"kv": ""}}
	if string(audit.Canonical(c)) == string(audit.Canonical(d)) {
		t.Fatal("different details encode the same")
	}
}

func TestNormalize(t *testing.T) {
	rome := time.FixedZone("CET", 3600)
	e := audit.Normalize(audit.Event{Time: time.Date(2026, 5, 1, 10, 0, 0, 123456789, rome), Details: map[string]string{}})
	if e.Time.Location() != time.UTC || e.Time.Nanosecond() != 123456000 || e.Time.Hour() != 9 {
		t.Errorf("time = %v", e.Time)
	}
	if e.Details != nil {
		t.Error("empty details not nil")
	}
}

func TestHashText(t *testing.T) {
	h := audit.ComputeHash(audit.Hash{}, audit.Event{Actor: "a"})
	s := h.String()
	if back, err := audit.ParseHash(s); err != nil || back != h {
		t.Fatalf("round trip: %v %v", back, err)
	}
	for _, bad := range []string{s[:63], s + "0", "X" + s[1:], upper(s)} {
		if _, err := audit.ParseHash(bad); err == nil {
			t.Errorf("ParseHash(%q) accepted", bad)
		}
	}
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'f' {
			b[i] = c - 32
			break
		}
	}
	return string(b)
}

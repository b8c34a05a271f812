package breach

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/invopop/jsonschema"
)

// YAML timestamps must carry their zone: goccy/go-yaml would silently read
// "2026-10-24 12:00:00" as UTC into a plain time.Time, and
// "2026-10-24T12:00:00" as the zero time.
func TestTimestampYAML(t *testing.T) {
	type rec struct {
		At Timestamp `json:"at"`
	}
	cases := []struct {
		src  string
		want string // RFC 3339 in UTC, or "" for an error
	}{
		{"at: 2026-10-24T12:00:00+02:00", "2026-10-24T10:00:00Z"},
		{"at: 2026-10-24T10:00:00Z", "2026-10-24T10:00:00Z"},
		{`at: "2026-03-29T03:30:00+02:00"`, "2026-03-29T01:30:00Z"},
		{"at: 2026-10-24T12:00:00.5+02:00", "2026-10-24T10:00:00.5Z"},
		{"at: 2026-10-24T12:00:00", ""},
		{"at: 2026-10-24 12:00:00", ""},
		{"at: 2026-10-24", ""},
		{"at: 24/10/2026 12:00", ""},
		{"at: 12", ""},
	}
	for _, c := range cases {
		var r rec
		err := yaml.Unmarshal([]byte(c.src), &r)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("%s: accepted as %v", c.src, r.At)
		case c.want == "" && !strings.Contains(err.Error(), "2026-10-24T12:00:00+02:00"):
			t.Errorf("%s: error %q does not show the expected form", c.src, err)
		case c.want != "" && err != nil:
			t.Errorf("%s: %v", c.src, err)
		case c.want != "" && r.At.UTC().Format(time.RFC3339Nano) != c.want:
			t.Errorf("%s: got %v, want %s", c.src, r.At.UTC(), c.want)
		}
	}
}

func TestTimestampKeepsItsOffset(t *testing.T) {
	at := ts("2026-10-24T12:00:00+02:00")
	b, err := json.Marshal(struct {
		At  Timestamp `json:"at"`
		Not Timestamp `json:"not,omitzero"`
	}{At: at})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"at":"2026-10-24T12:00:00+02:00"}` {
		t.Errorf("JSON = %s", b)
	}
	var back struct {
		At Timestamp `json:"at"`
	}
	if err := json.Unmarshal(b, &back); err != nil || !back.At.Equal(at.Time) {
		t.Errorf("round trip: %v %v", back.At, err)
	}
	if err := json.Unmarshal([]byte(`{"at":"2026-10-24T12:00:00"}`), &back); !errors.Is(err, ErrTimestamp) {
		t.Errorf("zone-less JSON: err %v, want ErrTimestamp", err)
	}
	if err := json.Unmarshal([]byte(`{"at":12}`), &back); !errors.Is(err, ErrTimestamp) {
		t.Errorf("number: err %v, want ErrTimestamp", err)
	}
	if (Timestamp{}).String() != "" {
		t.Error("zero timestamp prints")
	}
}

func FuzzParseTimestamp(f *testing.F) {
	for _, s := range []string{"2026-10-24T12:00:00+02:00", "2026-10-24T10:00:00.25Z", "2026-10-24", "", "2026-13-40T25:61:61+99:99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ts, err := ParseTimestamp(s)
		if err != nil {
			if !errors.Is(err, ErrTimestamp) {
				t.Fatalf("error %v does not wrap ErrTimestamp", err)
			}
			return
		}
		// What parses prints back to an instant that parses to the same.
		again, err := ParseTimestamp(ts.String())
		if err != nil || !again.Equal(ts.Time) {
			t.Fatalf("%q → %q → %v, %v", s, ts.String(), again, err)
		}
	})
}

func TestTimestampSchema(t *testing.T) {
	s := (&jsonschema.Reflector{ExpandedStruct: true}).Reflect(&Timeline{})
	p, ok := s.Properties.Get("aware")
	if !ok {
		t.Fatal("no aware property")
	}
	b, _ := json.Marshal(p)
	if !strings.Contains(string(b), `"format":"date-time"`) || !strings.Contains(string(b), `"type":"string"`) {
		t.Errorf("aware schema = %s, want a date-time string", b)
	}
}

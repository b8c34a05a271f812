package breach

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Timestamp is an instant written as an RFC 3339 date-time with its zone,
// such as 2026-10-24T12:00:00+02:00 or 2026-10-24T10:00:00Z.
//
// It exists because the 72-hour clock of Art. 33(1) runs on instants: a
// time without a zone is ambiguous by one or two hours in Europe, and a
// YAML decoder given "2026-10-24 12:00:00" into a plain time.Time silently
// reads it as UTC (and "2026-10-24T12:00:00" as the zero time). Timestamp
// refuses both with an error that shows the expected form.
//
// The zero Timestamp means "not recorded".
type Timestamp struct {
	time.Time
}

// At returns the Timestamp of t, for Go code that fills incident records.
func At(t time.Time) Timestamp { return Timestamp{Time: t} }

// ErrTimestamp is wrapped by every timestamp parse error.
var ErrTimestamp = errors.New("not an RFC 3339 date-time with zone")

// ParseTimestamp parses an RFC 3339 date-time that carries its zone
// ("Z" or an offset such as "+02:00").
func ParseTimestamp(s string) (Timestamp, error) {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return Timestamp{}, fmt.Errorf("%w: %q (write e.g. 2026-10-24T12:00:00+02:00, or 2026-10-24T10:00:00Z for UTC)", ErrTimestamp, s)
	}
	return Timestamp{Time: t}, nil
}

// String formats the timestamp as RFC 3339 (with fractional seconds only
// when it has any), or "" when unset.
func (t Timestamp) String() string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

// MarshalText writes RFC 3339 with the zone as recorded.
func (t Timestamp) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText reads RFC 3339 with a zone; YAML and JSON decoding go
// through it.
func (t *Timestamp) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*t = Timestamp{}
		return nil
	}
	v, err := ParseTimestamp(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// MarshalJSON writes the timestamp as a JSON string ("" never appears:
// callers omit unset timestamps with omitzero).
func (t Timestamp) MarshalJSON() ([]byte, error) { return []byte(strconv.Quote(t.String())), nil }

// UnmarshalJSON reads a JSON string holding RFC 3339 with a zone.
func (t *Timestamp) UnmarshalJSON(b []byte) error {
	s, err := strconv.Unquote(string(b))
	if err != nil {
		return fmt.Errorf("%w: want a JSON string", ErrTimestamp)
	}
	return t.UnmarshalText([]byte(s))
}

// JSONSchemaAlias makes JSON Schema generators that honour it (such as
// invopop/jsonschema) describe a Timestamp as time.Time does: a string
// with format date-time.
func (Timestamp) JSONSchemaAlias() any { return time.Time{} }

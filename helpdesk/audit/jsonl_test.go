package audit_test

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

func exportJSONL(t testing.TB, log []audit.Event) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := audit.WriteJSONL(&buf, audit.Events(log))
	if err != nil || n != len(log) {
		t.Fatalf("WriteJSONL: %d %v", n, err)
	}
	return buf.Bytes()
}

func TestJSONLRoundTrip(t *testing.T) {
	log := makeLog(200)
	data := exportJSONL(t, log)
	var back []audit.Event
	for e, err := range audit.ReadJSONL(bytes.NewReader(data)) {
		if err != nil {
			t.Fatal(err)
		}
		back = append(back, e)
	}
	if len(back) != len(log) {
		t.Fatalf("read %d events", len(back))
	}
	for i := range log {
		if string(audit.Canonical(back[i])) != string(audit.Canonical(log[i])) || back[i].Hash != log[i].Hash {
			t.Fatalf("event %d differs after the round trip", i)
		}
	}
	rep, err := audit.VerifyJSONL(bytes.NewReader(data), audit.VerifyOptions{})
	if err != nil || rep.Events != 200 {
		t.Fatalf("VerifyJSONL: %+v %v", rep, err)
	}
	// The export is deterministic.
	if !bytes.Equal(data, exportJSONL(t, makeLog(200))) {
		t.Fatal("two exports differ")
	}
	first := strings.SplitN(string(data), "\n", 2)[0]
	want := `{"seq":1,"time":"2026-03-01T09:00:00Z","actor":"op-00","action":"ticket.read","subject":"cust-00000",` +
		`"ticket":"T-000000","purpose":"support","details":{"grant":"g0","ip":"192.0.2.0"},` +
		`"prev_hash":"0000000000000000000000000000000000000000000000000000000000000000","hash":"` + log[0].Hash.String() + `"}`
	if first != want {
		t.Fatalf("first line\n got %s\nwant %s", first, want)
	}
}

func TestReadJSONLRejects(t *testing.T) {
	line := string(exportJSONL(t, makeLog(1)))
	tests := []struct {
		name, input string
		line        int
		canonical   bool
	}{
		{"no final newline", strings.TrimSuffix(line, "\n"), 1, false},
		{"blank line", line + "\n", 2, false},
		{"unknown field", strings.Replace(line, `"seq":1,`, `"seq":1,"extra":1,`, 1), 1, false},
		{"spaces", strings.Replace(line, `"seq":1,`, `"seq": 1,`, 1), 1, true},
		{"upper-case hash", strings.Replace(line, `"prev_hash":"0`, `"prev_hash":"0`, 1) + strings.ToUpper(line), 2, false},
		{"reordered fields", `{"time":"2026-03-01T09:00:00Z","seq":1,"actor":"a","action":"b","prev_hash":"` +
			strings.Repeat("0", 64) + `","hash":"` + strings.Repeat("0", 64) + `"}` + "\n", 1, true},
		{"not JSON", "hello\n", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := audit.VerifyJSONL(strings.NewReader(tt.input), audit.VerifyOptions{})
			var le *audit.LineError
			if !errors.As(err, &le) || le.Line != tt.line {
				t.Fatalf("err = %v, want an error on line %d", err, tt.line)
			}
			if tt.canonical != errors.Is(err, audit.ErrNonCanonical) {
				t.Fatalf("err = %v, ErrNonCanonical expected %v", err, tt.canonical)
			}
		})
	}
}

// TestJSONLEveryByteFlip changes each byte of sampled lines of an exported
// log and checks the change is caught on that line or at that event.
func TestJSONLEveryByteFlip(t *testing.T) {
	const n = 40
	data := exportJSONL(t, makeLog(n))
	lines := bytes.SplitAfter(data, []byte("\n"))
	offsets := make([]int, n+1)
	for i, l := range lines[:n] {
		offsets[i+1] = offsets[i] + len(l)
	}
	for _, idx := range []int{0, 1, 20, 38, 39} {
		t.Run(fmt.Sprint(idx), func(t *testing.T) {
			t.Parallel()
			buf := slices.Clone(data)
			for pos := offsets[idx]; pos < offsets[idx+1]; pos++ {
				for _, mask := range []byte{0x01, 0x20, 0x80} {
					buf[pos] ^= mask
					_, err := audit.VerifyJSONL(bytes.NewReader(buf), audit.VerifyOptions{})
					buf[pos] ^= mask
					var (
						le *audit.LineError
						be *audit.BreakError
					)
					switch {
					case errors.As(err, &le):
						// A newline turned into something else joins two
						// lines: caught on this line or the next.
						if le.Line != idx+1 && !(data[pos] == '\n' && le.Line == idx+2) {
							t.Fatalf("byte %d (%q^%#x): reported on line %d: %v", pos-offsets[idx], data[pos], mask, le.Line, err)
						}
					case errors.As(err, &be):
						if be.Index != idx {
							t.Fatalf("byte %d (%q^%#x): reported at event #%d: %v", pos-offsets[idx], data[pos], mask, be.Index, err)
						}
					default:
						t.Fatalf("byte %d (%q^%#x): not detected (err %v)", pos-offsets[idx], data[pos], mask, err)
					}
				}
			}
		})
	}
}

package audit_test

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

func breakOf(t *testing.T, err error) *audit.BreakError {
	t.Helper()
	var be *audit.BreakError
	if !errors.As(err, &be) {
		t.Fatalf("want a *BreakError, got %v", err)
	}
	if !errors.Is(err, audit.ErrBroken) {
		t.Fatalf("errors.Is(err, ErrBroken) = false for %v", err)
	}
	return be
}

func TestVerifyIntact(t *testing.T) {
	log := makeLog(100)
	rep, err := audit.Verify(audit.Events(log), audit.VerifyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Events != 100 || rep.Head != log[99].Checkpoint() {
		t.Fatalf("report = %+v", rep)
	}
	// From a checkpoint, as after a purge of old events.
	rep, err = audit.Verify(audit.Events(log[40:]), audit.VerifyOptions{From: log[39].Checkpoint()})
	if err != nil || rep.Events != 60 {
		t.Fatalf("from checkpoint: %+v %v", rep, err)
	}
	head := log[99].Checkpoint()
	if _, err := audit.Verify(audit.Events(log), audit.VerifyOptions{Head: &head}); err != nil {
		t.Fatalf("with head: %v", err)
	}
	mid := log[50].Checkpoint()
	if _, err := audit.Verify(audit.Events(log), audit.VerifyOptions{Head: &mid}); err != nil {
		t.Fatalf("log grown past the checkpoint: %v", err)
	}
	if _, err := audit.Verify(audit.Events(nil), audit.VerifyOptions{}); err != nil {
		t.Fatalf("empty log: %v", err)
	}
}

// rehash recomputes the chain from index i on, as someone who rewrites the
// log would.
func rehash(log []audit.Event, i int) {
	var head audit.Checkpoint
	if i > 0 {
		head = log[i-1].Checkpoint()
	}
	for j := i; j < len(log); j++ {
		log[j] = audit.Seal(head, log[j])
		head = log[j].Checkpoint()
	}
}

func TestVerifyTampering(t *testing.T) {
	const n = 50
	tests := []struct {
		name      string
		tamper    func(log []audit.Event) []audit.Event
		head      bool // verify against the untouched log's head checkpoint
		kind      audit.BreakKind
		index     int
		seq       uint64
		expectSeq uint64
	}{
		{"changed actor", func(l []audit.Event) []audit.Event { l[10].Actor = "someone-else"; return l },
			false, audit.BreakChanged, 10, 11, 11},
		{"changed detail", func(l []audit.Event) []audit.Event { l[20].Details["ip"] = "198.51.100.1"; return l },
			false, audit.BreakChanged, 20, 21, 21},
		{"added detail", func(l []audit.Event) []audit.Event { l[21].Details = map[string]string{"x": "y"}; return l },
			false, audit.BreakChanged, 21, 22, 22},
		{"changed time", func(l []audit.Event) []audit.Event { l[5].Time = l[5].Time.Add(time.Second); return l },
			false, audit.BreakChanged, 5, 6, 6},
		{"sub-microsecond time", func(l []audit.Event) []audit.Event { l[5].Time = l[5].Time.Add(1); return l },
			false, audit.BreakChanged, 5, 6, 6},
		{"changed and rehashed", func(l []audit.Event) []audit.Event {
			l[10].Action = "nothing"
			l[10] = audit.Seal(l[9].Checkpoint(), l[10])
			return l
		}, false, audit.BreakUnlinked, 11, 12, 12},
		{"deleted one", func(l []audit.Event) []audit.Event { return slices.Delete(l, 30, 31) },
			false, audit.BreakDeleted, 30, 32, 31},
		{"deleted three", func(l []audit.Event) []audit.Event { return slices.Delete(l, 30, 33) },
			false, audit.BreakDeleted, 30, 34, 31},
		{"deleted first", func(l []audit.Event) []audit.Event { return l[1:] },
			false, audit.BreakDeleted, 0, 2, 1},
		{"deleted last, checkpoint kept", func(l []audit.Event) []audit.Event { return l[:n-1] },
			true, audit.BreakTruncated, n - 1, n - 1, n},
		{"deleted and renumbered", func(l []audit.Event) []audit.Event {
			l = slices.Delete(l, 30, 31)
			for i := 30; i < len(l); i++ {
				l[i].Seq--
			}
			return l
		}, false, audit.BreakUnlinked, 30, 31, 31},
		{"deleted, renumbered, rehashed, checkpoint kept", func(l []audit.Event) []audit.Event {
			l = slices.Delete(l, 30, 31)
			rehash(l, 30)
			return l
		}, true, audit.BreakTruncated, n - 1, n - 1, n},
		{"changed and rehashed to the end, checkpoint kept", func(l []audit.Event) []audit.Event {
			l[40].Subject = "cust-x"
			rehash(l, 40)
			return l
		}, true, audit.BreakRewritten, n - 1, n, n},
		{"inserted, well formed", func(l []audit.Event) []audit.Event {
			forged := audit.Seal(l[24].Checkpoint(), audit.Event{Time: epoch, Actor: "x", Action: "ticket.read"})
			return slices.Insert(l, 25, forged)
		}, false, audit.BreakInserted, 26, 26, 27},
		{"inserted, badly hashed", func(l []audit.Event) []audit.Event {
			forged := audit.Seal(l[24].Checkpoint(), audit.Event{Time: epoch, Actor: "x", Action: "ticket.read"})
			forged.Actor = "y"
			return slices.Insert(l, 25, forged)
		}, false, audit.BreakInserted, 25, 26, 26},
		{"inserted, foreign", func(l []audit.Event) []audit.Event {
			return slices.Insert(l, 25, audit.Event{Seq: 999, Time: epoch, Actor: "x", Action: "y"})
		}, false, audit.BreakInserted, 25, 999, 26},
		{"swapped neighbours", func(l []audit.Event) []audit.Event { l[12], l[13] = l[13], l[12]; return l },
			false, audit.BreakReordered, 12, 14, 13},
		{"moved later", func(l []audit.Event) []audit.Event {
			e := l[12]
			l = slices.Delete(l, 12, 13)
			return slices.Insert(l, 20, e)
		}, false, audit.BreakDeleted, 12, 14, 13},
		{"changed hash field", func(l []audit.Event) []audit.Event { l[7].Hash[0] ^= 1; return l },
			false, audit.BreakChanged, 7, 8, 8},
		{"changed prev_hash field", func(l []audit.Event) []audit.Event { l[7].PrevHash[31] ^= 1; return l },
			false, audit.BreakUnlinked, 7, 8, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orig := makeLog(n)
			head := orig[n-1].Checkpoint()
			opts := audit.VerifyOptions{}
			if tt.head {
				opts.Head = &head
			}
			log := tt.tamper(makeLog(n))
			_, err := audit.Verify(audit.Events(log), opts)
			be := breakOf(t, err)
			if be.Kind != tt.kind || be.Index != tt.index || be.Seq != tt.seq || be.ExpectedSeq != tt.expectSeq {
				t.Fatalf("got %v kind=%v index=%d seq=%d expected=%d; want kind=%v index=%d seq=%d expected=%d",
					err, be.Kind, be.Index, be.Seq, be.ExpectedSeq, tt.kind, tt.index, tt.seq, tt.expectSeq)
			}
		})
	}
}

func TestBreakErrorMessage(t *testing.T) {
	log := makeLog(3)
	log[1].Actor = "x"
	_, err := audit.Verify(audit.Events(log), audit.VerifyOptions{})
	be := breakOf(t, err)
	want := "audit: chain broken at seq 2 (event #1): changed: the event does not match its hash (expected hash " +
		be.Expected.String() + ", found " + log[1].Hash.String() + ")"
	if err.Error() != want {
		t.Fatalf("message\n got %s\nwant %s", err, want)
	}
	if be.Expected != audit.ComputeHash(log[0].Hash, log[1]) {
		t.Fatal("Expected is not the recomputed hash")
	}
}

// byteFields lists every stored byte of an event as a way to flip it: the
// number, the time, each string, each detail key and value, and both
// hashes.
func byteFields(e audit.Event) []struct {
	name string
	n    int
	flip func(e *audit.Event, i int)
} {
	type field = struct {
		name string
		n    int
		flip func(e *audit.Event, i int)
	}
	flipString := func(s string, i int) string { b := []byte(s); b[i] ^= 0x01; return string(b) }
	fs := []field{
		{"seq", 8, func(e *audit.Event, i int) {
			var b [8]byte
			binary.BigEndian.PutUint64(b[:], e.Seq)
			b[i] ^= 0x01
			e.Seq = binary.BigEndian.Uint64(b[:])
		}},
		{"time", 8, func(e *audit.Event, i int) {
			var b [8]byte
			binary.BigEndian.PutUint64(b[:], uint64(e.Time.UnixMicro()))
			b[i] ^= 0x01
			e.Time = time.UnixMicro(int64(binary.BigEndian.Uint64(b[:]))).UTC()
		}},
		{"actor", len(e.Actor), func(e *audit.Event, i int) { e.Actor = flipString(e.Actor, i) }},
		{"action", len(e.Action), func(e *audit.Event, i int) { e.Action = flipString(e.Action, i) }},
		{"subject", len(e.Subject), func(e *audit.Event, i int) { e.Subject = flipString(e.Subject, i) }},
		{"ticket", len(e.Ticket), func(e *audit.Event, i int) { e.Ticket = flipString(e.Ticket, i) }},
		{"purpose", len(e.Purpose), func(e *audit.Event, i int) { e.Purpose = flipString(e.Purpose, i) }},
		{"prev_hash", 32, func(e *audit.Event, i int) { e.PrevHash[i] ^= 0x01 }},
		{"hash", 32, func(e *audit.Event, i int) { e.Hash[i] ^= 0x01 }},
	}
	keys := make([]string, 0, len(e.Details))
	for k := range e.Details {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fs = append(fs,
			field{"details key " + k, len(k), func(e *audit.Event, i int) {
				d := copyDetails(e.Details)
				v := d[k]
				delete(d, k)
				d[flipString(k, i)] = v
				e.Details = d
			}},
			field{"details value " + k, len(e.Details[k]), func(e *audit.Event, i int) {
				d := copyDetails(e.Details)
				d[k] = flipString(d[k], i)
				e.Details = d
			}})
	}
	return fs
}

func copyDetails(m map[string]string) map[string]string {
	d := make(map[string]string, len(m))
	for k, v := range m {
		d[k] = v
	}
	return d
}

// TestVerifyEveryByteFlip changes, one at a time, every byte of every field
// of 20 events spread over a 10,000-event log, and checks that Verify stops
// at exactly that event.
func TestVerifyEveryByteFlip(t *testing.T) {
	const n = 10_000
	log := makeLog(n)
	samples := []int{0, 1, 2, 499, 1000, 1001, 2500, 3333, 4096, 5000, 5001, 6001, 7000, 7777, 8191, 9000, 9500, 9997, 9998, 9999}
	for _, idx := range samples {
		t.Run(fmt.Sprint(idx), func(t *testing.T) {
			t.Parallel()
			// Each subtest changes its own copy: the event slots are values.
			log := slices.Clone(log)
			orig := log[idx]
			for _, f := range byteFields(orig) {
				for i := range f.n {
					f.flip(&log[idx], i)
					// The first byte of each field is verified over the
					// whole log from event 1; the others from the
					// checkpoint two events before — the same fold, whose
					// state there the whole-log runs have proven.
					var err error
					if i == 0 || idx < 2 {
						_, err = audit.Verify(audit.Events(log), audit.VerifyOptions{})
					} else {
						_, err = audit.Verify(audit.Events(log[idx-1:]), audit.VerifyOptions{From: log[idx-2].Checkpoint()})
						if be := (*audit.BreakError)(nil); errors.As(err, &be) {
							be.Index += idx - 1
						}
					}
					log[idx] = orig
					var be *audit.BreakError
					if !errors.As(err, &be) {
						t.Fatalf("%s byte %d: flip not detected (err %v)", f.name, i, err)
					}
					if be.Index != idx {
						t.Fatalf("%s byte %d: reported at event #%d: %v", f.name, i, be.Index, err)
					}
				}
			}
			if _, err := audit.Verify(audit.Events(log), audit.VerifyOptions{}); err != nil {
				t.Fatalf("restored log: %v", err)
			}
		})
	}
}

func TestVerifyStopsOnSourceError(t *testing.T) {
	boom := errors.New("disk on fire")
	log := makeLog(3)
	seq := func(yield func(audit.Event, error) bool) {
		if yield(log[0], nil) {
			yield(audit.Event{}, boom)
		}
	}
	if _, err := audit.Verify(seq, audit.VerifyOptions{}); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
}

func TestBreakKindString(t *testing.T) {
	if audit.BreakReordered.String() != "reordered" || audit.BreakKind(99).String() != "BreakKind(99)" {
		t.Fatal("BreakKind.String")
	}
}

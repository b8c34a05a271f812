package audit_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

func TestMemoryStoreConcurrentAppends(t *testing.T) {
	var s audit.MemoryStore
	ctx := context.Background()
	const workers, each = 8, 50
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				e := audit.Event{Time: epoch, Actor: "op", Action: "ticket.read", Details: map[string]string{"w": string(rune('a' + w))}}
				if i%10 == 0 {
					if _, err := s.AppendBatch(ctx, []audit.Event{e, e}); err != nil {
						t.Error(err)
					}
					continue
				}
				if _, err := s.Append(ctx, e); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	rep, err := audit.VerifyStore(ctx, &s, audit.VerifyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := workers * (each + each/10)
	head, _ := s.Head(ctx)
	if rep.Events != want || head.Seq != uint64(want) || rep.Head != head {
		t.Fatalf("report %+v head %+v, want %d events", rep, head, want)
	}
}

func TestMemoryStoreIterateFrom(t *testing.T) {
	var s audit.MemoryStore
	ctx := context.Background()
	for range 10 {
		s.Append(ctx, audit.Event{Time: epoch, Actor: "a", Action: "b"})
	}
	var seqs []uint64
	for e, err := range s.Iterate(ctx, 8) {
		if err != nil {
			t.Fatal(err)
		}
		seqs = append(seqs, e.Seq)
	}
	if len(seqs) != 3 || seqs[0] != 8 {
		t.Fatalf("seqs = %v", seqs)
	}
	for range s.Iterate(ctx, 11) {
		t.Fatal("events past the head")
	}
}

func TestStoreRefusesInvalidEvents(t *testing.T) {
	var s audit.MemoryStore
	ctx := context.Background()
	for _, e := range []audit.Event{
		{Actor: "a", Action: "b"},
		{Time: epoch, Action: "b"},
		{Time: epoch, Actor: "a"},
	} {
		if _, err := s.Append(ctx, e); !errors.Is(err, audit.ErrInvalidEvent) {
			t.Errorf("Append(%+v) = %v", e, err)
		}
	}
	if _, err := s.AppendBatch(ctx, []audit.Event{{Time: epoch, Actor: "a", Action: "b"}, {}}); err == nil {
		t.Error("batch with an invalid event accepted")
	}
	if h, _ := s.Head(ctx); h.Seq != 0 {
		t.Errorf("a refused batch left %d events", h.Seq)
	}
}

func TestStoredEventsCannotBeChangedThroughDetails(t *testing.T) {
	var s audit.MemoryStore
	ctx := context.Background()
	d := map[string]string{"k": "v"}
	out, _ := s.Append(ctx, audit.Event{Time: epoch, Actor: "a", Action: "b", Details: d})
	d["k"] = "changed"
	out.Details["k"] = "changed too"
	if _, err := audit.VerifyStore(ctx, &s, audit.VerifyOptions{}); err != nil {
		t.Fatal(err)
	}
}

func TestLoggerClock(t *testing.T) {
	var s audit.MemoryStore
	now := time.Date(2026, 7, 1, 12, 0, 0, 999, time.FixedZone("CEST", 7200))
	l := audit.Logger{Store: &s, Now: func() time.Time { return now }}
	ctx := context.Background()
	e, err := l.Record(ctx, audit.Event{Actor: "op", Action: "ticket.read"})
	if err != nil {
		t.Fatal(err)
	}
	if !e.Time.Equal(now.Truncate(time.Microsecond)) || e.Time.Location() != time.UTC {
		t.Fatalf("time = %v", e.Time)
	}
	given := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	batch, err := l.RecordBatch(ctx, []audit.Event{{Actor: "a", Action: "b"}, {Actor: "a", Action: "c", Time: given}})
	if err != nil {
		t.Fatal(err)
	}
	if !batch[0].Time.Equal(now.Truncate(time.Microsecond)) || !batch[1].Time.Equal(given) || batch[1].Seq != 3 {
		t.Fatalf("batch = %+v", batch)
	}
}

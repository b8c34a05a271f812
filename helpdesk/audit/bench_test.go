package audit_test

import (
	"bytes"
	"context"
	"io"
	"testing"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

func BenchmarkVerify10000(b *testing.B) {
	log := makeLog(10_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := audit.Verify(audit.Events(log), audit.VerifyOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyJSONL10000(b *testing.B) {
	var buf bytes.Buffer
	if _, err := audit.WriteJSONL(&buf, audit.Events(makeLog(10_000))); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		if _, err := audit.VerifyJSONL(bytes.NewReader(buf.Bytes()), audit.VerifyOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteJSONL10000(b *testing.B) {
	log := makeLog(10_000)
	for b.Loop() {
		if _, err := audit.WriteJSONL(io.Discard, audit.Events(log)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMemoryAppend(b *testing.B) {
	var s audit.MemoryStore
	ctx := context.Background()
	e := audit.Event{Time: epoch, Actor: "op-1", Action: "ticket.read", Subject: "cust-1", Details: map[string]string{"ip": "192.0.2.1"}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Append(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
}

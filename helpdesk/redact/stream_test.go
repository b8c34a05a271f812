package redact

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/gdprkit/gdprkit/helpdesk/internal/corpus"
)

// streamText is dense with identifiers and with the constructs whose
// recognition depends on context: long words and digit runs, URLs,
// versions, overlaps, a long e-mail domain.
var streamText = strings.Join([]string{
	"Buongiorno, sono Mario (mario.rossi@example.it), tel. +39 347 123 4567 oppure 02 1234 5678.",
	"CF RSSMRA85T10A562S, P.IVA IT 00743110157, IBAN IT60 X054 2811 1010 0000 0123 456.",
	"Carta 4111 1111 1111 1111 rifiutata; IP 192.168.1.10 e 2001:db8::1 nei log.",
	strings.Repeat("parolalunghissima", 30) + " 3471234567 " + strings.Repeat("9", 400) + " 3471234567",
	"https://shop.example.it/" + strings.Repeat("a", 200) + "/4111111111111111 e versione 1.2.3.4 e v10.2.0.1.",
	"scrivi a " + strings.Repeat("x", 60) + "@" + strings.Repeat("sotto.", 40) + "example.it per favore.",
	"0212 3456 78@x.it, ORD-2026-000123, 22/11/2026, € 1.234,56, [CF]-0212345678.",
	corpus.New(3).Text(1200).Body,
}, "\n")

func TestStreamMatchesRedactAtEveryCut(t *testing.T) {
	for _, opts := range []Options{{}, {Mode: ModeMask, KeepCardEnds: true}} {
		r := MustNew(opts)
		want := r.Redact(streamText)
		wantFs := r.Find(streamText)
		check := func(name string, src io.Reader, chunk int) {
			t.Helper()
			var out bytes.Buffer
			st, err := r.stream(&out, src, nil, chunk)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if out.String() != want {
				t.Fatalf("%s: output differs from Redact:\n%s\nwant\n%s", name, out.String(), want)
			}
			if st.Findings != len(wantFs) || st.Bytes != int64(len(streamText)) {
				t.Fatalf("%s: stats %+v, want %d findings of %d bytes", name, st, len(wantFs), len(streamText))
			}
		}
		for _, chunk := range []int{1, 2, 3, 5, 8, 13, 64, 1000, streamChunk} {
			check(fmt.Sprintf("one byte per read, chunk %d", chunk), iotest.OneByteReader(strings.NewReader(streamText)), chunk)
		}
		// Two reads split at every offset: the first scan stops near
		// offset-maxForward, so every cut position is exercised.
		for k := 0; k <= len(streamText); k++ {
			src := io.MultiReader(strings.NewReader(streamText[:k]), strings.NewReader(streamText[k:]))
			check(fmt.Sprintf("split at %d", k), src, 1)
		}
	}
}

func TestStreamFindingsOffsets(t *testing.T) {
	r := MustNew(Options{})
	want := r.Find(streamText)
	for _, chunk := range []int{1, 7, 100, streamChunk} {
		var got []Finding
		_, err := r.stream(nil, iotest.HalfReader(strings.NewReader(streamText)), func(f Finding) error {
			got = append(got, f)
			return nil
		}, chunk)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("chunk %d: findings\n%v\nwant\n%v", chunk, got, want)
		}
	}
	// The public entry point, on a text larger than one chunk.
	big := strings.Repeat(streamText+"\n", 1+streamChunk/len(streamText)*3)
	var n int
	st, err := r.StreamFindings(strings.NewReader(big), func(f Finding) error {
		if big[f.Start:f.End] != f.Text {
			return fmt.Errorf("span %d-%d is %q, Text %q", f.Start, f.End, big[f.Start:f.End], f.Text)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if wantN := len(r.Find(big)); n != wantN || st.Findings != wantN {
		t.Fatalf("got %d findings (stats %d), want %d", n, st.Findings, wantN)
	}
}

func TestStreamErrors(t *testing.T) {
	r := MustNew(Options{})
	boom := errors.New("boom")
	if _, err := r.Stream(io.Discard, iotest.ErrReader(boom)); !errors.Is(err, boom) {
		t.Errorf("reader error: got %v", err)
	}
	if _, err := r.Stream(errWriter{boom}, strings.NewReader("mario@example.it")); !errors.Is(err, boom) {
		t.Errorf("writer error: got %v", err)
	}
	_, err := r.StreamFindings(strings.NewReader("a mario@example.it b luigi@example.it"), func(Finding) error { return boom })
	if !errors.Is(err, boom) {
		t.Errorf("callback error: got %v", err)
	}
	var out bytes.Buffer
	if st, err := r.Stream(&out, strings.NewReader("")); err != nil || out.Len() != 0 || st.Bytes != 0 {
		t.Errorf("empty input: %v %q %+v", err, out.String(), st)
	}
}

type errWriter struct{ err error }

func (w errWriter) Write([]byte) (int, error) { return 0, w.err }

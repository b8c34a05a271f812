package audit

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
)

// WriteJSONL writes events as JSON lines: one [Event] per line, fields in
// struct order, Details keys sorted, no spaces, each line ending in "\n".
// It returns how many events it wrote.
func WriteJSONL(w io.Writer, events iter.Seq2[Event, error]) (int, error) {
	bw := bufio.NewWriter(w)
	n := 0
	for e, err := range events {
		if err != nil {
			return n, err
		}
		line, err := json.Marshal(e)
		if err != nil {
			return n, fmt.Errorf("audit: encode seq %d: %w", e.Seq, err)
		}
		bw.Write(line)
		if err := bw.WriteByte('\n'); err != nil {
			return n, fmt.Errorf("audit: write: %w", err)
		}
		n++
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("audit: write: %w", err)
	}
	return n, nil
}

// ErrNonCanonical is wrapped by [ReadJSONL] for a line that decodes but is
// not byte for byte what [WriteJSONL] writes for the event it holds.
var ErrNonCanonical = errors.New("not in canonical form")

// LineError is an error in one line of a JSON-lines log.
type LineError struct {
	Line int // from 1
	Err  error
}

// Error returns "audit: line N: detail".
func (e *LineError) Error() string { return fmt.Sprintf("audit: line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *LineError) Unwrap() error { return e.Err }

// ReadJSONL reads a log written by [WriteJSONL]. It yields a [*LineError]
// and stops at a line that is not one canonical event: one that does not
// decode, has unknown fields, or differs from the canonical form in any
// byte — so every change of a byte is caught, here or by [Verify].
func ReadJSONL(r io.Reader) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		br := bufio.NewReader(r)
		var canon bytes.Buffer
		enc := json.NewEncoder(&canon)
		for n := 1; ; n++ {
			line, err := br.ReadBytes('\n')
			if err == io.EOF {
				if len(line) > 0 {
					yield(Event{}, &LineError{n, errors.New("the last line has no final newline")})
				}
				return
			}
			if err != nil {
				yield(Event{}, &LineError{n, err})
				return
			}
			var e Event
			dec := json.NewDecoder(bytes.NewReader(line))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&e); err != nil {
				yield(Event{}, &LineError{n, err})
				return
			}
			canon.Reset()
			if err := enc.Encode(e); err != nil {
				yield(Event{}, &LineError{n, err})
				return
			}
			if !bytes.Equal(canon.Bytes(), line) {
				yield(Event{}, &LineError{n, ErrNonCanonical})
				return
			}
			if !yield(e, nil) {
				return
			}
		}
	}
}

// VerifyJSONL reads a JSON-lines log and verifies its chain: [ReadJSONL]
// followed by [Verify].
func VerifyJSONL(r io.Reader, opts VerifyOptions) (Report, error) {
	return Verify(ReadJSONL(r), opts)
}

package redact

import (
	"bufio"
	"io"
	"slices"
)

// streamChunk is how many new bytes Stream scans per round.
const streamChunk = 64 << 10

// emailBack is how far before the current scan position a future
// candidate can start: an e-mail's local part, scanned back from '@'.
const emailBack = maxLocal + 2

// Stream copies src to dst with every finding replaced, reading and
// writing in chunks so that texts of any size run in constant memory. An
// identifier that spans a chunk boundary is found all the same: the scan
// keeps a window of context behind and ahead of each cut, and the output is
// byte for byte what [Redactor.Redact] returns for the whole text.
func (r *Redactor) Stream(dst io.Writer, src io.Reader) (Stats, error) {
	return r.stream(dst, src, nil, streamChunk)
}

// StreamFindings reads src in chunks and calls fn with each finding, in
// order, with Start and End as byte offsets in the whole stream. It stops
// at the first error fn returns and returns that error.
func (r *Redactor) StreamFindings(src io.Reader, fn func(Finding) error) (Stats, error) {
	return r.stream(nil, src, fn, streamChunk)
}

// stream is the engine of Stream and StreamFindings. chunk is a parameter
// so that tests can cut the text at every offset.
func (r *Redactor) stream(dst io.Writer, src io.Reader, fn func(Finding) error, chunk int) (Stats, error) {
	var (
		st      Stats
		bw      *bufio.Writer
		buf     = make([]byte, 0, chunk+maxForward+maxBackward+4096)
		base    int64     // stream offset of buf[0]
		from    int       // where the next scan starts, in buf
		written int       // bytes of buf already emitted
		pending []Finding // candidates not yet resolved, offsets in buf
		eof     bool
		out     []Finding
		scratch []byte
	)
	if dst != nil {
		bw = bufio.NewWriterSize(dst, 64<<10)
	}
	for {
		for !eof && len(buf)-from < chunk+maxForward {
			if cap(buf)-len(buf) < 4096 {
				buf = slices.Grow(buf, max(4096, cap(buf)))
			}
			n, err := src.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			st.Bytes += int64(n)
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return st, err
			}
		}
		s := string(buf)
		sc := r.scanner(s, eof)
		sc.limit = len(s) - maxForward
		resume := sc.run(from)
		for _, c := range sc.cands {
			if c.Confidence >= r.min {
				pending = append(pending, c)
			}
		}
		putScanner(sc)

		// Clusters that end before emit can no longer grow: every future
		// candidate starts at or after it.
		emit := len(s)
		if !eof {
			emit = max(resume-emailBack, written)
		}
		sortCandidates(pending)
		done := 0 // pending[:done] are final
		cut := emit
		for i := 0; i < len(pending); {
			end := pending[i].End
			j := i + 1
			for ; j < len(pending) && pending[j].Start < end; j++ {
				end = max(end, pending[j].End)
			}
			if end > emit {
				cut = min(cut, pending[i].Start)
				break
			}
			done, i = j, j
		}
		out = resolve(out[:0], pending[:done], 0, s)
		pending = append(pending[:0], pending[done:]...)
		for _, f := range out {
			st.count(f)
			if bw != nil {
				bw.Write(buf[written:f.Start])
				r.writeReplacement(bw, f, &scratch)
				written = f.End
			}
			if fn != nil {
				f.Start += int(base)
				f.End += int(base)
				if err := fn(f); err != nil {
					return st, err
				}
			}
		}
		clear(out)
		if bw != nil {
			bw.Write(buf[written:cut])
			if err := bw.Flush(); err != nil {
				return st, err
			}
		}
		written = cut
		if eof {
			return st, nil
		}
		// Keep maxBackward bytes of context behind the next scan, and
		// everything not yet written.
		keep := max(0, min(cut, resume-maxBackward))
		buf = append(buf[:0], buf[keep:]...)
		base += int64(keep)
		from, written = resume-keep, cut-keep
		for i := range pending {
			pending[i].Start -= keep
			pending[i].End -= keep
		}
	}
}

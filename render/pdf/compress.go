package pdf

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"errors"
	"io"
	"sort"
	"strconv"
	"sync"
)

// Page compression is done here rather than by fpdf. fpdf builds a new
// zlib writer for every page content stream, and a deflate compressor
// allocates over a megabyte, so a thousand-page register spent more than a
// gigabyte on compressors alone. fpdf therefore writes its page streams
// uncompressed, and pageCompressor deflates them on the way out with one
// reused writer at fpdf's own level: the bytes are exactly those fpdf
// writes with compression on, which TestPageCompressorMatchesFpdf checks.

// errUnrecognised is returned by [pageCompressor.Write] when the bytes are
// not the whole uncompressed file fpdf writes; nothing has been written
// then, so the caller can fall back to fpdf's own compression.
var errUnrecognised = errors.New("pdf: unrecognised fpdf output")

// zlibWriters holds compressors between renders: building one is the
// expensive part, resetting one is cheap.
var zlibWriters = sync.Pool{New: func() any {
	zw, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed) // a valid level: no error
	return zw
}}

// pageCompressor is the writer fpdf's Output writes its file to. It
// deflates the content stream of every page, rewrites the cross-reference
// table for the shorter objects, and writes the result to w.
type pageCompressor struct {
	w     io.Writer
	pages int // the page count: content streams are objects 4, 6, … 2·pages+2
}

// The fixed parts of the objects and tables fpdf writes.
const (
	streamEnd     = "\nendstream\nendobj\n"
	xrefEntryLen  = len("0000000000 00000 n \n")
	xrefFirst     = "0000000000 65535 f \n"
	fileEnd       = "\n%%EOF\n"
	startxrefMark = "startxref\n"
)

// Write rewrites file, which must be a complete fpdf file with
// uncompressed pages: fpdf's Output writes it in one call. When it is
// not, Write writes nothing and returns errUnrecognised.
func (pc pageCompressor) Write(file []byte) (int, error) {
	x, ok := parseXref(file)
	if !ok {
		return 0, errUnrecognised
	}
	streams, ok := contentStreams(file, x, pc.pages)
	if !ok {
		return 0, errUnrecognised
	}
	zw := zlibWriters.Get().(*zlib.Writer)
	defer zlibWriters.Put(zw)
	bw := bufio.NewWriterSize(pc.w, 64<<10)
	var z bytes.Buffer
	var head []byte
	// saved[i] is how many bytes shorter the file is, up to the end of
	// streams[i], than fpdf wrote it.
	saved := make([]int, len(streams))
	from, total := 0, 0
	for i, s := range streams {
		z.Reset()
		zw.Reset(&z)
		zw.Write(file[s.data:s.dataEnd]) // a bytes.Buffer never fails
		zw.Close()
		head = strconv.AppendInt(head[:0], int64(s.object), 10)
		head = append(head, " 0 obj\n<</Filter /FlateDecode /Length "...)
		head = strconv.AppendInt(head, int64(z.Len()), 10)
		head = append(head, ">>\nstream\n"...)
		bw.Write(file[from:s.start])
		bw.Write(head)
		bw.Write(z.Bytes())
		bw.WriteString(streamEnd)
		total += (s.end - s.start) - (len(head) + z.Len() + len(streamEnd))
		saved[i] = total
		from = s.end
	}
	// moved returns where a byte fpdf wrote at off now is.
	moved := func(off int) int {
		n := sort.Search(len(streams), func(i int) bool { return streams[i].start >= off })
		if n == 0 {
			return off
		}
		return off - saved[n-1]
	}
	bw.Write(file[from:x.start])
	bw.Write(file[x.start:x.entries])
	entry := make([]byte, 0, xrefEntryLen)
	for _, off := range x.offsets[1:] {
		entry = appendPadded(entry[:0], moved(off))
		entry = append(entry, " 00000 n \n"...)
		bw.Write(entry)
	}
	bw.Write(file[x.trailer:x.startxref])
	bw.WriteString(startxrefMark)
	bw.WriteString(strconv.Itoa(moved(x.start)))
	bw.WriteString(fileEnd)
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return len(file), nil
}

// appendPadded appends n as ten digits, zero-padded, as in a
// cross-reference entry.
func appendPadded(b []byte, n int) []byte {
	var d [10]byte
	for i := len(d) - 1; i >= 0; i-- {
		d[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, d[:]...)
}

// xref is the cross-reference table of an fpdf file: where it and its
// parts start, and the offset of every object.
type xref struct {
	start     int   // the "xref" keyword
	entries   int   // the first in-use entry, after the free-list head
	trailer   int   // the "trailer" keyword
	startxref int   // the "startxref" keyword
	offsets   []int // offsets[n] is the offset of object n; offsets[0] unused
}

// parseXref reads the cross-reference table at the end of file, in the
// exact form fpdf writes it.
func parseXref(file []byte) (xref, bool) {
	var x xref
	if !bytes.HasSuffix(file, []byte(fileEnd)) {
		return x, false
	}
	x.startxref = bytes.LastIndex(file, []byte(startxrefMark))
	if x.startxref < 0 || x.startxref+len(startxrefMark) > len(file)-len(fileEnd) {
		return x, false
	}
	start, ok := atoi(file[x.startxref+len(startxrefMark) : len(file)-len(fileEnd)])
	if !ok || start >= x.startxref {
		return x, false
	}
	x.start = start
	rest, ok := bytes.CutPrefix(file[x.start:x.startxref], []byte("xref\n0 "))
	if !ok {
		return x, false
	}
	line, rest, ok := bytes.Cut(rest, []byte("\n"))
	count, ok2 := atoi(line)
	if !ok || !ok2 || count < 1 {
		return x, false
	}
	if rest, ok = bytes.CutPrefix(rest, []byte(xrefFirst)); !ok {
		return x, false
	}
	x.entries = x.startxref - len(rest)
	if len(rest) < (count-1)*xrefEntryLen {
		return x, false
	}
	x.offsets = make([]int, count)
	for n := 1; n < count; n++ {
		e := rest[(n-1)*xrefEntryLen : n*xrefEntryLen]
		off, ok := atoi(e[:10])
		if !ok || string(e[10:]) != " 00000 n \n" || off >= x.start {
			return x, false
		}
		x.offsets[n] = off
	}
	x.trailer = x.entries + (count-1)*xrefEntryLen
	if !bytes.HasPrefix(file[x.trailer:], []byte("trailer\n")) {
		return x, false
	}
	return x, true
}

// stream is an uncompressed page content stream in an fpdf file.
type stream struct {
	object        int // the object number
	start, end    int // the object, "n 0 obj" to "endobj\n"
	data, dataEnd int // the stream data
}

// contentStreams finds the content streams of the pages, objects 4, 6, …
// 2·pages+2, each "<</Length n>>" followed by n bytes of stream, in file
// order. fpdf numbers a page 2k+1 and its content 2k+2; other streams
// with a bare /Length (the ToUnicode maps) are not page content, and fpdf
// leaves them uncompressed too.
func contentStreams(file []byte, x xref, pages int) ([]stream, bool) {
	streams := make([]stream, 0, pages)
	last := 0
	var head []byte
	for k := 1; k <= pages; k++ {
		s := stream{object: 2*k + 2}
		if s.object >= len(x.offsets) {
			return nil, false
		}
		s.start = x.offsets[s.object]
		if s.start < last {
			return nil, false
		}
		head = strconv.AppendInt(head[:0], int64(s.object), 10)
		head = append(head, " 0 obj\n<</Length "...)
		rest, ok := bytes.CutPrefix(file[s.start:x.start], head)
		if !ok {
			return nil, false
		}
		i := bytes.Index(rest[:min(len(rest), 32)], []byte(">>\nstream\n"))
		if i < 0 {
			return nil, false
		}
		n, ok := atoi(rest[:i])
		if !ok {
			return nil, false
		}
		s.data = x.start - len(rest) + i + len(">>\nstream\n")
		s.dataEnd = s.data + n
		if s.dataEnd > x.start || !bytes.HasPrefix(file[s.dataEnd:x.start], []byte(streamEnd)) {
			return nil, false
		}
		s.end = s.dataEnd + len(streamEnd)
		last = s.end
		streams = append(streams, s)
	}
	// No object may start inside a stream that is about to be replaced.
	for _, off := range x.offsets[1:] {
		n := sort.Search(len(streams), func(i int) bool { return streams[i].start >= off })
		if n > 0 && off < streams[n-1].end {
			return nil, false
		}
	}
	return streams, true
}

// atoi parses a short run of ASCII digits.
func atoi(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 12 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

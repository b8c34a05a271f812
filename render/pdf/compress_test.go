package pdf

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

// TestPageCompressorMatchesFpdf checks that compressing the page streams
// in pageCompressor gives exactly the bytes fpdf writes when it compresses
// them itself, and that the pageCompressor path is really taken.
func TestPageCompressorMatchesFpdf(t *testing.T) {
	docs := map[string]*doc.Document{
		"sample":   sampleDocument(),
		"empty":    {},
		"register": registerDocument(12),
	}
	for name, f := range hostileDocs {
		docs[name] = f()
	}
	for name, d := range docs {
		for size, paper := range []string{A4: "A4", Letter: "Letter"} {
			t.Run(name+"/"+paper, func(t *testing.T) {
				l := mustLayout(t, d, Options{PageSize: PageSize(size)})
				var ours, theirs bytes.Buffer
				if err := output(&ours, d.Meta, l, deflated); err != nil {
					t.Fatalf("pageCompressor: %v", err)
				}
				if err := output(&theirs, d.Meta, l, fpdfDeflated); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(ours.Bytes(), theirs.Bytes()) {
					t.Errorf("output differs from fpdf's compression: %d bytes, want %d", ours.Len(), theirs.Len())
				}
			})
		}
	}
}

// plainFile is the uncompressed file of a three-page document and its
// page count.
func plainFile(t testing.TB) ([]byte, int) {
	t.Helper()
	l := mustLayout(t, registerDocument(3), Options{})
	var buf bytes.Buffer
	if err := output(&buf, sampleMeta(), l, plain); err != nil {
		t.Fatal(err)
	}
	if len(l.pages) < 2 {
		t.Fatalf("want a multi-page document, got %d pages", len(l.pages))
	}
	return buf.Bytes(), len(l.pages)
}

// TestPageCompressorRejects checks that anything but fpdf's uncompressed
// file is refused with errUnrecognised and nothing written, so render can
// fall back to fpdf's compression.
func TestPageCompressorRejects(t *testing.T) {
	file, pages := plainFile(t)
	edit := func(old, new string) []byte {
		i := bytes.Index(file, []byte(old))
		if i < 0 {
			t.Fatalf("no %q in the file", old)
		}
		return append(append(append([]byte{}, file[:i]...), new...), file[i+len(old):]...)
	}
	tests := []struct {
		name  string
		file  []byte
		pages int
	}{
		{"empty", nil, 0},
		{"not a PDF", []byte("hello, world\n"), 1},
		{"only the end", []byte("startxref\n%%EOF\n"), 0},
		{"truncated", file[:len(file)-1], pages},
		{"first half", file[:len(file)/2], pages},
		{"a page too many", file, 1000},
		{"already compressed", edit("4 0 obj\n<</Length ", "4 0 obj\n<</Filter /FlateDecode /Length "), pages},
		{"bad startxref", edit("startxref\n", "startxref\n9"), pages},
		{"bad xref entry", edit("0000000000 65535 f \n", "0000000000 65535 f \nx"), pages},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			n, err := pageCompressor{w: &out, pages: tt.pages}.Write(tt.file)
			if !errors.Is(err, errUnrecognised) {
				t.Errorf("err = %v, want errUnrecognised", err)
			}
			if n != 0 || out.Len() != 0 {
				t.Errorf("wrote %d bytes (returned %d) of an unrecognised file", out.Len(), n)
			}
		})
	}
}

// TestPageCompressorOutput checks the rewritten file: every page stream
// deflated, every cross-reference entry pointing at its object.
func TestPageCompressorOutput(t *testing.T) {
	file, pages := plainFile(t)
	var out bytes.Buffer
	if _, err := (pageCompressor{w: &out, pages: pages}).Write(file); err != nil {
		t.Fatal(err)
	}
	got := out.Bytes()
	if out.Len() >= len(file) {
		t.Errorf("compressed file is %d bytes, uncompressed %d", out.Len(), len(file))
	}
	if n := bytes.Count(got, []byte("<</Filter /FlateDecode /Length ")); n != pages {
		t.Errorf("%d deflated page streams, want %d", n, pages)
	}
	x, ok := parseXref(got)
	if !ok {
		t.Fatal("rewritten cross-reference table unreadable")
	}
	for n, off := range x.offsets[1:] {
		want := strconv.Itoa(n+1) + " 0 obj\n"
		if !bytes.HasPrefix(got[off:], []byte(want)) {
			t.Errorf("object %d: offset %d points at %q", n+1, off, got[off:min(off+20, len(got))])
		}
	}
}

// FuzzPageCompressor feeds arbitrary bytes to pageCompressor: never a
// panic, and nothing written unless the file is accepted. The seeds are
// small files in fpdf's form, which are accepted.
func FuzzPageCompressor(f *testing.F) {
	for _, seed := range fuzzFiles {
		f.Add([]byte(seed.file), seed.pages)
	}
	f.Fuzz(func(t *testing.T, file []byte, pages int) {
		if pages < 0 || pages > 64 {
			return
		}
		var out bytes.Buffer
		_, err := pageCompressor{w: &out, pages: pages}.Write(file)
		if err != nil && out.Len() > 0 {
			t.Errorf("wrote %d bytes, then failed: %v", out.Len(), err)
		}
	})
}

// fuzzFiles are minimal files in the form fpdf writes.
var fuzzFiles = []struct {
	file  string
	pages int
}{
	{"xref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n0\n%%EOF\n", 0},
	{"4 0 obj\n<</Length 3>>\nstream\nabc\nendstream\nendobj\n" +
		"xref\n0 5\n0000000000 65535 f \n" + strings.Repeat("0000000000 00000 n \n", 4) +
		"trailer\n<<>>\nstartxref\n50\n%%EOF\n", 1},
}

// TestFuzzFilesAccepted checks the fuzz seeds reach the rewriting code.
func TestFuzzFilesAccepted(t *testing.T) {
	for _, seed := range fuzzFiles {
		var out bytes.Buffer
		if _, err := (pageCompressor{w: &out, pages: seed.pages}).Write([]byte(seed.file)); err != nil {
			t.Errorf("%q: %v", seed.file, err)
		}
	}
}

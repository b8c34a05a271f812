package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/internal/ooxml"
)

// renderBytes renders d or fails the test.
func renderBytes(t testing.TB, d *doc.Document, opts Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, d, opts); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return buf.Bytes()
}

// unzip returns the parts of a package in archive order.
func unzip(t testing.TB, data []byte) []ooxml.Part {
	t.Helper()
	parts, err := ooxml.ReadZip(data, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	return parts
}

// partMap renders d and returns its parts by name, having checked that
// every XML part is well-formed.
func partMap(t testing.TB, d *doc.Document, opts Options) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, p := range unzip(t, renderBytes(t, d, opts)) {
		m[p.Name] = string(p.Data)
		if isXML(p.Name) {
			if err := wellFormed(p.Data); err != nil {
				t.Errorf("%s is not well-formed: %v", p.Name, err)
			}
		}
	}
	return m
}

func isXML(name string) bool {
	return strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels")
}

// wellFormed parses data with encoding/xml to the end.
func wellFormed(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// docText is the text of every w:t of a part, concatenated.
func docText(t testing.TB, part string) string {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(part))
	var b strings.Builder
	inT := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return b.String()
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inT = tok.Name.Local == "t"
		case xml.EndElement:
			inT = false
		case xml.CharData:
			if inT {
				b.Write(tok)
			}
		}
	}
}

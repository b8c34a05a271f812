package ooxml

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestWriteZipDeterministicAndReadable(t *testing.T) {
	parts := []Part{
		{Name: "[Content_Types].xml", Data: []byte("<Types/>")},
		{Name: "word/document.xml", Data: []byte(strings.Repeat("<w:p/>", 1000))},
	}
	var a, b bytes.Buffer
	if err := WriteZip(&a, parts); err != nil {
		t.Fatal(err)
	}
	if err := WriteZip(&b, parts); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two writes of the same parts differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(a.Bytes()), int64(a.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range zr.File {
		if f.Name != parts[i].Name {
			t.Errorf("entry %d = %s, want %s", i, f.Name, parts[i].Name)
		}
		if !f.Modified.Equal(ZipTime) {
			t.Errorf("%s: time %v, want %v", f.Name, f.Modified, ZipTime)
		}
		if f.Method != zip.Deflate {
			t.Errorf("%s: method %d, want deflate", f.Name, f.Method)
		}
	}
	got, err := ReadZip(a.Bytes(), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	for i := range parts {
		if got[i].Name != parts[i].Name || !bytes.Equal(got[i].Data, parts[i].Data) {
			t.Errorf("part %d does not round-trip", i)
		}
	}
}

func TestWriteZipDuplicate(t *testing.T) {
	err := WriteZip(new(bytes.Buffer), []Part{{Name: "a"}, {Name: "a"}})
	if err == nil {
		t.Fatal("no error for a duplicate part")
	}
}

func TestReadZipLimit(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteZip(&buf, []Part{{Name: "big", Data: make([]byte, 10000)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadZip(buf.Bytes(), 9999); !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
	if _, err := ReadZip(buf.Bytes(), 10000); err != nil {
		t.Errorf("at the limit: %v", err)
	}
	if _, err := ReadZip([]byte("not a zip"), 100); err == nil {
		t.Error("no error for garbage")
	}
}

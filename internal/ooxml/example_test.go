package ooxml_test

import (
	"bytes"
	"fmt"

	"github.com/gdprkit/gdprkit/internal/ooxml"
)

// A paragraph built with a Builder: user text is escaped, characters XML
// forbids are dropped.
func ExampleBuilder() {
	var b ooxml.Builder
	b.Start("w:p")
	b.Start("w:r")
	b.Elem("w:t", "Terms & <conditions>\x00")
	b.End()
	b.End()
	fmt.Println(string(b.Bytes()))
	// Output:
	// <w:p><w:r><w:t>Terms &amp; &lt;conditions&gt;</w:t></w:r></w:p>
}

// WriteZip gives the same bytes for the same parts; ReadZip reads them
// back.
func ExampleWriteZip() {
	parts := []ooxml.Part{{Name: "[Content_Types].xml", Data: []byte("<Types/>")}, {Name: "a.xml", Data: []byte("<a/>")}}
	var one, two bytes.Buffer
	_ = ooxml.WriteZip(&one, parts)
	_ = ooxml.WriteZip(&two, parts)
	fmt.Println(bytes.Equal(one.Bytes(), two.Bytes()))
	back, _ := ooxml.ReadZip(one.Bytes(), 1<<20)
	for _, p := range back {
		fmt.Println(p.Name, string(p.Data))
	}
	// Output:
	// true
	// [Content_Types].xml <Types/>
	// a.xml <a/>
}

func ExampleClean() {
	fmt.Printf("%q\n", ooxml.Clean("ok\x07\ufffe\xff!"))
	// Output:
	// "ok!"
}

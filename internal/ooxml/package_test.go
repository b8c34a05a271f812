package ooxml

import (
	"strings"
	"testing"
	"time"
)

func TestContentTypes(t *testing.T) {
	var c ContentTypes
	c.Default("xml", CTXML)
	c.Default("XML", "ignored")
	c.Override("word/document.xml", CTDocument)
	c.Override("word/document.xml", "ignored")
	got := string(c.Bytes())
	want := Declaration + `<Types xmlns="` + NSContentTypes + `"><Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="` + CTDocument + `"/></Types>`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	parsed, err := ParseContentTypes([]byte(got))
	if err != nil {
		t.Fatal(err)
	}
	for part, want := range map[string]string{"word/document.xml": CTDocument, "word/styles.xml": CTXML, "media/a.png": ""} {
		if got := parsed.Of(part); got != want {
			t.Errorf("Of(%s) = %q, want %q", part, got, want)
		}
	}
}

func TestRelationships(t *testing.T) {
	var r Relationships
	if id := r.Add(RelStyles, "styles.xml", false); id != "rId1" {
		t.Errorf("first id = %s", id)
	}
	if id := r.Add(RelHyperlink, "https://example.com/?a=1&b=2", true); id != "rId2" {
		t.Errorf("second id = %s", id)
	}
	data := r.Bytes()
	if !strings.Contains(string(data), `Target="https://example.com/?a=1&amp;b=2" TargetMode="External"`) {
		t.Errorf("external target not escaped or marked:\n%s", data)
	}
	rels, err := ParseRelationships(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 2 || rels[1].Target != "https://example.com/?a=1&b=2" || !rels[1].External || rels[0].External {
		t.Errorf("round trip: %+v", rels)
	}
}

func TestRelsNameAndResolveTarget(t *testing.T) {
	if got := RelsName("word/document.xml"); got != "word/_rels/document.xml.rels" {
		t.Errorf("RelsName = %s", got)
	}
	if got := RelsName("doc.xml"); got != "_rels/doc.xml.rels" {
		t.Errorf("RelsName = %s", got)
	}
	tests := []struct{ source, target, want string }{
		{"word/document.xml", "header1.xml", "word/header1.xml"},
		{"word/header1.xml", "media/logo.png", "word/media/logo.png"},
		{"word/header1.xml", "../customXml/item1.xml", "customXml/item1.xml"},
		{"word/document.xml", "/word/styles.xml", "word/styles.xml"},
		{"", "word/document.xml", "word/document.xml"},
	}
	for _, tt := range tests {
		if got := ResolveTarget(tt.source, tt.target); got != tt.want {
			t.Errorf("ResolveTarget(%s, %s) = %s, want %s", tt.source, tt.target, got, tt.want)
		}
	}
}

func TestCoreProperties(t *testing.T) {
	p := CoreProperties{
		Title: "Registro <trattamenti>", Creator: "Rossi; Bianchi", Keywords: []string{"GDPR", "art. 30"},
		Language: "it-IT", Version: "3.1",
		Created: time.Date(2026, 11, 22, 10, 30, 0, 0, time.FixedZone("CET", 3600)),
	}
	got := string(p.Bytes())
	for _, want := range []string{
		`<dc:title>Registro &lt;trattamenti&gt;</dc:title>`,
		`<dc:creator>Rossi; Bianchi</dc:creator>`,
		`<cp:keywords>GDPR, art. 30</cp:keywords>`,
		`<dc:language>it-IT</dc:language>`,
		`<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-22T09:30:00Z</dcterms:created>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in\n%s", want, got)
		}
	}
	if strings.Contains(got, "modified") || strings.Contains(got, "subject") {
		t.Errorf("zero fields written:\n%s", got)
	}
}

func TestIndent(t *testing.T) {
	in := Declaration + `<a x="1"><b/><c>text &amp; more</c><d xml:space="preserve"> </d><e><f/></e></a>`
	got, err := Indent([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a x="1">
  <b/>
  <c>text &amp; more</c>
  <d xml:space="preserve"> </d>
  <e>
    <f/>
  </e>
</a>
`
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if _, err := Indent([]byte("<a><b></a>")); err == nil {
		t.Error("no error for malformed XML")
	}
}

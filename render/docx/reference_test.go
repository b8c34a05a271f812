package docx

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/internal/ooxml"
)

// testReference builds a reference .docx the way a user would: gdprkit's
// own output edited as a localised Word would save it. Heading 1 becomes
// "Titolo1" in red and Normal "Normale"; the Caption style is missing;
// styles.xml binds the main namespace to another prefix; the page is
// Letter with 2 cm margins; the header holds a logo and the firm's name;
// numbering.xml has a definition of its own.
func testReference(t testing.TB) []byte {
	t.Helper()
	base := renderBytes(t, &doc.Document{Meta: doc.Meta{Title: "Template"}, Blocks: []doc.Block{doc.Numbered("x")}}, Options{})
	var out []ooxml.Part
	for _, p := range unzip(t, base) {
		s := string(p.Data)
		switch p.Name {
		case "[Content_Types].xml":
			s = strings.Replace(s, "<Default Extension=\"xml\"", `<Default Extension="png" ContentType="image/png"/><Default Extension="xml"`, 1)
		case "word/styles.xml":
			s = regexp.MustCompile(`<w:style w:type="paragraph" w:styleId="Caption">.*?</w:style>`).ReplaceAllString(s, "")
			// A character style that takes the id of gdprkit's Note paragraph style.
			s = regexp.MustCompile(`<w:style w:type="paragraph" w:styleId="Note">.*?</w:style>`).ReplaceAllString(s,
				`<w:style w:type="character" w:styleId="Note"><w:name w:val="Note"/></w:style>`)
			s = strings.ReplaceAll(s, `w:styleId="Heading1"`, `w:styleId="Titolo1"`)
			s = strings.ReplaceAll(s, `w:styleId="Normal"`, `w:styleId="Normale"`)
			s = strings.ReplaceAll(s, `<w:basedOn w:val="Normal"/>`, `<w:basedOn w:val="Normale"/>`)
			s = strings.Replace(s, `<w:color w:val="1F3864"/><w:sz w:val="32"/>`, `<w:color w:val="FF0000"/><w:sz w:val="32"/>`, 1)
			s = strings.Replace(s, `<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="en-GB"/>`, `<w:lang w:val="fr-FR"/><w:eastAsianLayout w:id="1"/>`, 1)
			s = strings.NewReplacer("<w:", "<ns0:", "</w:", "</ns0:", " w:", " ns0:", "xmlns:w=", "xmlns:ns0=").Replace(s)
		case "word/document.xml":
			s = regexp.MustCompile(`<w:pgSz[^>]*/><w:pgMar[^>]*/>`).ReplaceAllString(s,
				`<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>`)
			s = strings.Replace(s, `<w:docGrid`, `<w:titlePg/><w:docGrid`, 1)
		case "word/header1.xml":
			s = strings.Replace(s, "<w:t>Template</w:t>", "<w:t>ACME Studio Legale</w:t>", 1)
			s = strings.Replace(s, "</w:p>", `<w:r><w:drawing/></w:r></w:p>`, 1)
		case "word/numbering.xml":
			s = strings.Replace(s, `<w:abstractNum w:abstractNumId="0">`, `<w:abstractNum w:abstractNumId="7"><w:nsid w:val="12345678"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlPicBulletId w:val="0"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="0">`, 1)
			s = strings.Replace(s, `<w:num w:numId="1">`, `<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="1">`, 1)
		}
		out = append(out, ooxml.Part{Name: p.Name, Data: []byte(s)})
		if p.Name == "word/header1.xml" {
			out = append(out,
				ooxml.Part{Name: "word/_rels/header1.xml.rels", Data: []byte(ooxml.Declaration + `<Relationships xmlns="` + ooxml.NSPackageRel + `"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/><Relationship Id="rId2" Type="` + ooxml.RelHyperlink + `" Target="https://acme.example/" TargetMode="External"/></Relationships>`)},
				ooxml.Part{Name: "word/media/logo.png", Data: []byte("\x89PNG fake")})
		}
	}
	var buf bytes.Buffer
	if err := ooxml.WriteZip(&buf, out); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReference(t *testing.T) {
	ref := testReference(t)
	d := sampleDocument()
	d.Meta.Language = "it"
	parts := partMap(t, d, Options{Reference: ref, TOC: true})
	checks := map[string][]string{
		// The reference's styles win, under their ids; the document's
		// language replaces the template's; missing styles are added,
		// based on the reference's Normal.
		"word/styles.xml": {
			`w:styleId="Titolo1"><w:name w:val="heading 1"/>`, `<w:color w:val="FF0000"/>`,
			`<w:lang w:val="it-IT" w:eastAsia="it-IT" w:bidi="it-IT"/><w:eastAsianLayout w:id="1"/>`,
			`w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normale"/>`,
			`<w:style w:type="character" w:styleId="Note"><w:name w:val="Note"/></w:style>`,
			`<w:style w:type="paragraph" w:styleId="gdprkitNote"><w:name w:val="Note"/>`,
		},
		"word/document.xml": {
			`<w:pStyle w:val="Titolo1"/>`, `<w:pStyle w:val="Caption"/>`, `<w:pStyle w:val="gdprkitNote"/>`,
			`<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1134"`, `<w:titlePg/>`,
			// Tables span Letter less 2 cm margins.
			fmt.Sprintf(`<w:tblW w:w="%d" w:type="dxa"/>`, 12240-2*1134),
		},
		"word/header1.xml":             {"ACME Studio Legale", "<w:drawing/>"},
		"word/_rels/header1.xml.rels":  {`Target="media/logo.png"`},
		"word/media/logo.png":          {"PNG fake"},
		"[Content_Types].xml":          {`<Default Extension="png" ContentType="image/png"/>`, `<Override PartName="/word/header1.xml"`},
		"word/_rels/document.xml.rels": {`Target="header1.xml"`, `Target="footer1.xml"`},
		// The reference's lists stay; gdprkit's ids start after them.
		"word/numbering.xml": {
			`<w:abstractNum w:abstractNumId="7"><w:nsid w:val="12345678"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>`,
			`<w:abstractNum w:abstractNumId="8">`, `<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num>`, `<w:num w:numId="10"><w:abstractNumId w:val="8"/></w:num>`,
		},
	}
	for part, wants := range checks {
		for _, want := range wants {
			if !strings.Contains(parts[part], want) {
				t.Errorf("%s lacks %s", part, want)
			}
		}
	}
	for part, unwanted := range map[string]string{
		"word/styles.xml":    `w:styleId="Heading1"`,
		"word/document.xml":  `w:val="Heading1"`,
		"word/numbering.xml": "lvlPicBulletId",
	} {
		if strings.Contains(parts[part], unwanted) {
			t.Errorf("%s still has %s", part, unwanted)
		}
	}
	if n := strings.Count(parts["word/styles.xml"], `<w:style `); n != len(styleDefs(0, 0, 0))+1 {
		t.Errorf("%d styles, want %d (gdprkit's and the reference's character style Note)", n, len(styleDefs(0, 0, 0))+1)
	}
	// Each numId is defined once.
	ids := regexp.MustCompile(`<w:num w:numId="(\d+)">`).FindAllStringSubmatch(parts["word/numbering.xml"], -1)
	seen := map[string]bool{}
	for _, m := range ids {
		if seen[m[1]] {
			t.Errorf("numId %s defined twice", m[1])
		}
		seen[m[1]] = true
	}
	a, b := renderBytes(t, d, Options{Reference: ref}), renderBytes(t, d, Options{Reference: ref})
	if !bytes.Equal(a, b) {
		t.Error("rendering with a reference is not deterministic")
	}
}

// A reference without headers keeps gdprkit's own; one without styles
// or numbering keeps gdprkit's; a section without margins keeps gdprkit's
// margins in their schema place.
func TestReferenceMinimal(t *testing.T) {
	var buf bytes.Buffer
	doc0 := ooxml.Declaration + `<x:document xmlns:x="` + ooxml.NSMain + `"><x:body><x:p/><x:sectPr><x:type x:val="nextPage"/>` +
		`<x:pgSz x:w="16838" x:h="11906" x:orient="landscape"/><x:cols x:space="708"/></x:sectPr></x:body></x:document>`
	err := ooxml.WriteZip(&buf, []ooxml.Part{
		{Name: "[Content_Types].xml", Data: []byte(ooxml.Declaration + `<Types xmlns="` + ooxml.NSContentTypes + `"/>`)},
		{Name: "word/document.xml", Data: []byte(doc0)},
	})
	if err != nil {
		t.Fatal(err)
	}
	parts := partMap(t, sampleDocument(), Options{Reference: buf.Bytes()})
	if !strings.Contains(parts["word/header1.xml"], "Register of processing activities") {
		t.Error("gdprkit's header is missing")
	}
	if !strings.Contains(parts["word/styles.xml"], `w:styleId="Heading1"`) {
		t.Error("gdprkit's styles are missing")
	}
	want := `<w:type w:val="nextPage"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>`
	if !strings.Contains(parts["word/document.xml"], want) {
		t.Errorf("section properties lack %s:\n%s", want, parts["word/document.xml"])
	}
}

func TestReferenceErrors(t *testing.T) {
	var noTypes bytes.Buffer
	_ = ooxml.WriteZip(&noTypes, []ooxml.Part{{Name: "word/document.xml", Data: []byte("<x/>")}})
	var badStyles bytes.Buffer
	_ = ooxml.WriteZip(&badStyles, []ooxml.Part{
		{Name: "[Content_Types].xml", Data: []byte("<Types/>")},
		{Name: "word/document.xml", Data: []byte(`<w:document xmlns:w="` + ooxml.NSMain + `"/>`)},
		{Name: "word/_rels/document.xml.rels", Data: []byte(`<Relationships><Relationship Id="rId1" Type="` + ooxml.RelStyles + `" Target="styles.xml"/></Relationships>`)},
		{Name: "word/styles.xml", Data: []byte("<w:styles")},
	})
	for name, ref := range map[string][]byte{
		"not a zip":        []byte("PK but not really"),
		"no content types": noTypes.Bytes(),
		"broken styles":    badStyles.Bytes(),
	} {
		t.Run(name, func(t *testing.T) {
			err := Render(new(bytes.Buffer), sampleDocument(), Options{Reference: ref})
			if err == nil || !strings.HasPrefix(err.Error(), "docx: reference: ") {
				t.Errorf("err = %v, want a docx: reference: error", err)
			}
		})
	}
}

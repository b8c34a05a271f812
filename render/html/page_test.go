package html_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/html"
)

// render renders d and fails the test on error.
func render(t testing.TB, d *doc.Document, opts html.Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := html.Render(&b, d, opts); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return b.String()
}

// page is what checkPage learnt while parsing a page.
type page struct {
	text     string            // all character data outside style and title, decoded
	headings map[string]int    // element name → count, for h1…h6
	attrs    map[string]string // "element attribute" → last value, for spot checks
}

// checkPage parses out as strict XML (so the markup is well-formed: every
// element closed, attributes quoted, only character references XML knows)
// and checks what every page must satisfy: valid UTF-8 without forbidden
// characters, a lang attribute, unique ids, aria-labelledby and in-page
// table-of-contents links pointing at existing ids, no script, no event handler, no
// external resource, and links only with allowed schemes.
func checkPage(t testing.TB, out string) page {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatal("output is not valid UTF-8")
	}
	for _, r := range out {
		if (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r < 0xa0) || r == 0xfffe || r == 0xffff {
			t.Fatalf("output holds forbidden character %U", r)
		}
	}
	if low := strings.ToLower(out); strings.Contains(low, "<script") || strings.Contains(low, "url(") || strings.Contains(low, "@import") {
		t.Fatal("output holds a script or an external resource")
	}
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = true
	p := page{headings: map[string]int{}, attrs: map[string]string{}}
	var text strings.Builder
	ids := map[string]bool{}
	var refs []string
	var stack []string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("output is not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			name := tok.Name.Local
			stack = append(stack, name)
			switch name {
			case "script", "iframe", "object", "embed", "img", "link", "base", "form":
				t.Errorf("output has a %s element", name)
			case "h1", "h2", "h3", "h4", "h5", "h6":
				p.headings[name]++
			}
			for _, a := range tok.Attr {
				key := a.Name.Local
				p.attrs[name+" "+key] = a.Value
				switch {
				case strings.HasPrefix(strings.ToLower(key), "on"), key == "src", key == "style" && name != "col":
					t.Errorf("output has attribute %s on %s", key, name)
				case key == "id":
					if ids[a.Value] {
						t.Errorf("duplicate id %q", a.Value)
					}
					ids[a.Value] = true
				case key == "aria-labelledby":
					refs = append(refs, a.Value)
				case key == "href":
					switch h := a.Value; {
					case strings.HasPrefix(h, "#"):
						// A fragment written by the document may name
						// anything; those of the table of contents must
						// name a heading.
						if slices.Contains(stack, "nav") {
							refs = append(refs, h[1:])
						}
					case strings.HasPrefix(h, "https://"), strings.HasPrefix(h, "http://"),
						strings.HasPrefix(h, "mailto:"), strings.HasPrefix(h, "tel:"):
					default:
						t.Errorf("link with a refused scheme: href=%q", h)
					}
				}
			}
			if name == "html" && p.attrs["html lang"] == "" {
				t.Error("html element without lang")
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 && stack[len(stack)-1] != "style" && stack[len(stack)-1] != "title" {
				text.Write(tok)
			}
		}
	}
	for _, ref := range refs {
		if !ids[ref] {
			t.Errorf("reference to missing id %q", ref)
		}
	}
	if p.headings["h1"] > 1 {
		t.Errorf("%d h1 elements, want at most one", p.headings["h1"])
	}
	p.text = text.String()
	return p
}

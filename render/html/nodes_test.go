package html_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/internal/doctest"
	"github.com/gdprkit/gdprkit/render/html"
)

// exampleOf returns blocks holding a node of n's kind and the markup its
// rendering must contain. A node kind added to doc without an example
// here fails the test, so the renderer cannot silently skip it.
func exampleOf(t *testing.T, n doc.Node) ([]doc.Block, []string) {
	t.Helper()
	switch n.(type) {
	case doc.Section:
		return []doc.Block{doc.Sec("Kind section", doc.Sec("Inner"))},
			[]string{`<section aria-labelledby="kind-section">`, `<h2 id="kind-section">Kind section</h2>`, `<h3 id="inner">Inner</h3>`}
	case doc.Paragraph:
		return []doc.Block{doc.P("kind paragraph")}, []string{"<p>kind paragraph</p>"}
	case doc.List:
		return []doc.Block{doc.Bullets("one"), doc.Numbered("first")},
			[]string{"<ul>\n<li>one</li>\n</ul>", "<ol>\n<li>first</li>\n</ol>"}
	case doc.DefinitionList:
		return []doc.Block{doc.Defs(doc.Def("Term", "Meaning"))}, []string{"<dl>\n<dt>Term</dt>\n<dd>Meaning</dd>\n</dl>"}
	case doc.Table:
		return []doc.Block{doc.Tab("Cap", doc.Cols("A", "B"), doc.TextRow("1", "2"))},
			[]string{`<caption id="table-1">Cap</caption>`, `<th scope="col">A</th>`, "<tbody>\n<tr><td>1</td><td>2</td></tr>"}
	case doc.Note:
		return []doc.Block{doc.Note{Kind: doc.NoteLegal, Title: "Art. 13", Blocks: []doc.Block{doc.P("body")}}},
			[]string{`<aside class="note note-legal" role="note">`, `<p class="note-title">Art. 13</p>`, "<p>body</p>"}
	case doc.Text:
		return []doc.Block{doc.Para(doc.Text("a < b\nc"))}, []string{"<p>a &lt; b<br/>\nc</p>"}
	case doc.Strong:
		return []doc.Block{doc.Para(doc.B("bold"))}, []string{"<strong>bold</strong>"}
	case doc.Emph:
		return []doc.Block{doc.Para(doc.I("italic"))}, []string{"<em>italic</em>"}
	case doc.Link:
		return []doc.Block{doc.Para(doc.L("https://example.com/", "site"))},
			[]string{`<a href="https://example.com/" rel="noopener noreferrer">site</a>`}
	case doc.LineBreak:
		return []doc.Block{doc.Para(doc.Text("a"), doc.LineBreak{}, doc.Text("b"))}, []string{"a<br/>\nb"}
	}
	t.Fatalf("no example for node kind %T: add one and make the renderer handle it", n)
	return nil, nil
}

func TestRenderHandlesEveryNodeKind(t *testing.T) {
	for _, n := range doc.AllNodes() {
		t.Run(fmt.Sprintf("%T", n), func(t *testing.T) {
			blocks, want := exampleOf(t, n)
			out := render(t, &doc.Document{Blocks: blocks}, html.Options{})
			checkPage(t, out)
			for _, w := range want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
		})
	}
}

// TestRenderZeroNodes renders the zero value of every node kind: nothing
// may panic and the page must stay well-formed.
func TestRenderZeroNodes(t *testing.T) {
	var blocks []doc.Block
	var inlines []doc.Inline
	for _, n := range doc.AllNodes() {
		switch n := n.(type) {
		case doc.Block:
			blocks = append(blocks, n)
		case doc.Inline:
			inlines = append(inlines, n)
		}
	}
	blocks = append(blocks, doc.Para(inlines...))
	checkPage(t, render(t, &doc.Document{Blocks: blocks}, html.Options{TOC: true}))
}

func TestHeadingLevels(t *testing.T) {
	// Seven nested sections: h2 … h6, then clamped at h6.
	var s doc.Section
	for i := 7; i >= 1; i-- {
		s = doc.Section{Title: fmt.Sprintf("Level %d", i), Blocks: []doc.Block{s}}
		if i == 7 {
			s.Blocks = nil
		}
	}
	out := render(t, &doc.Document{Meta: doc.Meta{Title: "T"}, Blocks: []doc.Block{s}}, html.Options{})
	p := checkPage(t, out)
	want := map[string]int{"h1": 1, "h2": 1, "h3": 1, "h4": 1, "h5": 1, "h6": 3}
	for h, n := range want {
		if p.headings[h] != n {
			t.Errorf("%d %s elements, want %d", p.headings[h], h, n)
		}
	}
	if !strings.Contains(out, `<h6 id="level-7">Level 7</h6>`) {
		t.Error("level 7 is not an h6")
	}
}

func TestTableOfContents(t *testing.T) {
	d := &doc.Document{Blocks: []doc.Block{
		doc.Sec("One", doc.Sec("One A"), doc.Bullets("x")),
		doc.Sec("Two", doc.Note{Blocks: []doc.Block{doc.Sec("In a note")}}),
	}}
	tests := []struct {
		name       string
		opts       html.Options
		want, omit []string
	}{
		{"off", html.Options{}, nil, []string{`<nav`}},
		{"all", html.Options{TOC: true}, []string{
			`<nav class="toc" aria-labelledby="contents">`,
			"<li><a href=\"#one\">One</a>\n<ol>\n<li><a href=\"#one-a\">One A</a></li>\n</ol>\n</li>\n<li><a href=\"#two\">Two</a></li>",
		}, []string{`href="#in-a-note"`}},
		{"depth 1", html.Options{TOC: true, TOCDepth: 1}, []string{`href="#two"`}, []string{`href="#one-a"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := render(t, d, tt.opts)
			checkPage(t, out)
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			for _, w := range tt.omit {
				if strings.Contains(out, w) {
					t.Errorf("output has %q", w)
				}
			}
		})
	}
}

func TestTOCWithoutSectionsIsOmitted(t *testing.T) {
	out := render(t, &doc.Document{Blocks: []doc.Block{doc.P("no sections")}}, html.Options{TOC: true})
	if strings.Contains(out, "<nav") {
		t.Error("table of contents written for a document without sections")
	}
}

func TestDocumentControl(t *testing.T) {
	d := doctest.Sample()
	out := render(t, d, html.Options{})
	for _, w := range []string{
		`<section class="document-control" aria-labelledby="document-control">`,
		"<dt>Identifier</dt><dd>PN-2026-01</dd>",
		`<dt>Date</dt><dd><time datetime="2026-11-22">2026-11-22</time></dd>`,
		"<dt>Authors</dt><dd>Data Protection Officer, Legal team</dd>",
		`<caption id="approvals">Approvals</caption>`,
		`<caption id="revision-history">Revision history</caption>`,
		"<td>New support tool &amp; retention periods</td>",
		`@bottom-right { content: "Page " counter(page) " of " counter(pages);`,
	} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q", w)
		}
	}
	d.Meta = doc.Meta{Title: "No control"}
	if out := render(t, d, html.Options{}); strings.Contains(out, `<section class="document-control"`) {
		t.Error("document-control block written without control metadata")
	}
}

func TestNotes(t *testing.T) {
	tests := []struct {
		kind doc.NoteKind
		want string
	}{
		{doc.NoteInfo, `<aside class="note note-info" role="note">`},
		{doc.NoteLegal, `<aside class="note note-legal" role="note">`},
		{doc.NoteWarning, `<aside class="note note-warning" role="alert">`},
		{doc.NoteMissing, `<aside class="note note-missing" role="note">`},
		{doc.NoteKind(99), `<aside class="note note-info" role="note">`},
	}
	for _, tt := range tests {
		out := render(t, &doc.Document{Blocks: []doc.Block{doc.Note{Kind: tt.kind, Blocks: []doc.Block{doc.P("x")}}}}, html.Options{})
		if !strings.Contains(out, tt.want) {
			t.Errorf("kind %d: output lacks %q", tt.kind, tt.want)
		}
	}
}

func TestTableShapes(t *testing.T) {
	tests := []struct {
		name       string
		table      doc.Table
		want, omit []string
	}{
		{"empty", doc.Table{}, nil, []string{"<table"}},
		{"caption only", doc.Table{Caption: "Nothing yet"}, []string{`<caption id="table-1">Nothing yet</caption>`}, []string{"<thead", "<tbody"}},
		{"header only", doc.Tab("", doc.Cols("A")), []string{`<th scope="col">A</th>`}, []string{"<tbody", "role=\"region\""}},
		{"short row padded", doc.Tab("", doc.Cols("A", "B"), doc.TextRow("1")), []string{"<tr><td>1</td><td></td></tr>"}, nil},
		{"long row kept", doc.Tab("", doc.Cols("A"), doc.TextRow("1", "2")), []string{`<th scope="col">A</th><th scope="col"></th>`, "<td>2</td>"}, nil},
		{"widths", doc.Table{Columns: []doc.Column{{Title: "A", Width: 1}, {Title: "B"}, {Title: "C", Width: 2}}},
			// B gets the average of the given widths: 1 : 1.5 : 2.
			[]string{`<col style="width:22.2%"/><col style="width:33.3%"/><col style="width:44.4%"/>`}, nil},
		{"no widths", doc.Tab("", doc.Cols("A", "B")), nil, []string{"<colgroup"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := render(t, &doc.Document{Blocks: []doc.Block{tt.table}}, html.Options{})
			checkPage(t, out)
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			for _, w := range tt.omit {
				if strings.Contains(out, w) {
					t.Errorf("output has %q", w)
				}
			}
		})
	}
}

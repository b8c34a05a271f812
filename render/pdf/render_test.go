package pdf

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/gdprkit/gdprkit/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestEveryNodeKind proves the renderer handles the whole closed set: each
// kind of doc.AllNodes, given distinctive text, shows up in the layout.
func TestEveryNodeKind(t *testing.T) {
	for _, n := range doc.AllNodes() {
		name := fmt.Sprintf("%T", n)
		t.Run(name, func(t *testing.T) {
			var blocks []doc.Block
			var check func(t *testing.T, l *layout)
			hasText := func(want string) func(t *testing.T, l *layout) {
				return func(t *testing.T, l *layout) {
					if !strings.Contains(l.allText(), want) {
						t.Errorf("text %q missing from:\n%s", want, l.allText())
					}
				}
			}
			switch n.(type) {
			case doc.Section:
				blocks = []doc.Block{doc.Sec("Heading kind", doc.P("body"))}
				check = func(t *testing.T, l *layout) {
					hasText("[bookmark 0] Heading kind")(t, l)
				}
			case doc.Paragraph:
				blocks = []doc.Block{doc.P("Paragraph kind")}
				check = hasText("Paragraph kind")
			case doc.List:
				blocks = []doc.Block{doc.Numbered("first item", "second item"), doc.Bullets("bullet item")}
				check = func(t *testing.T, l *layout) {
					for _, s := range []string{"1. first item", "2. second item", "• bullet item"} {
						hasText(s)(t, l)
					}
				}
			case doc.DefinitionList:
				blocks = []doc.Block{doc.Defs(doc.Def("Term kind", "Description kind"))}
				check = func(t *testing.T, l *layout) {
					hasText("Description kind")(t, l)
					if o := findText(l, "Term kind"); o.style != bold {
						t.Errorf("term style = %v, want bold", o.style)
					}
				}
			case doc.Table:
				blocks = []doc.Block{doc.Tab("Caption kind", doc.Cols("Head A", "Head B"), doc.TextRow("cell A", "cell B"))}
				check = func(t *testing.T, l *layout) {
					for _, s := range []string{"Caption kind", "Head A Head B", "cell A cell B"} {
						hasText(s)(t, l)
					}
				}
			case doc.Note:
				blocks = []doc.Block{doc.Note{Kind: doc.NoteMissing, Title: "Note title", Blocks: []doc.Block{doc.P("Note body")}}}
				check = func(t *testing.T, l *layout) {
					hasText("Note title\nNote body")(t, l)
					_, accent := notePalette(doc.NoteMissing)
					if !hasOp(l, func(o op) bool { return o.kind == opRect && o.color == accent }) {
						t.Error("no accent bar")
					}
				}
			case doc.Text:
				blocks = []doc.Block{doc.Para(doc.Text("Text kind"))}
				check = hasText("Text kind")
			case doc.Strong:
				blocks = []doc.Block{doc.Para(doc.Text("plain "), doc.B("Strong kind"))}
				check = func(t *testing.T, l *layout) {
					if o := findText(l, "Strong kind"); o.style != bold {
						t.Errorf("style = %v, want bold", o.style)
					}
				}
			case doc.Emph:
				blocks = []doc.Block{doc.Para(doc.Text("plain "), doc.I("Emph kind"))}
				check = func(t *testing.T, l *layout) {
					if o := findText(l, "Emph kind"); o.style != italic {
						t.Errorf("style = %v, want italic", o.style)
					}
				}
			case doc.Link:
				blocks = []doc.Block{doc.Para(doc.L("https://example.com/a", "Link kind"))}
				check = func(t *testing.T, l *layout) {
					if o := findText(l, "Link kind"); o.color != colorLink {
						t.Errorf("colour = %v, want link colour", o.color)
					}
					if !hasOp(l, func(o op) bool { return o.kind == opLink && o.text == "https://example.com/a" }) {
						t.Error("no link annotation")
					}
				}
			case doc.LineBreak:
				blocks = []doc.Block{doc.Para(doc.Text("before break"), doc.LineBreak{}, doc.Text("after break"))}
				check = hasText("before break\nafter break")
			default:
				t.Fatalf("no test for node kind %s", name)
			}
			l := mustLayout(t, &doc.Document{Blocks: blocks}, Options{})
			check(t, l)
			checkBounds(t, l)
			if err := Render(io.Discard, &doc.Document{Blocks: blocks}, Options{}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// findText returns the first text operation whose text contains s.
func findText(l *layout, s string) op {
	for _, p := range l.pages {
		for _, o := range p.ops {
			if o.kind == opText && strings.Contains(o.text, s) {
				return o
			}
		}
	}
	return op{style: 255}
}

// hasOp reports whether some operation satisfies f.
func hasOp(l *layout, f func(op) bool) bool {
	for _, p := range l.pages {
		for _, o := range p.ops {
			if f(o) {
				return true
			}
		}
	}
	return false
}

// TestGolden compares the text of each page of the sample document, as
// the layout draws it, with testdata/sample.golden.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		d    *doc.Document
		opts Options
	}{
		{"sample", sampleDocument(), Options{}},
		{"sample-letter", sampleDocument(), Options{PageSize: Letter}},
		{"scripts", hostileDocs["scripts"](), Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := mustLayout(t, tt.d, tt.opts)
			var b strings.Builder
			for i, p := range l.pageText() {
				fmt.Fprintf(&b, "=== page %d ===\n%s\n", i+1, p)
			}
			got := b.String()
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("page text differs from %s (run go test -update to accept):\n%s", path, got)
			}
		})
	}
}

// TestPaintMatchesLayout checks the PDF shows exactly the strings the
// layout placed, in order, by reading the uncompressed content streams.
func TestPaintMatchesLayout(t *testing.T) {
	d := sampleDocument()
	var buf bytes.Buffer
	if err := render(&buf, d, Options{}, plain); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, p := range mustLayout(t, d, Options{}).pages {
		for _, o := range p.ops {
			if o.kind == opText {
				want = append(want, o.text)
			}
		}
	}
	got := pdfStrings(t, buf.Bytes())
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PDF strings differ from layout:\n got %d: %q…\nwant %d: %q…", len(got), head(got), len(want), head(want))
	}
}

func head(s []string) []string { return s[:min(len(s), 8)] }

// TestDeterministic renders each document twice: the bytes must match.
func TestDeterministic(t *testing.T) {
	docs := map[string]*doc.Document{"sample": sampleDocument()}
	for name, f := range hostileDocs {
		docs[name] = f()
	}
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := Render(&a, d, Options{}); err != nil {
				t.Fatal(err)
			}
			if err := Render(&b, d, Options{}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Error("two renders differ")
			}
		})
	}
}

// TestFileProperties checks the information dictionary, catalogue and
// annotations, which fpdf leaves uncompressed.
func TestFileProperties(t *testing.T) {
	var buf bytes.Buffer
	if err := Render(&buf, sampleDocument(), Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"%PDF-",
		"/Title " + pdfText("Registro delle attività di trattamento"),
		"/Author " + pdfText("Giulia Bianchi (DPO), Marco Rossi"),
		"/Subject " + pdfText("Registro ex art. 30 GDPR"),
		"/Keywords " + pdfText("GDPR, art. 30, registro"),
		"/Creator " + pdfText("gdprkit"),
		"/CreationDate (D:20261122000000)",
		"/ModDate (D:20261122000000)",
		"/Lang (it)",
		"/Outlines",
		"/FontFile2",
		"/Filter /FlateDecode",
		"/URI (https://www.garanteprivacy.it/)",
		"/URI (mailto:privacy@nuvola.example)",
		"/MediaBox [0 0 595.28 841.89]",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	buf.Reset()
	if err := Render(&buf, &doc.Document{}, Options{PageSize: Letter}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"/MediaBox [0 0 612.00 792.00]", "/CreationDate (D:20000101000000)"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("empty Letter document lacks %q", want)
		}
	}
}

// pdfText is s as fpdf writes a UTF-8 text string: UTF-16BE with a BOM,
// in parentheses.
func pdfText(s string) string {
	var b strings.Builder
	b.WriteString("(\xfe\xff")
	for _, r := range s {
		for _, c := range []byte{byte(r >> 8), byte(r)} {
			if c == '(' || c == ')' || c == '\\' {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		}
	}
	b.WriteString(")")
	return b.String()
}

// TestHostileText renders hostile input: no error, nothing outside the
// page body, no character dropped silently.
func TestHostileText(t *testing.T) {
	tests := []struct {
		name  string
		check func(t *testing.T, l *layout, text string)
	}{
		{"control-chars", func(t *testing.T, l *layout, text string) {
			for _, r := range text {
				if (unicode.IsControl(r) && r != '\n') || unicode.Is(unicode.Cf, r) {
					t.Errorf("control or format character %U in output", r)
				}
			}
			for _, want := range []string{"Ctrl[31mred", "bell nul esc[0m tab here cr\nlf\nls bom softhyphen zwsp", "bad utf8: ? end"} {
				if !strings.Contains(text, want) {
					t.Errorf("text lacks %q", want)
				}
			}
		}},
		{"bidi", func(t *testing.T, l *layout, text string) {
			if !strings.Contains(text, "abc ???? txt.exe ????? isolate") {
				t.Errorf("bidi marks not stripped or RTL not replaced:\n%s", text)
			}
		}},
		{"long-word", func(t *testing.T, l *layout, text string) {
			if n := strings.Count(text, "x"); n < 10000 {
				t.Errorf("%d of 10000 characters of the long word drawn", n)
			}
			if n := strings.Count(strings.ReplaceAll(text, "\n", ""), "path/"); n < 200 {
				t.Errorf("%d of 200 URL segments drawn", n)
			}
		}},
		{"tables", func(t *testing.T, l *layout, text string) {
			pages := 0
			for _, p := range l.pageText() {
				if strings.Contains(p, "Una riga di testo") {
					pages++
					if !strings.Contains(p, "Field Value") {
						t.Errorf("page with the tall row lacks the repeated header:\n%s", p)
					}
				}
			}
			if pages < 2 {
				t.Errorf("tall row on %d pages, want it split", pages)
			}
			if !strings.Contains(text, "no columns given") || !strings.Contains(text, "1 2 3 4") {
				t.Errorf("rows without or beyond columns lost:\n%s", text)
			}
		}},
		{"deep-nesting", func(t *testing.T, l *layout, text string) {
			if !strings.Contains(text, "bottom") || !strings.Contains(text, "deep") {
				t.Error("deepest text lost")
			}
		}},
		{"scripts", func(t *testing.T, l *layout, text string) {
			for _, want := range []string{
				"CJK: ??????; emoji: ????;", "U+FFFD: ?.", "Ελληνικά", "Привет",
				"café città perché São Paulo", "combining only: q?.",
				"àèéìòù ÀÈÉÌÒÙ çÇ ñÑ äöüß ÄÖÜ åÅ æÆ øØ œŒ ÿŸ ł Ł ő ű č š ž ř ě ą ę ș ț ğ ı İ €",
			} {
				if !strings.Contains(text, want) {
					t.Errorf("text lacks %q", want)
				}
			}
			if strings.ContainsRune(text, '\ufffd') {
				t.Error("U+FFFD in output")
			}
		}},
		{"empty", func(t *testing.T, l *layout, text string) {
			if len(l.pages) != 1 {
				t.Errorf("%d pages, want 1", len(l.pages))
			}
		}},
		{"empty-nodes", func(t *testing.T, l *layout, text string) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := hostileDocs[tt.name]()
			l := mustLayout(t, d, Options{})
			checkBounds(t, l)
			tt.check(t, l, l.allText())
			if err := Render(io.Discard, d, Options{}); err != nil {
				t.Fatal(err)
			}
		})
	}
	if len(tests) != len(hostileDocs) {
		t.Errorf("%d hostile documents, %d tested", len(hostileDocs), len(tests))
	}
}

// TestHeadingsKeptWithText lays out sections of many lengths, so headings
// fall at every height of the page: none may end a page, each must have
// at least two lines of its text below it on its page.
func TestHeadingsKeptWithText(t *testing.T) {
	var blocks []doc.Block
	sentence := "Il titolare conserva i dati per il tempo strettamente necessario alle finalità indicate. "
	for i := 0; i < 60; i++ {
		sec := doc.Sec(fmt.Sprintf("Section %d", i), doc.P(strings.Repeat(sentence, 3+i%5)))
		if i%3 == 0 {
			sec.Blocks = append(sec.Blocks, doc.Sec(fmt.Sprintf("Subsection %d", i), doc.P(strings.Repeat(sentence, 1+i%4))))
		}
		if i%7 == 0 {
			sec.Blocks = append([]doc.Block{doc.Tab("", doc.Cols("A", "B"), doc.TextRow("a", "b"))}, sec.Blocks...)
		}
		blocks = append(blocks, sec)
	}
	l := mustLayout(t, &doc.Document{Blocks: blocks}, Options{})
	checkBounds(t, l)
	for pi, p := range l.pages {
		for _, o := range p.ops {
			if o.kind != opBookmark {
				continue
			}
			baselines := map[float64]bool{}
			for _, q := range p.ops {
				if q.kind == opText && q.y > o.y && q.y < l.geo.height-footerRule {
					baselines[q.y] = true
				}
			}
			if len(baselines) < 3 {
				t.Errorf("page %d: heading %q followed by %d lines", pi+1, o.text, len(baselines)-1)
			}
		}
	}
}

// TestLongTable checks a table over several pages repeats its header and
// keeps every row.
func TestLongTable(t *testing.T) {
	tab := doc.Tab("Long", doc.Cols("Field", "Value"))
	for i := 0; i < 120; i++ {
		tab.Rows = append(tab.Rows, doc.TextRow(fmt.Sprintf("row-%03d", i), strings.Repeat("value ", 1+i%20)))
	}
	l := mustLayout(t, &doc.Document{Blocks: []doc.Block{tab}}, Options{})
	checkBounds(t, l)
	pages := l.pageText()
	if len(pages) < 3 {
		t.Fatalf("%d pages, want the table to run over several", len(pages))
	}
	for i, p := range pages {
		if !strings.Contains(p, "Field Value") {
			t.Errorf("page %d lacks the header row", i+1)
		}
	}
	all := strings.Join(pages, "\n")
	for i := 0; i < 120; i++ {
		if !strings.Contains(all, fmt.Sprintf("row-%03d", i)) {
			t.Errorf("row %d missing", i)
		}
	}
}

// TestPageNumbers checks the footer counts pages in the document's labels.
func TestPageNumbers(t *testing.T) {
	l := mustLayout(t, sampleDocument(), Options{})
	pages := l.pageText()
	for i, p := range pages {
		want := fmt.Sprintf("Pagina %d di %d", i+1, len(pages))
		if !strings.Contains(p, want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
		if i > 0 && !strings.Contains(p, "Versione 3.1") {
			t.Errorf("page %d lacks the running header", i+1)
		}
	}
}

func TestNilDocument(t *testing.T) {
	if err := Render(io.Discard, nil, Options{}); err != ErrNilDocument {
		t.Errorf("err = %v, want ErrNilDocument", err)
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

func TestWriteError(t *testing.T) {
	if err := Render(failingWriter{}, sampleDocument(), Options{}); err == nil {
		t.Error("no error from a failing writer")
	}
}

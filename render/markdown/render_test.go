package markdown_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/internal/doctest"
	"github.com/gdprkit/gdprkit/render/markdown"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// render renders d and fails the test on error.
func render(t testing.TB, d *doc.Document) string {
	t.Helper()
	var b strings.Builder
	if err := markdown.Render(&b, d, markdown.Options{}); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		doc  *doc.Document
	}{
		{"document", doctest.Sample()},
		{"italian", italianDocument()},
		{"escaping", escapingDocument()},
		{"empty", &doc.Document{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(t, tt.doc)
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (run go test -update after checking the change):\n%s", path, firstDiff(string(want), got))
			}
		})
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(w), len(g)) {
		if w[i] != g[i] {
			return fmt.Sprintf("line %d\nwant: %s\ngot:  %s", i+1, w[i], g[i])
		}
	}
	return fmt.Sprintf("want %d lines, got %d", len(w), len(g))
}

// italianDocument has Italian labels and lists, definitions and notes
// nested in each other.
func italianDocument() *doc.Document {
	return &doc.Document{
		Meta: doc.Meta{
			Title: "Registro delle attività di trattamento", Language: "it",
			Version: "1.0", Date: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC),
			Labels: doc.Labels{DocumentControl: "Controllo del documento", Version: "Versione", Date: "Data"},
		},
		Blocks: []doc.Block{
			doc.Bullets("Subito dopo il controllo del documento: un altro elenco"),
			doc.Sec("Finalità",
				doc.List{Ordered: true, Items: []doc.ListItem{
					doc.Item(doc.P("Assistenza"), doc.P("Secondo paragrafo dello stesso punto."), doc.Bullets("a", "b")),
					doc.Item(doc.Tab("", doc.Cols("Dato", "Fonte"), doc.TextRow("Nome", "Interessato"))),
					doc.Item(doc.Note{Kind: doc.NoteWarning, Title: "Attenzione", Blocks: []doc.Block{doc.Bullets("uno", "due")}}),
					doc.Item(),
				}},
				doc.Numbered("Un elenco numerato subito dopo", "va tenuto distinto"),
				doc.Numbered("e anche un terzo"),
				doc.Defs(
					doc.Def("Titolare", "Nuvola Software S.r.l."),
					doc.Definition{Term: []doc.Inline{doc.B("Contatti")}, Description: []doc.Block{
						doc.Bullets("privacy@nuvola.example", "+39 02 1234"),
					}},
					doc.Definition{Description: []doc.Block{doc.P("Descrizione senza termine.")}},
				),
				doc.Sec("", doc.P("Sezione senza titolo.")),
			),
		},
	}
}

// escapingDocument shows how text that looks like Markdown is escaped.
func escapingDocument() *doc.Document {
	return &doc.Document{
		Meta: doc.Meta{Title: "# Not a *heading* | [x](y) ##"},
		Blocks: []doc.Block{
			doc.Sec("1. Numbered title #",
				doc.P("- not a list\n+ nor this\n1. nor this\n2) nor this\n> not a quote\n# not a heading\n===\n:-\n    not code"),
				doc.P("*stars* _under_ `code` [link](javascript:x) <b>tag</b> &amp; &#38; AT&T ~~del~~ $x$ ![img] a|b \\ Art. 6(1)(b) e-mail 2026-11-22"),
				doc.Para(doc.Text("Art"), doc.B("(1)"), doc.Text("b "), doc.B(" spaced "), doc.Text("x"), doc.I("y"), doc.Text("z "), doc.B(""), doc.I("\n")),
				doc.Para(doc.L("https://example.com/a b_(c)|d", "link *text*"), doc.Text(" "), doc.L("javascript:alert(1)", "refused"), doc.Text(" "), doc.L("mailto:a@example.com", "")),
				doc.Tab("Pipes | in caption", doc.Cols("a|b", "c\nd"), doc.TextRow("1|2", "line\nbreak"), doc.Row{doc.Cell{doc.Text("x"), doc.LineBreak{}, doc.Text("- y")}}),
			),
		},
	}
}

func TestRenderIsDeterministic(t *testing.T) {
	first := render(t, doctest.Sample())
	for range 5 {
		if got := render(t, doctest.Sample()); got != first {
			t.Fatalf("two renderings of the same document differ:\n%s", firstDiff(first, got))
		}
	}
}

func TestRenderNilDocument(t *testing.T) {
	if err := markdown.Render(&strings.Builder{}, nil, markdown.Options{}); err != markdown.ErrNilDocument {
		t.Errorf("Render(nil) = %v, want ErrNilDocument", err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

func TestRenderReportsWriteError(t *testing.T) {
	err := markdown.Render(failingWriter{}, doctest.Sample(), markdown.Options{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Render to a failing writer = %v, want the write error", err)
	}
}

package html_test

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
	"github.com/gdprkit/gdprkit/render/html"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		doc  *doc.Document
		opts html.Options
	}{
		{"document", doctest.Sample(), html.Options{TOC: true}},
		{"italian", italianDocument(), html.Options{TOC: true, TOCDepth: 1}},
		{"empty", &doc.Document{}, html.Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(t, tt.doc, tt.opts)
			checkPage(t, got)
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

// italianDocument has Italian labels, a document language and sections
// whose titles collide with each other and with the page's own ids.
func italianDocument() *doc.Document {
	date := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	return &doc.Document{
		Meta: doc.Meta{
			Title: "Registro delle attività di trattamento", Language: "it",
			Version: "1.0", Date: date, Classification: "Uso interno",
			Labels: doc.Labels{
				DocumentControl: "Controllo del documento", Version: "Versione", Date: "Data",
				Classification: "Classificazione", Contents: "Indice", Page: "Pagina", Of: "di",
			},
		},
		Blocks: []doc.Block{
			doc.Sec("Perché trattiamo i dati", doc.Sec("Finalità", doc.P("Assistenza tecnica."))),
			doc.Sec("Perché trattiamo i dati", doc.P("Stesso titolo, altro id.")),
			doc.Sec("Contents", doc.P("Titolo uguale all'indice della pagina.")),
			doc.Sec("", doc.P("Sezione senza titolo."), doc.Sec("Sotto una sezione senza titolo")),
		},
	}
}

func TestRenderIsDeterministic(t *testing.T) {
	first := render(t, doctest.Sample(), html.Options{TOC: true})
	for range 5 {
		if got := render(t, doctest.Sample(), html.Options{TOC: true}); got != first {
			t.Fatalf("two renderings of the same document differ:\n%s", firstDiff(first, got))
		}
	}
}

func TestRenderNilDocument(t *testing.T) {
	if err := html.Render(&strings.Builder{}, nil, html.Options{}); err != html.ErrNilDocument {
		t.Errorf("Render(nil) = %v, want ErrNilDocument", err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

func TestRenderReportsWriteError(t *testing.T) {
	err := html.Render(failingWriter{}, doctest.Sample(), html.Options{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Render to a failing writer = %v, want the write error", err)
	}
}

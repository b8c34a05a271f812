package docx

import (
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

// TestIntroKeptWithTable: a paragraph ending with a colon stays on the
// page of the table or list it introduces; other paragraphs flow freely.
func TestIntroKeptWithTable(t *testing.T) {
	table := doc.Table{Columns: []doc.Column{{Title: "A"}}, Rows: []doc.Row{doc.TextRow("x")}}
	cases := []struct {
		name string
		next doc.Block
		text string
		keep bool
	}{
		{"colon before table", table, "The fields are:", true},
		{"colon before list", doc.Bullets("a", "b"), "Two things:", true},
		{"colon and space before definitions", doc.Defs(doc.Def("k", "v")), "Contacts: ", true},
		{"no colon", table, "The fields follow.", false},
		{"colon before paragraph", doc.P("next"), "Note:", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &doc.Document{Meta: doc.Meta{Title: "T"}, Blocks: []doc.Block{doc.P(c.text), c.next}}
			body := partMap(t, d, Options{})["word/document.xml"]
			i := strings.Index(body, c.text)
			if i < 0 {
				t.Fatalf("paragraph %q not found", c.text)
			}
			start := strings.LastIndex(body[:i], "<w:p>")
			if start < 0 {
				start = strings.LastIndex(body[:i], "<w:p ")
			}
			got := strings.Contains(body[start:i], "<w:keepNext/>")
			if got != c.keep {
				t.Errorf("keepNext = %v, want %v in %s", got, c.keep, body[start:i])
			}
		})
	}
}

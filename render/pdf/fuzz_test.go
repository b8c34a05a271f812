package pdf

import (
	"io"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

// fuzzDocument builds a document from fuzz input: body is split on '|'
// into texts, and shape picks the node each text goes into, so the fuzzer
// explores both odd text and odd structure.
func fuzzDocument(title, body string, shape uint64) *doc.Document {
	d := &doc.Document{Meta: doc.Meta{Title: title, Subtitle: body, Version: title, Identifier: body, Labels: doc.Labels{Page: title}}}
	parts := strings.Split(body, "|")
	if len(parts) > 64 {
		parts = parts[:64]
	}
	var stack [][]doc.Block // open containers
	cur := []doc.Block{}
	for i, p := range parts {
		inlines := []doc.Inline{doc.Text(p), doc.B(p), doc.LineBreak{}, doc.I(p), doc.L(p, ""), doc.L("https://x.example", p)}
		switch (shape >> (uint(i) * 3 % 64)) & 7 {
		case 0:
			cur = append(cur, doc.Para(inlines...))
		case 1:
			cur = append(cur, doc.List{Ordered: i%2 == 0, Items: []doc.ListItem{doc.Item(doc.Para(inlines...)), doc.Item()}})
		case 2:
			cur = append(cur, doc.DefinitionList{Items: []doc.Definition{{Term: inlines[:2], Description: []doc.Block{doc.P(p)}}, {Term: []doc.Inline{doc.Text(p)}}}})
		case 3:
			cols := []doc.Column{{Title: p, Width: float64(len(p))}, {Title: "", Width: -1}, {Title: title}}
			cur = append(cur, doc.Table{Caption: p, Columns: cols[:1+i%3], Rows: []doc.Row{{inlines}, {}, {{doc.Text(p)}, {doc.Text(title)}, {}, {doc.Text(p)}}}})
		case 4, 5: // open a section or a note; its blocks follow
			stack = append(stack, cur)
			cur = []doc.Block{doc.P(p)}
		case 6, 7: // close the innermost container
			if len(stack) > 0 {
				var b doc.Block = doc.Sec(p, cur...)
				if i%2 == 0 {
					b = doc.Note{Kind: doc.NoteKind(i % 5), Title: p, Blocks: cur}
				}
				cur = append(stack[len(stack)-1], b)
				stack = stack[:len(stack)-1]
			} else {
				cur = append(cur, doc.Note{Kind: doc.NoteMissing, Title: p})
			}
		}
	}
	for len(stack) > 0 {
		cur = append(stack[len(stack)-1], doc.Sec(title, cur...))
		stack = stack[:len(stack)-1]
	}
	d.Blocks = cur
	return d
}

// FuzzRender renders fuzzed documents: never an error, never a panic,
// never anything outside the page body.
func FuzzRender(f *testing.F) {
	f.Add("Title", "plain text", uint64(0))
	f.Add("Registro", "a|b|c|d|e|f|g|h", uint64(0o76543210))
	f.Add("\x00\xff", "\u202e\u200f|数据|🔒|\r\n\t|", uint64(0o4440))
	f.Add("", strings.Repeat("w", 3000)+"|"+strings.Repeat("word ", 500), uint64(0o3313))
	f.Add("T", "|||||", uint64(0o444444))
	f.Add("e\u0301", "javascript:alert(1)|www.example.com|mailto:a@b", uint64(0o111))
	f.Add("Contatti", "Scrivi a responsabile.protezione.dati@studio-legale.example|https://example.com/"+
		strings.Repeat("a/", 100)+"|--//..@@x|IT60X0542811101000000123456", uint64(0o2030))
	f.Fuzz(func(t *testing.T, title, body string, shape uint64) {
		d := fuzzDocument(title, body, shape)
		l, err := layoutDocument(d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkBounds(t, l)
		if strings.ContainsRune(l.allText(), '\ufffd') {
			t.Error("U+FFFD in output")
		}
		if err := Render(io.Discard, d, Options{PageSize: PageSize(shape % 2)}); err != nil {
			t.Fatal(err)
		}
	})
}

package markdown_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

// exampleOf returns blocks holding a node of n's kind and the Markdown its
// rendering must contain. A node kind added to doc without an example
// here fails the test, so the renderer cannot silently skip it.
func exampleOf(t *testing.T, n doc.Node) ([]doc.Block, []string) {
	t.Helper()
	switch n.(type) {
	case doc.Section:
		return []doc.Block{doc.Sec("Kind section", doc.Sec("Inner"))}, []string{"## Kind section\n\n### Inner"}
	case doc.Paragraph:
		return []doc.Block{doc.P("kind paragraph"), doc.P("second")}, []string{"kind paragraph\n\nsecond"}
	case doc.List:
		return []doc.Block{doc.Bullets("one", "two"), doc.Numbered("first")}, []string{"- one\n- two\n\n1. first"}
	case doc.DefinitionList:
		return []doc.Block{doc.Defs(doc.Def("Term", "Meaning"))}, []string{"**Term**\\\nMeaning"}
	case doc.Table:
		return []doc.Block{doc.Tab("Cap", doc.Cols("A", "B"), doc.TextRow("1", "2"))},
			[]string{"**Cap**\n\n| A | B |\n| --- | --- |\n| 1 | 2 |"}
	case doc.Note:
		return []doc.Block{doc.Note{Kind: doc.NoteWarning, Title: "Warning", Blocks: []doc.Block{doc.P("body")}}},
			[]string{"> **Warning**\n>\n> body"}
	case doc.Text:
		return []doc.Block{doc.Para(doc.Text("a < b\nc"))}, []string{"a \\< b\\\nc"}
	case doc.Strong:
		return []doc.Block{doc.Para(doc.B("bold"))}, []string{"**bold**"}
	case doc.Emph:
		return []doc.Block{doc.Para(doc.I("italic"))}, []string{"*italic*"}
	case doc.Link:
		return []doc.Block{doc.Para(doc.L("https://example.com/", "site"))}, []string{"[site](https://example.com/)"}
	case doc.LineBreak:
		return []doc.Block{doc.Para(doc.Text("a"), doc.LineBreak{}, doc.Text("b"))}, []string{"a\\\nb"}
	}
	t.Fatalf("no example for node kind %T: add one and make the renderer handle it", n)
	return nil, nil
}

func TestRenderHandlesEveryNodeKind(t *testing.T) {
	for _, n := range doc.AllNodes() {
		t.Run(fmt.Sprintf("%T", n), func(t *testing.T) {
			blocks, want := exampleOf(t, n)
			out := render(t, &doc.Document{Blocks: blocks})
			for _, w := range want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestRenderZeroNodes renders the zero value of every node kind: nothing
// may panic, and empty nodes write nothing.
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
	if out := render(t, &doc.Document{Blocks: blocks}); out != "" {
		t.Errorf("empty nodes wrote %q", out)
	}
}

func TestHeadingLevels(t *testing.T) {
	var s doc.Section
	for i := 7; i >= 1; i-- {
		inner := s
		s = doc.Section{Title: fmt.Sprintf("Level %d", i)}
		if i < 7 {
			s.Blocks = []doc.Block{inner}
		}
	}
	out := render(t, &doc.Document{Meta: doc.Meta{Title: "T"}, Blocks: []doc.Block{s}})
	want := "# T\n\n## Level 1\n\n### Level 2\n\n#### Level 3\n\n##### Level 4\n\n###### Level 5\n\n###### Level 6\n\n###### Level 7\n"
	if out != want {
		t.Errorf("headings:\n%s\nwant:\n%s", out, want)
	}
}

func TestLists(t *testing.T) {
	tests := []struct {
		name   string
		blocks []doc.Block
		want   string
	}{
		{"nested tight", []doc.Block{doc.List{Items: []doc.ListItem{doc.Item(doc.P("a"), doc.Numbered("b", "c"))}}},
			"- a\n  1. b\n  2. c\n"},
		{"marker width", []doc.Block{doc.List{Ordered: true, Items: []doc.ListItem{
			doc.Item(doc.P("1")), doc.Item(doc.P("2")), doc.Item(doc.P("3")), doc.Item(doc.P("4")), doc.Item(doc.P("5")),
			doc.Item(doc.P("6")), doc.Item(doc.P("7")), doc.Item(doc.P("8")), doc.Item(doc.P("9")),
			doc.Item(doc.P("ten\nsecond line"), doc.Bullets("nested")),
		}}}, "1. 1\n2. 2\n3. 3\n4. 4\n5. 5\n6. 6\n7. 7\n8. 8\n9. 9\n10. ten\\\n    second line\n    - nested\n"},
		{"loose", []doc.Block{doc.List{Items: []doc.ListItem{doc.Item(doc.P("a"), doc.P("b")), doc.Item(doc.P("c"))}}},
			"- a\n\n  b\n\n- c\n"},
		{"adjacent lists stay apart", []doc.Block{doc.Bullets("a"), doc.Bullets("b"), doc.Bullets("c"), doc.Numbered("d"), doc.Numbered("e")},
			"- a\n\n* b\n\n- c\n\n1. d\n\n1) e\n"},
		{"list after a section's list", []doc.Block{doc.Sec("S", doc.Bullets("a")), doc.Bullets("b")},
			"## S\n\n- a\n\n* b\n"},
		{"list in an untitled section after a list", []doc.Block{doc.Bullets("a"), doc.Sec("", doc.Bullets("b"))},
			"- a\n\n* b\n"},
		{"empty item", []doc.Block{doc.List{Items: []doc.ListItem{doc.Item(), doc.Item(doc.P("x"))}}}, "-\n- x\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(t, &doc.Document{Blocks: tt.blocks}); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestTables(t *testing.T) {
	tests := []struct {
		name  string
		table doc.Table
		want  string
	}{
		{"empty", doc.Table{}, ""},
		{"caption only", doc.Table{Caption: "Nothing"}, "**Nothing**\n"},
		{"header only", doc.Tab("", doc.Cols("A")), "| A |\n| --- |\n"},
		{"short row padded", doc.Tab("", doc.Cols("A", "B"), doc.TextRow("1")), "| A | B |\n| --- | --- |\n| 1 |  |\n"},
		{"long row widens", doc.Tab("", doc.Cols("A"), doc.TextRow("1", "2")), "| A |  |\n| --- | --- |\n| 1 | 2 |\n"},
		{"rows without columns", doc.Tab("", nil, doc.TextRow("1")), "|  |\n| --- |\n| 1 |\n"},
		{"widths", doc.Table{Columns: []doc.Column{{Title: "A", Width: 1}, {Title: "B", Width: 3}}},
			"| A | B |\n| --------------- | --------------------------------------------- |\n"},
		{"pipes and breaks", doc.Tab("", doc.Cols("a|b"), doc.Row{doc.Cell{doc.Text("x\ny|z"), doc.LineBreak{}, doc.B("w")}}),
			"| a\\|b |\n| --- |\n| x<br>y\\|z<br>**w** |\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(t, &doc.Document{Blocks: []doc.Block{tt.table}}); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestNotes(t *testing.T) {
	tests := []struct {
		note doc.Note
		want string
	}{
		{doc.Note{Kind: doc.NoteMissing, Title: "To be completed"}, "> **To be completed**\n"},
		{doc.Note{Kind: doc.NoteInfo, Blocks: []doc.Block{doc.P("a"), doc.P("b")}}, "> a\n>\n> b\n"},
		{doc.Note{Kind: doc.NoteLegal, Title: "Art. 13", Blocks: []doc.Block{doc.Sec("Inside", doc.Bullets("x"))}},
			"> **Art. 13**\n>\n> ## Inside\n>\n> - x\n"},
		{doc.Note{}, ""},
	}
	for _, tt := range tests {
		if got := render(t, &doc.Document{Blocks: []doc.Block{tt.note}}); got != tt.want {
			t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
		}
	}
}

package doc

import "testing"

func TestWalkVisitsEveryNodeKind(t *testing.T) {
	blocks := []Block{
		Sec("S", Para(Text("a"), Strong{Inlines: []Inline{Text("b")}}, Emph{Inlines: []Inline{Text("c")}}, L("https://x", "d"), LineBreak{}),
			List{Items: []ListItem{Item(P("e"))}},
			Defs(Def("f", "g")),
			Tab("cap", Cols("h"), TextRow("i")),
			Note{Kind: NoteWarning, Title: "j", Blocks: []Block{P("k")}},
		),
	}
	seen := map[string]bool{}
	Walk(blocks, func(n Node) bool {
		seen[typeName(n)] = true
		return true
	})
	for _, n := range AllNodes() {
		if !seen[typeName(n)] {
			t.Errorf("Walk did not visit %s", typeName(n))
		}
	}
	if got := DocumentText(blocks); got != "S\nabcd\n\ne\nf\ng\ncap\nh\ni\nj\nk\n" {
		t.Errorf("DocumentText = %q", got)
	}
}

func typeName(n Node) string {
	switch n.(type) {
	case Section:
		return "Section"
	case Paragraph:
		return "Paragraph"
	case List:
		return "List"
	case DefinitionList:
		return "DefinitionList"
	case Table:
		return "Table"
	case Note:
		return "Note"
	case Text:
		return "Text"
	case Strong:
		return "Strong"
	case Emph:
		return "Emph"
	case Link:
		return "Link"
	case LineBreak:
		return "LineBreak"
	}
	return "?"
}

func TestCleanText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                          "plain",
		"a\x00b\x1bc\u0085d\uFFFEe\r\nf": "abcde\nf",
		"bad\xffutf8\rend":               "badutf8\nend",
		"tab\tand\nnewline stay":         "tab\tand\nnewline stay",
	} {
		if got := CleanText(in); got != want {
			t.Errorf("CleanText(%q) = %q, want %q", in, got, want)
		}
	}
}

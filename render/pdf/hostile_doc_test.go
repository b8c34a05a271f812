package pdf

import (
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// Hostile inputs, one document each; together they cover what user text
// can throw at the layout engine.
var hostileDocs = map[string]func() *doc.Document{
	"control-chars": func() *doc.Document {
		return &doc.Document{Meta: doc.Meta{Title: "Ctrl\x00\x07\x1b[31mred\x7f\u0085"}, Blocks: []doc.Block{
			doc.P("bell\x07 nul\x00 esc\x1b[0m tab\there cr\r\nlf\u2028ls \ufeffbom soft\u00adhyphen zw\u200bsp"),
			doc.P("bad utf8: \xff\xfe\xc3 end"),
		}}
	},
	"bidi": func() *doc.Document {
		return &doc.Document{Meta: doc.Meta{Title: "RTL \u202eevil\u202c"}, Blocks: []doc.Block{
			doc.P("abc \u200fשלום\u200e \u202etxt.exe\u202c مرحبا \u2066isolate\u2069"),
		}}
	},
	"long-word": func() *doc.Document {
		return &doc.Document{Meta: doc.Meta{Title: strings.Repeat("Titolo", 500)}, Blocks: []doc.Block{
			doc.Sec(strings.Repeat("Heading", 300), doc.P("Before "+strings.Repeat("x", 10000)+" after.")),
			doc.Para(doc.Text("See "), doc.L("https://example.com/"+strings.Repeat("path/", 200), ""), doc.Text(" for more.")),
			doc.Tab("", doc.Cols("A", "B"), doc.TextRow(strings.Repeat("y", 3000), "short")),
			doc.Defs(doc.Def(strings.Repeat("term", 100), strings.Repeat("desc", 400))),
		}}
	},
	"tables": func() *doc.Document {
		tall := strings.Repeat("Una riga di testo molto lunga che occupa spazio. ", 400)
		return &doc.Document{Meta: doc.Meta{Title: "Tables"}, Blocks: []doc.Block{
			doc.Tab("Empty table", nil),
			doc.Tab("Columns only", doc.Cols("One", "Two")),
			doc.Table{Rows: []doc.Row{doc.TextRow("no", "columns", "given")}},
			doc.Tab("Ragged", doc.Cols("A", "B", "C"), doc.TextRow("1"), doc.TextRow("1", "2", "3", "4")),
			doc.Tab("Tall row", []doc.Column{{Title: "Field", Width: 1}, {Title: "Value", Width: 3}},
				doc.TextRow("short", "before"), doc.TextRow("tall", tall), doc.TextRow("after", "end")),
			doc.Table{Caption: "Odd widths", Columns: []doc.Column{{Title: "tiny", Width: 0.001}, {Title: "huge", Width: 1e9}, {Title: "neg", Width: -5}}},
		}}
	},
	"deep-nesting": func() *doc.Document {
		var b doc.Block = doc.P("bottom")
		for i := 0; i < 60; i++ {
			switch i % 4 {
			case 0:
				b = doc.List{Items: []doc.ListItem{doc.Item(doc.P("level"), b)}}
			case 1:
				b = doc.Note{Title: "note", Blocks: []doc.Block{b}}
			case 2:
				b = doc.DefinitionList{Items: []doc.Definition{{Term: []doc.Inline{doc.Text("term")}, Description: []doc.Block{b}}}}
			case 3:
				b = doc.Sec("section", b)
			}
		}
		var in doc.Inline = doc.Text("deep")
		for i := 0; i < 200; i++ {
			in = doc.Strong{Inlines: []doc.Inline{doc.Emph{Inlines: []doc.Inline{in}}}}
		}
		return &doc.Document{Meta: doc.Meta{Title: "Deep"}, Blocks: []doc.Block{b, doc.Para(in)}}
	},
	"scripts": func() *doc.Document {
		return &doc.Document{Meta: doc.Meta{Title: "数据保护 🔒"}, Blocks: []doc.Block{
			doc.P("CJK: 数据保护条例; emoji: 🔒😀👍🏽; Greek: Ελληνικά; Cyrillic: Привет; math: ∑∫√; U+FFFD: \ufffd."),
			doc.P("Decomposed: cafe\u0301 citta\u0300 perche\u0301 Sa\u0303o Paulo, combining only: q\u0303."),
			doc.P("Accents: àèéìòù €"),
			doc.P("Latin: àèéìòù ÀÈÉÌÒÙ çÇ ñÑ äöüß ÄÖÜ åÅ æÆ øØ œŒ ÿŸ ł Ł ő ű č š ž ř ě ą ę ș ț ğ ı İ €"),
		}}
	},
	"empty": func() *doc.Document { return &doc.Document{} },
	"empty-nodes": func() *doc.Document {
		return &doc.Document{Blocks: []doc.Block{doc.Section{}, doc.Paragraph{}, doc.List{}, doc.DefinitionList{},
			doc.Table{}, doc.Note{}, doc.List{Items: []doc.ListItem{{}}}, doc.DefinitionList{Items: []doc.Definition{{}}},
			doc.Para(doc.Text(""), doc.Strong{}, doc.Emph{}, doc.Link{}, doc.LineBreak{}, doc.LineBreak{})}}
	},
}

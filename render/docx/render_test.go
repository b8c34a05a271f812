package docx

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/internal/ooxml"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestEveryNodeKind renders each kind of doc.AllNodes inside a document
// and checks the markup it must produce: a new node kind fails here until
// the renderer handles it.
func TestEveryNodeKind(t *testing.T) {
	for _, n := range doc.AllNodes() {
		var blocks []doc.Block
		var want []string
		switch n.(type) {
		case doc.Section:
			blocks = []doc.Block{doc.Sec("Scope", doc.Sec("Inner", doc.Sec("Deep", doc.Sec("Deeper"))))}
			want = []string{`<w:pStyle w:val="Heading1"/>`, `<w:pStyle w:val="Heading2"/>`, `<w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>Deeper</w:t>`}
		case doc.Paragraph:
			blocks = []doc.Block{doc.P("Plain paragraph")}
			want = []string{`<w:p><w:r><w:t>Plain paragraph</w:t></w:r></w:p>`}
		case doc.List:
			blocks = []doc.Block{doc.Bullets("bullet"), doc.Numbered("number")}
			want = []string{`<w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`, `<w:pStyle w:val="ListNumber"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>`}
		case doc.DefinitionList:
			blocks = []doc.Block{doc.Defs(doc.Def("Controller", "Nuvola"))}
			want = []string{`<w:pStyle w:val="DefinitionTerm"/></w:pPr><w:r><w:t>Controller</w:t>`, `<w:pStyle w:val="Definition"/></w:pPr><w:r><w:t>Nuvola</w:t>`}
		case doc.Table:
			blocks = []doc.Block{doc.Tab("Caption text", doc.Cols("A", "B"), doc.TextRow("a1", "b1"))}
			want = []string{`<w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>Caption text</w:t>`, `<w:tblStyle w:val="DataTable"/>`, `<w:tblHeader/>`, `<w:t>b1</w:t>`}
		case doc.Note:
			blocks = []doc.Block{doc.Note{Kind: doc.NoteMissing, Title: "TO BE COMPLETED", Blocks: []doc.Block{doc.P("retention")}}}
			want = []string{`w:fill="FFF2CC"`, `<w:pStyle w:val="NoteTitle"/>`, `<w:color w:val="C00000"/></w:rPr><w:t>TO BE COMPLETED</w:t>`, `<w:pStyle w:val="Note"/></w:pPr><w:r><w:t>retention</w:t>`}
		case doc.Text:
			blocks = []doc.Block{doc.Para(doc.Text("some text"))}
			want = []string{`<w:t>some text</w:t>`}
		case doc.Strong:
			blocks = []doc.Block{doc.Para(doc.B("bold"))}
			want = []string{`<w:rPr><w:b/><w:bCs/></w:rPr><w:t>bold</w:t>`}
		case doc.Emph:
			blocks = []doc.Block{doc.Para(doc.I("italic"))}
			want = []string{`<w:rPr><w:i/><w:iCs/></w:rPr><w:t>italic</w:t>`}
		case doc.Link:
			blocks = []doc.Block{doc.Para(doc.L("https://example.com/", "site"))}
			want = []string{`<w:hyperlink r:id="rId6" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>site</w:t>`}
		case doc.LineBreak:
			blocks = []doc.Block{doc.Para(doc.Text("a"), doc.LineBreak{}, doc.Text("b"))}
			want = []string{`<w:r><w:br/></w:r>`}
		default:
			t.Errorf("no test for node kind %T", n)
			continue
		}
		t.Run(fmt.Sprintf("%T", n), func(t *testing.T) {
			parts := partMap(t, &doc.Document{Blocks: blocks}, Options{})
			for _, w := range want {
				if !strings.Contains(parts["word/document.xml"], w) {
					t.Errorf("document.xml lacks %s\n%s", w, parts["word/document.xml"])
				}
			}
		})
	}
}

// TestGolden compares every part, unzipped and indented, with
// testdata/<name>.golden. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		d    *doc.Document
		opts Options
	}{
		{"sample_toc", sampleDocument(), Options{TOC: true}},
		{"minimal_letter", &doc.Document{Meta: doc.Meta{Language: "it"}, Blocks: []doc.Block{doc.P("Solo testo.")}}, Options{PageSize: Letter}},
		{"empty", &doc.Document{}, Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got bytes.Buffer
			for _, p := range unzip(t, renderBytes(t, tt.d, tt.opts)) {
				fmt.Fprintf(&got, "=== %s ===\n", p.Name)
				ind, err := ooxml.Indent(p.Data)
				if err != nil {
					t.Fatalf("%s: %v", p.Name, err)
				}
				got.Write(ind)
			}
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", path, firstDiff(got.String(), string(want)))
			}
		})
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, gl, wl)
		}
	}
	return ""
}

func TestDeterministic(t *testing.T) {
	for _, opts := range []Options{{}, {TOC: true}, {PageSize: Letter}} {
		a := renderBytes(t, sampleDocument(), opts)
		b := renderBytes(t, sampleDocument(), opts)
		if !bytes.Equal(a, b) {
			t.Errorf("%+v: two renders differ", opts)
		}
	}
}

// TestHostileText renders text that breaks naive writers and checks that
// every part stays well-formed and the text survives, cleaned.
func TestHostileText(t *testing.T) {
	long := strings.Repeat("Donaudampfschifffahrtsgesellschaft", 300)[:10000]
	tests := []struct {
		name string
		text string
		want string // the text as the document must hold it
	}{
		{"xml specials", `<w:p> & "quotes" 'apostrophes' ]]>`, `<w:p> & "quotes" 'apostrophes' ]]>`},
		{"control characters", "a\x00b\x01c\x08d\x0be\x0cf\x1bg\x7fh", "abcdefgh"},
		{"noncharacters", "a\ufffeb\uffffc", "abc"},
		{"invalid UTF-8", "a\xffb\xc0\xafc\xed\xa0\x80d", "abcd"},
		{"RTL override", "\u202eevil.exe\u202c", "\u202eevil.exe\u202c"},
		{"long word", long, long},
		{"only controls", "\x00\x01\x02", ""},
		{"spaces at ends", "  padded  ", "  padded  "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{
				Meta: doc.Meta{Title: tt.text, Subtitle: tt.text, Version: tt.text, Identifier: tt.text, Authors: []string{tt.text},
					Classification: tt.text, Subject: tt.text, Keywords: []string{tt.text}, Language: tt.text,
					Approvals: []doc.Approval{{By: tt.text, Role: tt.text}}, Revisions: []doc.Revision{{Version: tt.text, Description: tt.text}},
					Labels: doc.Labels{Page: tt.text, Contents: tt.text}},
				Blocks: []doc.Block{doc.Sec(tt.text,
					doc.P(tt.text),
					doc.Para(doc.L(tt.text, tt.text), doc.L("https://example.com/"+tt.text, "")),
					doc.Bullets(tt.text),
					doc.Defs(doc.Def(tt.text, tt.text)),
					doc.Tab(tt.text, doc.Cols(tt.text, tt.text), doc.TextRow(tt.text, tt.text)),
					doc.Note{Title: tt.text, Blocks: []doc.Block{doc.P(tt.text)}},
				)},
			}
			parts := partMap(t, d, Options{TOC: true})
			body := docText(t, parts["word/document.xml"])
			if tt.want != "" && !strings.Contains(body, tt.want) {
				t.Errorf("document text lacks %q", tt.want)
			}
			if strings.ContainsAny(body, "\x00\x01\ufffe") {
				t.Errorf("forbidden character survived")
			}
		})
	}
}

func TestEmptyStructures(t *testing.T) {
	tests := []struct {
		name   string
		blocks []doc.Block
		check  func(t *testing.T, document string)
	}{
		{"empty document", nil, func(t *testing.T, d string) {
			if !strings.Contains(d, "<w:body><w:p/><w:sectPr>") {
				t.Errorf("empty body has no paragraph:\n%s", d)
			}
		}},
		{"table without columns or rows", []doc.Block{doc.Table{Caption: "Nothing"}}, func(t *testing.T, d string) {
			if strings.Contains(d, "<w:tbl>") || !strings.Contains(d, "Nothing") {
				t.Errorf("want the caption and no table:\n%s", d)
			}
		}},
		{"table with columns only", []doc.Block{doc.Table{Columns: doc.Cols("A", "B")}}, func(t *testing.T, d string) {
			if strings.Count(d, "<w:tr>") != 1 {
				t.Errorf("want the header row only:\n%s", d)
			}
		}},
		{"ragged rows", []doc.Block{doc.Table{Columns: doc.Cols("A"), Rows: []doc.Row{doc.TextRow("1", "2", "3"), {}}}}, func(t *testing.T, d string) {
			if strings.Count(d, "<w:gridCol ") != 3 || strings.Count(d, "<w:tc>") != 9 {
				t.Errorf("want a 3-column grid, every row full:\n%s", d)
			}
		}},
		{"empty list, item and note", []doc.Block{doc.List{}, doc.List{Items: []doc.ListItem{{}}}, doc.Note{}, doc.DefinitionList{}, doc.Section{}}, func(t *testing.T, d string) {
			if strings.Count(d, "<w:numPr>") != 1 {
				t.Errorf("want one numbered empty item:\n%s", d)
			}
		}},
		{"note ending in a table", []doc.Block{doc.Note{Blocks: []doc.Block{doc.Tab("", doc.Cols("A"))}}}, func(t *testing.T, d string) {
			if !regexp.MustCompile(`</w:tbl><w:p>.*?</w:p></w:tc>`).MatchString(d) {
				t.Errorf("a cell must end with a paragraph after a nested table:\n%s", d)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := partMap(t, &doc.Document{Blocks: tt.blocks}, Options{})
			tt.check(t, parts["word/document.xml"])
		})
	}
}

func TestNewlinesAndTabs(t *testing.T) {
	parts := partMap(t, &doc.Document{Blocks: []doc.Block{doc.P("one\ntwo\r\nthree\rfour\tfive")}}, Options{})
	want := `<w:r><w:t>one</w:t><w:br/><w:t>two</w:t><w:br/><w:t>three</w:t><w:br/><w:t>four</w:t><w:tab/><w:t>five</w:t></w:r>`
	if !strings.Contains(parts["word/document.xml"], want) {
		t.Errorf("want %s in\n%s", want, parts["word/document.xml"])
	}
	if regexp.MustCompile(`<w:t[^>]*>[^<]*[\n\t\r]`).MatchString(parts["word/document.xml"]) {
		t.Error("a raw newline or tab is left in a w:t")
	}
}

func TestLists(t *testing.T) {
	d := &doc.Document{Blocks: []doc.Block{
		doc.Numbered("a", "b"),
		doc.List{Ordered: true, Items: []doc.ListItem{doc.Item(doc.P("outer"), doc.List{Items: []doc.ListItem{doc.Item(doc.P("inner"), doc.Numbered("deepest"))}})}},
		doc.Defs(doc.Definition{Term: []doc.Inline{doc.Text("T")}, Description: []doc.Block{doc.Bullets("in a description")}}),
	}}
	parts := partMap(t, d, Options{})
	document := parts["word/document.xml"]
	// Each numbered list has its own instance, so each starts at 1.
	for _, want := range []string{
		`<w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>a</w:t>`,
		`<w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>b</w:t>`,
		`<w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr><w:r><w:t>outer</w:t>`,
		`<w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>inner</w:t>`,
		`<w:ilvl w:val="2"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>deepest</w:t>`,
		// A list inside a definition is indented past the description.
		fmt.Sprintf(`<w:ind w:left="%d" w:hanging="%d"/></w:pPr><w:r><w:t>in a description</w:t>`, defIndent+listTextIndent(0), listHang),
	} {
		if !strings.Contains(document, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	numbering := parts["word/numbering.xml"]
	for id := 3; id <= 5; id++ {
		want := fmt.Sprintf(`<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`, id, id-1)
		if !strings.Contains(numbering, want) {
			t.Errorf("numbering.xml lacks %s", want)
		}
	}
	if n := strings.Count(numbering, "<w:abstractNum "); n != 5 {
		t.Errorf("%d abstract definitions, want 5 (bullets, List Number, three lists)", n)
	}
}

func TestStylesAndLanguage(t *testing.T) {
	tests := []struct{ lang, want string }{
		{"it", "it-IT"}, {"en", "en-GB"}, {"", "en-GB"}, {"de", "de"}, {"pt-BR", "pt-BR"}, {"<bad>", ""},
	}
	for _, tt := range tests {
		if got := languageTag(tt.lang); got != tt.want {
			t.Errorf("languageTag(%q) = %q, want %q", tt.lang, got, tt.want)
		}
	}
	parts := partMap(t, &doc.Document{Meta: doc.Meta{Language: "it"}}, Options{})
	styles := parts["word/styles.xml"]
	for _, want := range []string{
		`<w:lang w:val="it-IT" w:eastAsia="it-IT" w:bidi="it-IT"/>`,
		`w:styleId="Heading1"><w:name w:val="heading 1"/>`,
		`<w:outlineLvl w:val="0"/>`, `<w:outlineLvl w:val="1"/>`, `<w:outlineLvl w:val="2"/>`,
		`<w:name w:val="List Bullet"/>`, `<w:name w:val="List Number"/>`, `<w:name w:val="caption"/>`,
		`<w:name w:val="Title"/>`, `<w:name w:val="Subtitle"/>`, `<w:name w:val="Note"/>`, `<w:name w:val="Hyperlink"/>`,
	} {
		if !strings.Contains(styles, want) {
			t.Errorf("styles.xml lacks %s", want)
		}
	}
	if !regexp.MustCompile(`w:styleId="Heading1">.*?<w:keepNext/>.*?</w:style>`).MatchString(styles) {
		t.Error("Heading 1 is not kept with the next paragraph")
	}
	if !strings.Contains(parts["docProps/core.xml"], "<dc:language>it-IT</dc:language>") {
		t.Error("core properties lack the language")
	}
}

func TestTables(t *testing.T) {
	huge := strings.Repeat("long cell text ", 400)
	d := &doc.Document{Blocks: []doc.Block{doc.Tab("Cap",
		[]doc.Column{{Title: "Narrow", Width: 1}, {Title: "Wide", Width: 3}},
		doc.TextRow("short", "short"),
		doc.TextRow("short", huge),
	)}}
	document := partMap(t, d, Options{})["word/document.xml"]
	tw := pageFor(A4).textWidth()
	for _, want := range []string{
		fmt.Sprintf(`<w:tblW w:w="%d" w:type="dxa"/>`, tw),
		`<w:tblLayout w:type="fixed"/>`,
		`<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`,
	} {
		if !strings.Contains(document, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if !strings.Contains(document, `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="`) {
		t.Error("a short row may split across pages")
	}
	if !strings.Contains(document, `<w:tr><w:tc>`) {
		t.Error("a huge row cannot break across pages")
	}
	if i, j := strings.Index(document, "Cap</w:t>"), strings.Index(document, "<w:tbl>"); i < 0 || i > j {
		t.Error("caption is not above the table")
	}
}

func TestColumnWidths(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name  string
		cols  []doc.Column
		n     int
		total int
		want  []int
	}{
		{"equal", doc.Cols("a", "b", "c", "d"), 4, 9000, []int{2250, 2250, 2250, 2250}},
		{"proportional", []doc.Column{{Width: 1}, {Width: 3}}, 2, 8000, []int{2283, 5717}},
		{"zero is the mean", []doc.Column{{Width: 2}, {}, {Width: 4}}, 3, 9000, []int{2189, 3000, 3811}},
		{"extra column", []doc.Column{{Width: 1}}, 2, 1000, []int{500, 500}},
		{"hostile widths", []doc.Column{{Width: -5}, {Width: inf}, {Width: 1e308}, {Width: 0.0 / zero}}, 4, 8000, []int{2000, 2000, 2000, 2000}},
		{"tiny total", doc.Cols("a", "b", "c"), 3, 100, []int{33, 33, 34}},
		{"minimum width", []doc.Column{{Width: 1}, {Width: 1000}}, 2, 9000, []int{567 + 7, 9000 - 574}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := columnWidths(tt.cols, tt.n, tt.total)
			sum := 0
			for _, w := range got {
				sum += w
			}
			if sum != tt.total {
				t.Errorf("widths %v add up to %d, want %d", got, sum, tt.total)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

var zero float64

func TestHeaderFooterAndProperties(t *testing.T) {
	date := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	d := &doc.Document{Meta: doc.Meta{
		Title: "Informativa", Version: "2.0", Language: "it", Date: date, Authors: []string{"Rossi", "Bianchi"},
		Subject: "Art. 13", Keywords: []string{"privacy"}, Classification: "Pubblico",
		Labels: doc.Labels{Version: "Versione", Page: "Pagina", Of: "di"},
	}}
	parts := partMap(t, d, Options{})
	for part, wants := range map[string][]string{
		"word/header1.xml": {"<w:t>Informativa</w:t>", "<w:tab/>", "<w:t>Versione 2.0</w:t>"},
		"word/footer1.xml": {"<w:t>Pubblico</w:t>", `<w:t xml:space="preserve">Pagina </w:t>`, `<w:instrText xml:space="preserve"> PAGE </w:instrText>`,
			`<w:t xml:space="preserve"> di </w:t>`, `<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>`},
		"docProps/core.xml": {"<dc:title>Informativa</dc:title>", "<dc:creator>Rossi; Bianchi</dc:creator>", "<dc:subject>Art. 13</dc:subject>",
			"<cp:keywords>privacy</cp:keywords>", "<cp:version>2.0</cp:version>",
			`<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-22T00:00:00Z</dcterms:created>`,
			`<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-22T00:00:00Z</dcterms:modified>`},
		"docProps/app.xml":             {"<Application>gdprkit</Application>"},
		"word/document.xml":            {`<w:headerReference w:type="default" r:id="rId5"/><w:footerReference w:type="default" r:id="rId6"/><w:pgSz w:w="11906" w:h="16838"/>`},
		"word/_rels/document.xml.rels": {`Id="rId5" Type="` + ooxml.RelHeader + `" Target="header1.xml"`},
		"[Content_Types].xml":          {`<Override PartName="/word/footer1.xml" ContentType="` + ooxml.CTFooter + `"/>`},
	} {
		for _, want := range wants {
			if !strings.Contains(parts[part], want) {
				t.Errorf("%s lacks %s\n%s", part, want, parts[part])
			}
		}
	}
	// Without a title or version there is no header at all.
	if _, ok := partMap(t, &doc.Document{}, Options{})["word/header1.xml"]; ok {
		t.Error("an empty header was written")
	}
}

func TestDocumentControl(t *testing.T) {
	d := sampleDocument()
	d.Meta.Labels = doc.Labels{DocumentControl: "Controllo del documento", Approvals: "Approvazioni", Revisions: "Storia delle revisioni", Identifier: "Identificativo"}
	document := partMap(t, d, Options{})["word/document.xml"]
	text := docText(t, document)
	for _, want := range []string{"Controllo del documento", "Identificativo", "REG-2026-01", "Approvazioni", "Anna Verdi", "Storia delle revisioni", "Retention periods aligned"} {
		if !strings.Contains(text, want) {
			t.Errorf("control block lacks %q", want)
		}
	}
	if i, j := strings.Index(document, "REG-2026-01"), strings.Index(document, `<w:br w:type="page"/>`); i < 0 || j < i {
		t.Error("the control block does not end its page")
	}
	d.Meta = doc.Meta{Title: "No control"}
	if strings.Contains(partMap(t, d, Options{})["word/document.xml"], "ControlHeading") {
		t.Error("control block without control data")
	}
}

func TestTableOfContents(t *testing.T) {
	d := sampleDocument()
	d.Meta.Labels.Contents = "Indice"
	parts := partMap(t, d, Options{TOC: true})
	document := parts["word/document.xml"]
	for _, want := range []string{
		`<w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Indice</w:t>`,
		`<w:instrText xml:space="preserve"> TOC \o &#34;1-3&#34; \h \z \u </w:instrText>`,
		`<w:bookmarkStart w:id="1" w:name="_Toc00000001"/><w:r><w:t>Controller</w:t></w:r><w:bookmarkEnd w:id="1"/>`,
		`<w:hyperlink w:anchor="_Toc00000001" w:history="1"><w:r><w:t>Controller</w:t></w:r></w:hyperlink>`,
	} {
		if !strings.Contains(document, strings.ReplaceAll(want, "&#34;", `"`)) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if strings.Count(document, `w:fldCharType="begin"`) != strings.Count(document, `w:fldCharType="end"`) {
		t.Error("unbalanced fields")
	}
	if !strings.Contains(parts["word/settings.xml"], `<w:updateFields w:val="true"/>`) {
		t.Error("settings do not ask Word to update the contents")
	}
	if strings.Contains(partMap(t, d, Options{})["word/settings.xml"], "updateFields") {
		t.Error("updateFields without a table of contents")
	}
}

func TestPageSize(t *testing.T) {
	for _, tt := range []struct {
		size PageSize
		want string
	}{{A4, `<w:pgSz w:w="11906" w:h="16838"/>`}, {Letter, `<w:pgSz w:w="12240" w:h="15840"/>`}} {
		if !strings.Contains(partMap(t, &doc.Document{}, Options{PageSize: tt.size})["word/document.xml"], tt.want) {
			t.Errorf("%v: document lacks %s", tt.size, tt.want)
		}
		if tt.size.String() == "" {
			t.Error("empty name")
		}
	}
}

func TestLinks(t *testing.T) {
	d := &doc.Document{Blocks: []doc.Block{doc.Para(
		doc.L("https://example.com/a b?q=è&x=%zz%41", "one"),
		doc.L("https://example.com/a b?q=è&x=%zz%41", "same URL, same relationship"),
		doc.Link{URL: "https://outer.example/", Inlines: []doc.Inline{doc.L("https://inner.example/", "nested")}},
		doc.L("  ", "no URL"),
	)}}
	parts := partMap(t, d, Options{})
	rels := parts["word/_rels/document.xml.rels"]
	if !strings.Contains(rels, `Target="https://example.com/a%20b?q=%C3%A8&amp;x=%25zz%41" TargetMode="External"`) {
		t.Errorf("target not a valid URI:\n%s", rels)
	}
	if strings.Count(rels, "example.com") != 1 || strings.Contains(rels, "inner.example") {
		t.Errorf("want one relationship per URL and none for a nested link:\n%s", rels)
	}
	document := parts["word/document.xml"]
	if strings.Count(document, "<w:hyperlink") != 3 {
		t.Errorf("want 3 hyperlinks:\n%s", document)
	}
	if !strings.Contains(docText(t, document), "no URL") {
		t.Error("the text of a link without URL is lost")
	}
}

func TestNilDocument(t *testing.T) {
	if err := Render(new(bytes.Buffer), nil, Options{}); err == nil {
		t.Error("no error for a nil document")
	}
}

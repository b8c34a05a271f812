package xlsx_test

import (
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenParts are the parts a golden file shows: all but the theme, which
// is excelize's constant.
func goldenParts(p map[string]string) []string {
	var names []string
	for name := range p {
		if strings.HasPrefix(name, "xl/theme/") {
			continue
		}
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// TestGolden compares the unzipped, indented XML of each part with
// testdata/NAME.golden: deflate output may change between Go releases,
// the XML must not. Run with -update to rewrite.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		wb   *doc.Workbook
	}{
		{"register", registerWorkbook(3)},
		{"empty", &doc.Workbook{}},
		{"hostile", &doc.Workbook{
			Meta: doc.Meta{Title: "A & B <register>", Language: "it", Authors: []string{"DPO"}, Labels: doc.Labels{Page: "Pagina", Of: "di"}},
			Sheets: []doc.Sheet{
				{Name: "Categorie d'interessati / Art. 9", Columns: []doc.SheetColumn{
					{Title: "Categoria"}, {Title: "Base", Choices: []string{"a,b", "c"}},
				}, Rows: [][]string{{"=1+1", "c"}, {"ctrl\x00char", "a,b"}, {"e\u0300", ""}}},
				{Name: "Form", Form: true, Columns: []doc.SheetColumn{{Title: "Voce"}, {Title: "Valore"}},
					Rows: [][]string{{"Titolare", "Esempio S.r.l."}}},
			},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parts(t, render(t, tt.wb))
			var got strings.Builder
			for _, name := range goldenParts(p) {
				indented, err := indentXML(p[name])
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				fmt.Fprintf(&got, "===== %s =====\n%s", name, indented)
			}
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got.String() != string(want) {
				t.Errorf("%s differs from the rendering; run go test -update and review the diff\n%s",
					path, firstDiff(string(want), got.String()))
			}
		})
	}
}

// indentXML writes one element per line, indented by depth; an element
// holding only text stays on one line. Namespace prefixes are kept as
// written.
func indentXML(s string) (string, error) {
	d := xml.NewDecoder(strings.NewReader(s))
	var toks []xml.Token
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		if cd, ok := tok.(xml.CharData); ok && strings.TrimSpace(string(cd)) == "" {
			continue
		}
		toks = append(toks, xml.CopyToken(tok))
	}
	var b strings.Builder
	depth := 0
	line := func(s string) { fmt.Fprintf(&b, "%s%s\n", strings.Repeat("  ", depth), s) }
	for i := 0; i < len(toks); i++ {
		switch tok := toks[i].(type) {
		case xml.ProcInst:
			line("<?" + tok.Target + " " + string(tok.Inst) + "?>")
		case xml.StartElement:
			open := "<" + qname(tok.Name)
			for _, a := range tok.Attr {
				open += " " + qname(a.Name) + `="` + escape(a.Value) + `"`
			}
			switch {
			case i+1 < len(toks) && isEnd(toks[i+1]):
				line(open + "/>")
				i++
			case i+2 < len(toks) && isText(toks[i+1]) && isEnd(toks[i+2]):
				line(open + ">" + escape(string(toks[i+1].(xml.CharData))) + "</" + qname(tok.Name) + ">")
				i += 2
			default:
				line(open + ">")
				depth++
			}
		case xml.EndElement:
			depth--
			line("</" + qname(tok.Name) + ">")
		case xml.CharData:
			line(escape(string(tok)))
		}
	}
	return b.String(), nil
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

func isEnd(t xml.Token) bool  { _, ok := t.(xml.EndElement); return ok }
func isText(t xml.Token) bool { _, ok := t.(xml.CharData); return ok }

func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(w), len(g)) {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\nwant %s\ngot  %s", i+1, wl, gl)
		}
	}
	return ""
}

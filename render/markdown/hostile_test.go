package markdown_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gdprkit/gdprkit/doc"
)

// hostileTexts are strings that try to become markup or smuggle forbidden
// characters.
var hostileTexts = []string{
	`<script>alert(1)</script>`,
	`"><img src=x onerror=alert(1)>`,
	"<!-- c --> <?php ?> <![CDATA[x]]> &amp; &#38; &#x26; &copy",
	"nul\x00 bell\x07 esc\x1b del\x7f nel\u0085 ffff\uffff fffe\ufffe fdd0\ufdd0",
	"bad utf8 \xff\xfe\xc3",
	"rtl \u202eevil\u202c mark\u200f isolate\u2067x\u2069",
	"line1\r\nline2\rline3\n\n  \nline6",
	"*a* **b** _c_ __d__ `e` ``f`` ~g~ ~~h~~ $i$ [j](k) ![l](m) [n]: o <p> \\q",
	"# h1\n## h2\n- li\n+ li\n* li\n1. ol\n2) ol\n> quote\n===\n---\n***\n:-|-:\n| a | b |\n    code\n```\n~~~\n<div>",
	"[x](javascript:alert(1)) <javascript:alert(1)> <https://evil.example> www.example.com",
	"trailing backslash \\",
	"trailing spaces   ",
	strings.Repeat("w", 10000),
	"",
	"   ",
}

// hostileURLs are link targets; only the last four may become links.
var hostileURLs = []string{
	"javascript:alert(1)",
	" JaVaScRiPt:alert(1)",
	"java\tscript:alert(1)",
	"data:text/html,<script>alert(1)</script>",
	"vbscript:msgbox",
	"//evil.example/x",
	"http://",
	"",
	"https://ok.example/a b(c)?q=\"x\"&y=<z>|w",
	"mailto:dpo@example.com?subject=a b",
	"tel:+39 02 1234",
	"#who-we-are",
}

// hostileDocument puts s into every text position of a document and url
// on every link.
func hostileDocument(s, url string) *doc.Document {
	date := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	cell := doc.Cell{doc.Text(s), doc.B(s), doc.L(url, s)}
	inlines := []doc.Inline{
		doc.Text(s), doc.B(s), doc.I(s), doc.LineBreak{}, doc.L(url, s), doc.L(url, ""),
		doc.Text("x"), doc.B(s), doc.Text("y"), doc.Emph{Inlines: []doc.Inline{doc.B(s)}},
		doc.Link{URL: url, Inlines: []doc.Inline{doc.L(url, s)}},
	}
	return &doc.Document{
		Meta: doc.Meta{
			Title: s, Subtitle: s, Language: s, Identifier: s, Version: s, Date: date,
			Authors: []string{s, s}, Classification: s, Subject: s, Keywords: []string{s},
			Approvals: []doc.Approval{{By: s, Role: s, Date: date}},
			Revisions: []doc.Revision{{Version: s, Date: date, Author: s, Description: s}},
			Labels: doc.Labels{
				DocumentControl: s, Identifier: s, Version: s, Date: s, Authors: s, Classification: s,
				Approvals: s, ApprovedBy: s, Role: s, Revisions: s, Description: s, Contents: s, Page: s, Of: s,
			},
		},
		Blocks: []doc.Block{
			doc.List{Items: []doc.ListItem{doc.Item(doc.P(s))}},
			doc.Sec(s,
				doc.Para(inlines...),
				doc.List{Items: []doc.ListItem{doc.Item(doc.P(s), doc.Numbered(s)), doc.Item(), doc.Item(doc.P(s), doc.P(s))}},
				doc.DefinitionList{Items: []doc.Definition{
					{Term: []doc.Inline{doc.Text(s)}, Description: []doc.Block{doc.P(s)}},
					{Term: []doc.Inline{doc.Text(s)}, Description: []doc.Block{doc.P(s), doc.Bullets(s)}},
				}},
				doc.Table{Caption: s, Columns: []doc.Column{{Title: s, Width: 2}, {Title: s}}, Rows: []doc.Row{{cell, cell}, {cell}}},
				doc.Table{},
				doc.Sec(s, doc.Note{Kind: doc.NoteWarning, Title: s, Blocks: []doc.Block{doc.Para(inlines...), doc.Sec(s)}}),
				doc.Sec(s, doc.Note{Kind: doc.NoteMissing, Title: s}),
			),
		},
	}
}

// ownHTML is the only HTML the renderer writes.
var ownHTML = []string{"<br>", "<strong>", "</strong>", "<em>", "</em>"}

// checkOutput checks what every output must satisfy: valid UTF-8 without
// forbidden characters, no "<" from user text (every unescaped "<" starts
// one of the renderer's own elements), and no link to a refused scheme.
func checkOutput(t testing.TB, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatal("output is not valid UTF-8")
	}
	for _, r := range out {
		if (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r < 0xa0) || r == 0xfffe || r == 0xffff {
			t.Fatalf("output holds forbidden character %U", r)
		}
	}
	for i := range len(out) {
		if escaped(out, i) {
			continue
		}
		switch {
		case out[i] == '<':
			own := false
			for _, h := range ownHTML {
				own = own || strings.HasPrefix(out[i:], h)
			}
			if !own {
				t.Fatalf("raw < from user text at %d: %q", i, excerpt(out, i))
			}
		case strings.HasPrefix(out[i:], "]("):
			dest := out[i+2:]
			if !strings.HasPrefix(dest, "https://") && !strings.HasPrefix(dest, "http://") &&
				!strings.HasPrefix(dest, "mailto:") && !strings.HasPrefix(dest, "tel:") && !strings.HasPrefix(dest, "#") {
				t.Fatalf("link to a refused destination at %d: %q", i, excerpt(out, i))
			}
		}
	}
}

// escaped reports whether the byte at i is preceded by an odd number of
// backslashes.
func escaped(s string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

func excerpt(s string, i int) string {
	return s[max(0, i-20):min(len(s), i+20)]
}

func TestHostileText(t *testing.T) {
	for _, s := range hostileTexts {
		for _, url := range []string{hostileURLs[0], hostileURLs[len(hostileURLs)-4]} {
			checkOutput(t, render(t, hostileDocument(s, url)))
		}
	}
}

// unescape is a tiny reader of the renderer's inline escaping: a backslash
// before ASCII punctuation stands for that character, a backslash before a
// newline is a hard line break.
func unescape(md string) string {
	var b strings.Builder
	for i := 0; i < len(md); i++ {
		if md[i] == '\\' && i+1 < len(md) && (md[i+1] == '\n' || strings.IndexByte(asciiPunct, md[i+1]) >= 0) {
			i++
		}
		b.WriteByte(md[i])
	}
	return b.String()
}

const asciiPunct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// visible is the text a reader should see for s in a paragraph: forbidden
// characters dropped, line endings made "\n", space at the start of each
// line dropped, the whole trimmed.
func visible(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r < 0xa0) || r == 0xfffe || r == 0xffff || (r >= 0xfdd0 && r <= 0xfdef) {
			return -1
		}
		return r
	}, s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimLeft(l, " \t")
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// TestEscapingKeepsTheText checks that escaping changes how text is
// written, never what it says: unescaped, a paragraph is the text.
func TestEscapingKeepsTheText(t *testing.T) {
	for _, s := range hostileTexts {
		out := render(t, &doc.Document{Blocks: []doc.Block{doc.P(s)}})
		if got, want := unescape(strings.TrimSuffix(out, "\n")), visible(s); got != want {
			t.Errorf("text %q\nrendered %q\nreads    %q\nwant     %q", s, out, got, want)
		}
		heading := render(t, &doc.Document{Meta: doc.Meta{Title: s}})
		wantTitle := strings.Join(strings.Fields(strings.ReplaceAll(visible(s), "\n", " ")), " ")
		gotTitle := strings.Join(strings.Fields(unescape(strings.TrimPrefix(strings.TrimSuffix(heading, "\n"), "# "))), " ")
		if gotTitle != wantTitle {
			t.Errorf("title %q\nrendered %q\nreads %q, want %q", s, heading, gotTitle, wantTitle)
		}
	}
}

func TestLinks(t *testing.T) {
	tests := []struct {
		link doc.Link
		want string
	}{
		{doc.L("https://example.com/", "site"), "[site](https://example.com/)"},
		{doc.L("https://example.com/a b(c)", "x"), "[x](https://example.com/a%20b%28c%29)"},
		{doc.L("mailto:dpo@example.com", ""), "[mailto:dpo@example.com](mailto:dpo@example.com)"},
		{doc.L("#who-we-are", "above"), "[above](#who-we-are)"},
		{doc.L("javascript:alert(1)", "click"), "click"},
		{doc.L(" JaVaScRiPt:alert(1)", ""), "JaVaScRiPt:alert(1)"},
		{doc.L("data:text/html,x", "d"), "d"},
		{doc.L("//evil.example", "e"), "e"},
		{doc.Link{URL: "https://a.example", Inlines: []doc.Inline{doc.L("https://b.example", "inner")}}, "[inner](https://a.example)"},
	}
	for _, tt := range tests {
		out := render(t, &doc.Document{Blocks: []doc.Block{doc.Para(tt.link)}})
		if got := strings.TrimSuffix(out, "\n"); got != tt.want {
			t.Errorf("link %q: got %q, want %q", tt.link.URL, got, tt.want)
		}
	}
}

func TestSpansNextToPunctuation(t *testing.T) {
	tests := []struct {
		in   []doc.Inline
		want string
	}{
		{[]doc.Inline{doc.Text("see "), doc.B("Art. 6"), doc.Text(" GDPR")}, "see **Art. 6** GDPR"},
		{[]doc.Inline{doc.Text("Art"), doc.B("(1)"), doc.Text("b")}, "Art<strong>(1)</strong>b"},
		{[]doc.Inline{doc.I("x."), doc.Text("y")}, "<em>x.</em>y"},
		{[]doc.Inline{doc.Text("a"), doc.B(" b "), doc.Text("c")}, "a **b** c"},
		{[]doc.Inline{doc.Text("a"), doc.B("b\n"), doc.Text("c")}, "a**b**\\\nc"},
		{[]doc.Inline{doc.B(""), doc.I(" "), doc.Text("x")}, "x"},
		{[]doc.Inline{doc.Strong{Inlines: []doc.Inline{doc.Text("outer "), doc.B("inner")}}}, "**outer inner**"},
	}
	for _, tt := range tests {
		out := render(t, &doc.Document{Blocks: []doc.Block{doc.Para(tt.in...)}})
		if got := strings.TrimSuffix(out, "\n"); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

package html_test

import (
	"strings"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/html"
)

// hostileTexts are strings that try to become markup, break the XML, or
// smuggle forbidden characters.
var hostileTexts = []string{
	`<script>alert(1)</script>`,
	`"><img src=x onerror=alert(1)>`,
	`</style><script>alert(1)</script>`,
	`&amp; &lt; &#0; &nbsp; ]]> <![CDATA[x]]> <!-- c -->`,
	"nul\x00 bell\x07 esc\x1b del\x7f nel\u0085 ffff\uffff fffe\ufffe fdd0\ufdd0",
	"bad utf8 \xff\xfe\xc3",
	"rtl \u202eevil\u202c mark\u200f isolate\u2067x\u2069",
	"line1\r\nline2\rline3\nline4",
	"*_[x](javascript:alert(1))_* # h | p ` ~ \\",
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
	"https://ok.example/a b(c)?q=\"x\"&y=<z>",
	"mailto:dpo@example.com?subject=a b",
	"tel:+39 02 1234",
	"#who-we-are",
}

// hostileDocument puts s into every text position of a document: metadata,
// labels, headings, paragraphs, every inline, lists, definitions, tables,
// notes; url is the target of its links.
func hostileDocument(s, url string) *doc.Document {
	date := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	cell := doc.Cell{doc.Text(s), doc.B(s), doc.L(url, s)}
	inlines := []doc.Inline{
		doc.Text(s), doc.B(s), doc.I(s), doc.LineBreak{}, doc.L(url, s), doc.L(url, ""),
		doc.Link{URL: url, Inlines: []doc.Inline{doc.L(url, s)}}, // nested link
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
			doc.Sec(s,
				doc.Para(inlines...),
				doc.List{Items: []doc.ListItem{doc.Item(doc.P(s), doc.Numbered(s)), doc.Item()}},
				doc.DefinitionList{Items: []doc.Definition{{Term: []doc.Inline{doc.Text(s)}, Description: []doc.Block{doc.P(s), doc.P(s)}}}},
				doc.Table{Caption: s, Columns: []doc.Column{{Title: s, Width: 2}, {Title: s}}, Rows: []doc.Row{{cell, cell}, {cell}}},
				doc.Table{},
				doc.Sec(s, doc.Note{Kind: doc.NoteWarning, Title: s, Blocks: []doc.Block{doc.Para(inlines...), doc.Sec(s)}}),
				doc.Sec(s, doc.Note{Kind: doc.NoteMissing, Title: s}),
			),
		},
	}
}

func TestHostileText(t *testing.T) {
	for _, s := range hostileTexts {
		for _, url := range []string{hostileURLs[0], hostileURLs[len(hostileURLs)-4]} {
			name := s
			if len(name) > 40 {
				name = name[:40]
			}
			t.Run(name, func(t *testing.T) {
				out := render(t, hostileDocument(s, url), html.Options{TOC: true})
				p := checkPage(t, out)
				// The text is shown, not dropped: its clean form is in the
				// page's character data.
				for _, line := range strings.Split(visible(s), "\n") {
					if !strings.Contains(p.text, line) {
						t.Errorf("page text lacks %q", line)
					}
				}
			})
		}
	}
}

// visible is the text a reader should see for s: forbidden characters
// dropped, line endings made "\n", surrounding space trimmed.
func visible(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ToValidUTF8(s, "")
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r < 0xa0) || r == 0xfffe || r == 0xffff || (r >= 0xfdd0 && r <= 0xfdef) {
			return -1
		}
		return r
	}, s))
}

func TestLinkSchemes(t *testing.T) {
	tests := []struct {
		url  string
		href string // "" when the link must be plain text
	}{
		{"https://example.com/", "https://example.com/"},
		{"HTTP://Example.com/a b", "http://Example.com/a%20b"},
		{"mailto:dpo@example.com", "mailto:dpo@example.com"},
		{"tel:+39 02 1234", "tel:+39%2002%201234"},
		{"#who-we-are", "#who-we-are"},
		{"javascript:alert(1)", ""},
		{" JaVaScRiPt:alert(1)", ""},
		{"java\nscript:alert(1)", ""},
		{"data:text/html,x", ""},
		{"//evil.example/x", ""},
		{"relative/page.html", ""},
		{"http://", ""},
		{"#", ""},
		{"", ""},
	}
	for _, tt := range tests {
		d := &doc.Document{Blocks: []doc.Block{
			doc.Sec("Who we are"),
			doc.Para(doc.L(tt.url, "text")),
		}}
		p := checkPage(t, render(t, d, html.Options{}))
		if got := p.attrs["a href"]; got != tt.href {
			t.Errorf("link %q: href %q, want %q", tt.url, got, tt.href)
		}
		if !strings.Contains(p.text, "text") {
			t.Errorf("link %q: its text is gone", tt.url)
		}
	}
}

func TestExternalLinksOpenSafely(t *testing.T) {
	out := render(t, &doc.Document{Blocks: []doc.Block{doc.Para(
		doc.L("https://example.com/", "site"), doc.L("mailto:a@example.com", ""),
	)}}, html.Options{})
	for _, w := range []string{
		`<a href="https://example.com/" rel="noopener noreferrer">site</a>`,
		`<a href="mailto:a@example.com" class="bare">mailto:a@example.com</a>`,
	} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q", w)
		}
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct{ lang, want string }{
		{"it", `<html lang="it">`},
		{"en-GB", `<html lang="en-GB">`},
		{"ar", `<html lang="ar" dir="rtl">`},
		{"", `<html lang="en">`},
		{`it" onload="x`, `<html lang="en">`},
		{"1x", `<html lang="en">`},
	}
	for _, tt := range tests {
		out := render(t, &doc.Document{Meta: doc.Meta{Language: tt.lang}}, html.Options{})
		if !strings.Contains(out, tt.want) {
			t.Errorf("language %q: output lacks %q", tt.lang, tt.want)
		}
	}
}

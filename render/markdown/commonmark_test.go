package markdown_test

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

// cmarkGFM converts Markdown to HTML with cmark-gfm, GitHub's reference
// implementation, passing raw HTML through (--unsafe) so that any HTML
// that escaping let slip would show.
func cmarkGFM(t *testing.T, md string, extensions ...string) string {
	t.Helper()
	path, err := exec.LookPath("cmark-gfm")
	if err != nil {
		t.Skip("cmark-gfm not installed (apt-get install cmark-gfm)")
	}
	args := []string{"--unsafe"}
	for _, e := range extensions {
		args = append(args, "-e", e)
	}
	cmd := exec.Command(path, args...)
	cmd.Stdin = strings.NewReader(md)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("cmark-gfm: %v", err)
	}
	return string(out)
}

// TestCommonMarkParagraphIsText checks with the reference parser that a
// hostile paragraph is one paragraph of exactly its text: no element
// other than line breaks.
func TestCommonMarkParagraphIsText(t *testing.T) {
	for _, s := range hostileTexts {
		want := ""
		if v := visible(s); v != "" {
			// cmark-gfm keeps spaces before a line break in the source
			// but the browser does not show them.
			want = "<p>" + strings.ReplaceAll(escapeLikeCmark(v), "\n", "<br />\n") + "</p>\n"
		}
		got := cmarkGFM(t, render(t, &doc.Document{Blocks: []doc.Block{doc.P(s)}}), "table", "strikethrough")
		got = regexp.MustCompile(` +<br />`).ReplaceAllString(got, "<br />")
		want = regexp.MustCompile(` +<br />`).ReplaceAllString(want, "<br />")
		if got != want {
			t.Errorf("text %q\ngot  %q\nwant %q", s, got, want)
		}
	}
}

func escapeLikeCmark(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// TestCommonMarkStructure parses whole hostile documents with the
// reference parser and checks that only the renderer's own structure came
// out: no script, image, code, rule or strikethrough, no javascript link,
// and as many headings, quotes and tables as the document has.
func TestCommonMarkStructure(t *testing.T) {
	for _, s := range hostileTexts {
		for _, url := range []string{hostileURLs[0], hostileURLs[8]} {
			d := hostileDocument(s, url)
			out := cmarkGFM(t, render(t, d), "table", "strikethrough", "autolink", "tagfilter")
			low := strings.ToLower(out)
			for _, bad := range []string{"<script", "<img", "<code", "<pre", "<hr", "<del", "<div", "href=\"javascript", "raw html omitted"} {
				if strings.Contains(low, bad) {
					t.Errorf("text %.30q url %q: HTML has %q", s, url, bad)
				}
			}
			if v := visible(s); v != "" {
				count := func(tag string) int { return strings.Count(out, "<"+tag) }
				// Title, document control, the section and its two sub-sections,
				// and a section inside the note.
				if n := count("h1>") + count("h2>") + count("h3>") + count("h4>"); n != 6 {
					t.Errorf("text %.30q: %d headings, want 6", s, n)
				}
				if n := count("blockquote>"); n != 2 {
					t.Errorf("text %.30q: %d block quotes, want 2", s, n)
				}
				if n := count("ol>"); n != 1 {
					t.Errorf("text %.30q: %d ordered lists, want 1", s, n)
				}
				if n := count("table>"); n != 3 {
					t.Errorf("text %.30q: %d tables, want 3", s, n)
				}
			}
			if url == hostileURLs[8] && !strings.Contains(out, `href="https://ok.example/a%20b%28c%29?q=%22x%22&amp;y=%3Cz%3E%7Cw"`) {
				t.Errorf("text %.30q: the https link is missing or mangled", s)
			}
		}
	}
}

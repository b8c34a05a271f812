package markdown

import (
	"strings"
	"testing"
)

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"x\x00\x01\x1f\x7fy", "xy"},
		{"c1\u0080\u009f.", "c1."},
		{"non\ufffe\uffff\ufdd0\U0001fffe.", "non."},
		{"bad\xff\xc3utf8", "badutf8"},
		{"keep \ufffd \u200f \u202e", "keep \ufffd \u200f \u202e"},
	}
	for _, tt := range tests {
		if got := cleanText(tt.in); got != tt.want {
			t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscaping(t *testing.T) {
	tests := []struct {
		ctx      context
		in, want string
	}{
		{inParagraph, "Art. 6(1)(b) e-mail 2026-11-22 R&D & co!", `Art. 6(1)(b) e-mail 2026-11-22 R\&D & co!`},
		{inParagraph, "- a\n+ b\n= c\n: d\n# e\n12. f\n3) g", "\\- a\\\n\\+ b\\\n\\= c\\\n\\: d\\\n\\# e\\\n12\\. f\\\n3\\) g"},
		{inParagraph, "a - b + c # d 1. e", "a - b + c # d 1. e"},
		{inParagraph, "    indented\n\t tabbed", "indented\\\ntabbed"},
		{inParagraph, "![x] &amp; &#1;", `\!\[x\] \&amp; \&#1;`},
		{inHeading, "C# and F#\nnext", `C\# and F\# next`},
		{inHeading, "1. - Intro", "1. - Intro"},
		{inCell, "1. a|b\nc", `1. a\|b<br>c`},
	}
	for _, tt := range tests {
		if got := plainText(tt.in, tt.ctx); got != tt.want {
			t.Errorf("plainText(%q, %d) = %q, want %q", tt.in, tt.ctx, got, tt.want)
		}
	}
}

func TestSplitSpace(t *testing.T) {
	tests := []struct{ in, lead, core, trail string }{
		{"x", "", "x", ""},
		{" \\\n x \\\n", " \\\n ", "x", " \\\n"},
		{"<br>x<br>", "<br>", "x", "<br>"},
		{`x\\` + "\\\n", "", `x\\`, "\\\n"},
		{"  ", "  ", "", ""},
	}
	for _, tt := range tests {
		lead, core, trail := splitSpace(tt.in)
		if lead != tt.lead || core != tt.core || trail != tt.trail {
			t.Errorf("splitSpace(%q) = %q, %q, %q; want %q, %q, %q", tt.in, lead, core, trail, tt.lead, tt.core, tt.trail)
		}
	}
}

func TestLinkDestination(t *testing.T) {
	tests := []struct {
		url, want string
		ok        bool
	}{
		{"https://example.com/", "https://example.com/", true},
		{"HTTPS://example.com/a b(c)", "https://example.com/a%20b%28c%29", true},
		{"mailto:a@example.com", "mailto:a@example.com", true},
		{"tel:+39 02", "tel:+39%2002", true},
		{"#x y", "#x%20y", true},
		{"#", "", false},
		{"javascript:alert(1)", "", false},
		{"JAVASCRIPT:alert(1)", "", false},
		{"data:x", "", false},
		{"//host/x", "", false},
		{"relative", "", false},
		{"http://", "", false},
		{"mailto:", "", false},
	}
	for _, tt := range tests {
		got, ok := linkDestination(tt.url)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("linkDestination(%q) = %q, %v; want %q, %v", tt.url, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCleanTextDoesNotAllocateForCleanText(t *testing.T) {
	s := strings.Repeat("Informativa privacy – perché ", 10)
	if n := testing.AllocsPerRun(10, func() { _ = cleanText(s) }); n != 0 {
		t.Errorf("cleanText allocated %v times for clean text", n)
	}
}

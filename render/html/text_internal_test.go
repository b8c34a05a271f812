package html

import (
	"strings"
	"testing"
)

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"tab\tnl\n", "tab\tnl\n"},
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

func TestCleanTextDoesNotAllocateForCleanText(t *testing.T) {
	s := strings.Repeat("Informativa privacy – perché ", 10)
	if n := testing.AllocsPerRun(10, func() { _ = cleanText(s) }); n != 0 {
		t.Errorf("cleanText allocated %v times for clean text", n)
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Who we are", "who-we-are"},
		{"Perché trattiamo i dati?", "perche-trattiamo-i-dati"},
		{"  Art. 13(1)(c) — GDPR  ", "art-13-1-c-gdpr"},
		{"Ωmega Straße", "ωmega-straße"},
		{"<script>", "script"},
		{"!!!", "section"},
		{"", "section"},
		{strings.Repeat("a", 200), strings.Repeat("a", maxSlugRunes)},
	}
	for _, tt := range tests {
		if got := slug(tt.title); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestAnchorsAreUnique(t *testing.T) {
	a := anchors{}
	var got []string
	for _, base := range []string{"x", "x", "x-2", "x"} {
		got = append(got, a.unique(base))
	}
	if want := "x x-2 x-2-2 x-3"; strings.Join(got, " ") != want {
		t.Errorf("ids %v, want %s", got, want)
	}
}

func TestCSSString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pagina", `"Pagina"`},
		{"v1.0 · Uso interno", `"v1.0 · Uso interno"`},
		{`a"b\c`, `"a\22 b\5c c"`},
		{"</style>&", `"\3c /style\3e \26 "`},
	}
	for _, tt := range tests {
		if got := cssString(tt.in); got != tt.want {
			t.Errorf("cssString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestStylesheetIsSelfContained(t *testing.T) {
	for _, bad := range []string{"<", "&", "url(", "@import", "@font-face"} {
		if strings.Contains(stylesheet, bad) {
			t.Errorf("stylesheet holds %q", bad)
		}
	}
	for _, want := range []string{"@media print", "size: A4", "break-inside: avoid", "break-after: avoid", "nth-child(even)"} {
		if !strings.Contains(stylesheet, want) {
			t.Errorf("stylesheet lacks %q", want)
		}
	}
}

func TestTruncate(t *testing.T) {
	if got := truncate("abcdef", 6); got != "abcdef" {
		t.Errorf("truncate to its own length = %q", got)
	}
	if got := truncate("àbcdefg", 4); got != "àbc…" {
		t.Errorf("truncate = %q, want àbc…", got)
	}
}

package ooxml

import (
	"encoding/xml"
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Nuvola S.r.l. — € 10", "Nuvola S.r.l. — € 10"},
		{"keeps tab newline cr", "a\tb\nc\rd", "a\tb\nc\rd"},
		{"drops C0 controls", "a\x00b\x01c\x1fd\x0be", "abcde"},
		{"drops C1 controls", "a\u007fb\u0085c\u009fd", "abcd"},
		{"drops noncharacters", "a\ufffeb\uffffc", "abc"},
		{"drops invalid UTF-8", "a\xffb\xc3(c", "ab(c"},
		{"keeps U+FFFD", "a\ufffdb", "a\ufffdb"},
		{"keeps RTL override", "a\u202eb", "a\u202eb"},
		{"keeps astral", "a😀b", "a😀b"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAppendTextAndAttr(t *testing.T) {
	tests := []struct {
		in, text, attr string
	}{
		{`a<b>&"c"`, `a&lt;b&gt;&amp;"c"`, `a&lt;b&gt;&amp;&quot;c&quot;`},
		{"x\ty\nz", "x\ty\nz", "x&#9;y&#10;z"},
		{"cr\r", "cr&#13;", "cr&#13;"},
		{"bad\x00\x7f\xff\ufffe", "bad", "bad"},
		{"è😀", "è😀", "è😀"},
	}
	for _, tt := range tests {
		if got := string(AppendText(nil, tt.in)); got != tt.text {
			t.Errorf("AppendText(%q) = %q, want %q", tt.in, got, tt.text)
		}
		if got := string(AppendAttr(nil, tt.in)); got != tt.attr {
			t.Errorf("AppendAttr(%q) = %q, want %q", tt.in, got, tt.attr)
		}
	}
}

// TestEscapeRoundTrip: whatever the input, the escaped text parses back
// to the cleaned input.
func TestEscapeRoundTrip(t *testing.T) {
	inputs := []string{"", "plain", "<>&'\"", "\x00\x01\x02", "a\r\nb", "\u202eevil\u202c", strings.Repeat("ü", 1000), "\xed\xa0\x80 surrogate"}
	for _, in := range inputs {
		var b Builder
		b.Start("r", "v", in)
		b.Text(in)
		b.End()
		var got struct {
			V    string `xml:"v,attr"`
			Text string `xml:",chardata"`
		}
		if err := xml.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatalf("%q: %v\n%s", in, err, b.Bytes())
		}
		want := Clean(in)
		if got.V != want || got.Text != want {
			t.Errorf("%q: attr %q, text %q, want %q", in, got.V, got.Text, want)
		}
	}
}

func FuzzAppendText(f *testing.F) {
	for _, s := range []string{"a<b", "\x00", "\r\n", "\ufffe", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b Builder
		b.Start("r", "v", s)
		b.Text(s)
		b.End()
		var got struct {
			V    string `xml:"v,attr"`
			Text string `xml:",chardata"`
		}
		if err := xml.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if want := Clean(s); got.V != want || got.Text != want {
			t.Errorf("%q: attr %q, text %q, want %q", s, got.V, got.Text, want)
		}
	})
}

package pdf

import (
	"math"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

func TestSanitiser(t *testing.T) {
	m, err := metrics()
	if err != nil {
		t.Fatal(err)
	}
	z := sanitiser{m: m}
	tests := []struct {
		name, in  string
		multiline bool
		want      string
	}{
		{"ascii", "Plain text.", false, "Plain text."},
		{"latin and euro", "àèéìòù ÀÉ ßøÆœ €", false, "àèéìòù ÀÉ ßøÆœ €"},
		{"decomposed to NFC", "cafe\u0301 Sa\u0303o", false, "café São"},
		{"lone combining mark", "q\u0303", false, "q?"},
		{"controls dropped", "a\x00b\x07c\x1bd\x7fe\u0085f", false, "abcdef"},
		{"format marks dropped", "a\u200bb\u200ec\u200fd\u202ee\ufefff\u00adg", false, "abcdefg"},
		{"tab to space", "a\tb", false, "a b"},
		{"newline kept", "a\r\nb\rc\nd\u2028e", true, "a\nb\nc\nd\ne"},
		{"newline folded", "a\nb", false, "a b"},
		{"exotic spaces", "a\u2009b\u3000c", false, "a b c"},
		{"no-break spaces", "10\u202f€ 5\u00a0%", false, "10\u00a0€ 5\u00a0%"},
		{"CJK replaced", "数据", false, "??"},
		{"emoji replaced", "ok 🔒", false, "ok ?"},
		{"replacement char", "a\ufffdb", false, "a?b"},
		{"invalid UTF-8", "a\xffb", false, "a?b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := z.text(tt.in, tt.multiline); got != tt.want {
				t.Errorf("text(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	if got := z.line("  a \n\n b  "); got != "a b" {
		t.Errorf("line = %q", got)
	}
}

func TestMetadataText(t *testing.T) {
	for in, want := range map[string]string{
		"Registro  attività\n": "Registro attività",
		"数据 🔒\x00\u200e":       "数据 ?",
		"\xffbad":              "?bad",
		"tab\there":            "tab here",
	} {
		if got := metadata(in); got != want {
			t.Errorf("metadata(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLinkTarget(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a?b=c", "https://example.com/a?b=c"},
		{"HTTP://EXAMPLE.COM", "HTTP://EXAMPLE.COM"},
		{"mailto:dpo@example.com", "mailto:dpo@example.com"},
		{"tel:+390000000", "tel:+390000000"},
		{"www.garanteprivacy.it", "https://www.garanteprivacy.it"},
		{"https://example.com/città a", "https://example.com/citt%C3%A0%20a"},
		{"javascript:alert(1)", ""},
		{"file:///etc/passwd", ""},
		{"relative/path", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := linkTarget(tt.in); got != tt.want {
			t.Errorf("linkTarget(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestColumnWidths(t *testing.T) {
	tests := []struct {
		name   string
		cols   []doc.Column
		n      int
		floors []float64
		want   []float64
	}{
		{"equal by default", doc.Cols("a", "b"), 2, nil, []float64{80, 80}},
		{"proportions", []doc.Column{{Width: 1}, {Width: 3}}, 2, nil, []float64{40, 120}},
		{"zero takes the average", []doc.Column{{Width: 1}, {Width: 3}, {}}, 3, nil, []float64{160.0 / 6, 80, 160.0 / 3}},
		{"invalid widths", []doc.Column{{Width: math.NaN()}, {Width: -1}, {Width: math.Inf(1)}}, 3, nil, []float64{160.0 / 3, 160.0 / 3, 160.0 / 3}},
		{"extra columns", doc.Cols("a"), 2, nil, []float64{80, 80}},
		{"minimum width", []doc.Column{{Width: 1}, {Width: 99}}, 2, nil, []float64{12, 148}},
		{"title floor", []doc.Column{{Width: 1}, {Width: 9}}, 2, []float64{30, 0}, []float64{30, 130}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := columnWidths(tt.cols, tt.n, 160, tt.floors)
			sum := 0.0
			for i := range got {
				sum += got[i]
				if math.Abs(got[i]-tt.want[i]) > 0.01 {
					t.Errorf("widths = %v, want %v", got, tt.want)
					break
				}
			}
			if math.Abs(sum-160) > 0.01 {
				t.Errorf("widths sum to %v, want 160", sum)
			}
		})
	}
}

// TestBreakLines checks the line breaker: lines never exceed the
// measure, justification spares the last line and hard-broken lines, and
// a word longer than the measure is cut, not lost.
func TestBreakLines(t *testing.T) {
	l := mustLayout(t, &doc.Document{}, Options{})
	tests := []struct {
		name      string
		in        []doc.Inline
		width     float64
		lines     int
		justified []bool
	}{
		{"one line", []doc.Inline{doc.Text("short text")}, 100, 1, []bool{false}},
		{"wraps", []doc.Inline{doc.Text("alpha beta gamma delta epsilon zeta eta theta")}, 30, 3, []bool{true, true, false}},
		{"hard break", []doc.Inline{doc.Text("a b"), doc.LineBreak{}, doc.Text("c")}, 100, 2, []bool{false, false}},
		{"newline in text", []doc.Inline{doc.Text("a\n\nb")}, 100, 3, []bool{false, false, false}},
		{"long word cut", []doc.Inline{doc.Text("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")}, 20, 4, []bool{false, false, false, false}},
		{"styles in one word", []doc.Inline{doc.Text("a"), doc.B("b"), doc.I("c")}, 100, 1, []bool{false}},
		{"empty", nil, 100, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := l.setText(tt.in, bodyStyle, tt.width)
			if len(p.lines) != tt.lines {
				t.Fatalf("%d lines, want %d", len(p.lines), tt.lines)
			}
			var text string
			for i, ln := range p.lines {
				if ln.w > tt.width+1e-6 {
					t.Errorf("line %d is %.2f mm, measure %.2f", i, ln.w, tt.width)
				}
				if ln.justify != tt.justified[i] {
					t.Errorf("line %d justified = %v, want %v", i, ln.justify, tt.justified[i])
				}
				for _, w := range ln.words {
					for _, f := range w.frags {
						text += f.text
					}
				}
			}
			want := ""
			doc.Walk([]doc.Block{doc.Para(tt.in...)}, func(n doc.Node) bool {
				if s, ok := n.(doc.Text); ok {
					want += string(s)
				}
				return true
			})
			if stripped := stripSpaces(want); text != stripped {
				t.Errorf("laid out %q, want %q", text, stripped)
			}
		})
	}
}

func stripSpaces(s string) string {
	var out []rune
	for _, r := range s {
		if r != ' ' && r != '\n' {
			out = append(out, r)
		}
	}
	return string(out)
}

// TestParagraphKeep checks orphan and widow control: a paragraph never
// leaves one line alone at the bottom or the top of a page.
func TestParagraphKeep(t *testing.T) {
	tests := []struct {
		name      string
		lines     int
		roomLines float64 // lines that fit before the page ends
		onFirst   int     // lines expected on the first page
	}{
		{"fits", 5, 6.5, 5},
		{"orphan moved", 5, 1.5, 0},
		{"widow avoided", 5, 4.5, 3},
		{"plain split", 8, 4.5, 4},
		{"three lines not split", 3, 2.5, 0},
		{"two lines not split", 2, 1.5, 0},
		{"one line", 1, 1.5, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := metrics()
			if err != nil {
				t.Fatal(err)
			}
			l := newLayout(&doc.Document{}, Options{}, m)
			lh := bodyStyle.lineHeight()
			l.y = l.geo.bodyBottom() - tt.roomLines*lh
			p := para{ts: bodyStyle, lines: make([]textLine, tt.lines)}
			for i := range p.lines {
				p.lines[i] = textLine{words: []word{{frags: []frag{{text: "w", link: -1}}}}}
			}
			l.flow(p, l.left, l.measure(), true, true)
			got := 0
			for _, o := range l.pages[0].ops {
				if o.kind == opText {
					got++
				}
			}
			if got != tt.onFirst {
				t.Errorf("%d lines on the first page, want %d", got, tt.onFirst)
			}
		})
	}
}

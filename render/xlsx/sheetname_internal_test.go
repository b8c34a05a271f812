package xlsx

import (
	"strings"
	"testing"
	"unicode/utf16"
)

func TestSheetNamer(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"kept", []string{"Activities", "Processors"}, []string{"Activities", "Processors"}},
		{"forbidden characters", []string{`a[b]c:d*e?f/g\h`}, []string{"a(b)c-d_e_f-g-h"}},
		{"too long", []string{strings.Repeat("x", 40)}, []string{strings.Repeat("x", 31)}},
		{"empty falls back", []string{"", "  ", "\x00"}, []string{"Sheet", "Sheet (2)", "Sheet (3)"}},
		{"duplicates ignore case", []string{"Data", "data", "DATA"}, []string{"Data", "data (2)", "DATA (3)"}},
		{"duplicates of long names stay short", []string{strings.Repeat("y", 40), strings.Repeat("Y", 35)},
			[]string{strings.Repeat("y", 31), strings.Repeat("Y", 27) + " (2)"}},
		{"apostrophes at the ends", []string{"'quoted'", "d'interessati"}, []string{"quoted", "d'interessati"}},
		{"reserved History", []string{"history"}, []string{"history (2)"}},
		{"line breaks", []string{"Recipients\nand transfers"}, []string{"Recipients and transfers"}},
		{"non-ASCII case folding", []string{"Città", "CITTÀ"}, []string{"Città", "CITTÀ (2)"}},
		{"utf-16 length", []string{strings.Repeat("🙂", 20)}, []string{strings.Repeat("🙂", 15)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := newSheetNamer()
			for i, in := range tt.in {
				got := n.name(in, "Sheet")
				if got != tt.want[i] {
					t.Errorf("name(%q) = %q, want %q", in, got, tt.want[i])
				}
				if units := len(utf16.Encode([]rune(got))); units > maxSheetName {
					t.Errorf("name(%q) = %q has %d UTF-16 units", in, got, units)
				}
			}
		})
	}
}

func TestQuoteSheetName(t *testing.T) {
	if got, want := quoteSheetName("Categorie d'interessati"), "'Categorie d''interessati'"; got != want {
		t.Errorf("quoteSheetName = %q, want %q", got, want)
	}
}

package xlsx

import (
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

func TestTextWidth(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"longest\nab", 7},
		{"ab\nlongest", 7},
		{"città", 5},
		{"citta\u0300", 5}, // combining mark takes no room
		{"日本語", 6},         // wide characters take two
		{"a\x00b", 2},
	}
	for _, tt := range tests {
		if got := textWidth(tt.in); got != tt.want {
			t.Errorf("textWidth(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestLineCount(t *testing.T) {
	per := charsPerLine(20)
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"empty", "", 1},
		{"short", "contract", 1},
		{"exactly one line", strings.Repeat("x", int(per)), 1},
		{"just over", strings.Repeat("x", int(per)+1), 2},
		{"explicit lines", "a\nb\nc", 3},
		{"long explicit line wraps on its own", strings.Repeat("x", 3*int(per)) + "\nb", 4},
		{"empty lines count", "a\n\nb", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lineCount(tt.in, 20); got != tt.want {
				t.Errorf("lineCount = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestRowHeight(t *testing.T) {
	widths := []float64{10, 60}
	tests := []struct {
		name  string
		cells []string
		want  float64
	}{
		{"one line needs no height", []string{"a", "b"}, 0},
		{"tallest cell wins", []string{"a\nb", "1\n2\n3"}, 3 * lineHeight},
		{"capped", []string{strings.Repeat("x\n", 100), ""}, 150},
		{"cells past the columns ignored", []string{"a", "b", "c\nd\ne"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rowHeight(tt.cells, widths, 150); got != tt.want {
				t.Errorf("rowHeight = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestColumnWidths(t *testing.T) {
	long := strings.Repeat("word ", 40)
	s := &doc.Sheet{
		Columns: []doc.SheetColumn{
			{Title: "ID"},
			{Title: "Description"},
			{Title: "Set", Width: 33},
			{Title: "Absurd", Width: 1000},
			{Title: "Categories of personal data"},
		},
		Rows: [][]string{{"A-1", long, "x", "y", "z", "extra cell"}},
	}
	got := columnWidths(s, 6)
	want := []float64{minColumnWidth, maxColumnWidth, 33, maxExcelWidth, 12, 12}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("column %d: width %v, want %v (all: %v)", i, got[i], want[i], got)
		}
	}
	form := &doc.Sheet{Form: true, Rows: [][]string{{strings.Repeat("l", 100), long}}}
	if got := columnWidths(form, 2); got[0] != maxLabelWidth || got[1] != maxValueWidth {
		t.Errorf("form widths = %v, want [%v %v]", got, maxLabelWidth, maxValueWidth)
	}
}

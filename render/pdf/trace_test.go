package pdf

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/gdprkit/gdprkit/doc"
)

// Test helpers that read a layout's display lists and a PDF's content.

// mustLayout lays d out or fails the test.
func mustLayout(t testing.TB, d *doc.Document, opts Options) *layout {
	t.Helper()
	l, err := layoutDocument(d, opts)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// textWidth is the drawn width of a text operation.
func (l *layout) textWidth(o op) float64 { return l.m.width(o.style, o.size, o.text) }

// pageText is the text of every page in reading order, as pdftotext
// would give it: top to bottom, operations on one baseline joined left to
// right (with a space where there is a gap), bookmarks as
// "[bookmark N] title" lines where their destination is.
func (l *layout) pageText() []string {
	out := make([]string, len(l.pages))
	for i, p := range l.pages {
		var ops []op
		for _, o := range p.ops {
			if o.kind == opText || o.kind == opBookmark {
				ops = append(ops, o)
			}
		}
		key := func(o op) float64 { return math.Round(o.y * 100) }
		sort.SliceStable(ops, func(a, b int) bool {
			if ya, yb := key(ops[a]), key(ops[b]); ya != yb {
				return ya < yb
			}
			return ops[a].kind == opBookmark && ops[b].kind != opBookmark || ops[a].x < ops[b].x
		})
		var lines []string
		var line strings.Builder
		prevY, prevEnd := math.NaN(), 0.0
		for _, o := range ops {
			if o.kind == opBookmark {
				if line.Len() > 0 {
					lines = append(lines, line.String())
					line.Reset()
				}
				lines = append(lines, fmt.Sprintf("[bookmark %d] %s", o.level, o.text))
				prevY = math.NaN()
				continue
			}
			switch {
			case key(o) == prevY && o.x-prevEnd > 0.3:
				line.WriteByte(' ')
			case key(o) == prevY:
			case line.Len() > 0:
				lines = append(lines, line.String())
				line.Reset()
			}
			line.WriteString(o.text)
			prevY, prevEnd = key(o), o.x+l.textWidth(o)
		}
		if line.Len() > 0 {
			lines = append(lines, line.String())
		}
		out[i] = strings.Join(lines, "\n")
	}
	return out
}

// allText is the text of all pages.
func (l *layout) allText() string { return strings.Join(l.pageText(), "\n") }

// checkBounds fails the test if anything is drawn outside the body area,
// except the running header and footer and list markers in the margin.
func checkBounds(t *testing.T, l *layout) {
	t.Helper()
	g := l.geo
	const eps = 0.05
	for pi, p := range l.pages {
		for _, o := range p.ops {
			where := fmt.Sprintf("page %d: %v %q", pi+1, o.kind, o.text)
			inFooter := o.y >= g.height-footerRule-eps
			inHeader := o.y <= headerRule+eps
			switch o.kind {
			case opText:
				w := l.textWidth(o)
				if o.x < 0 || o.x+w > g.width-g.right+eps {
					t.Errorf("%s: x %.2f..%.2f outside the measure", where, o.x, o.x+w)
				}
				if !inHeader && !inFooter && (o.y < g.bodyTop() || o.y > g.bodyBottom()+eps) {
					t.Errorf("%s: baseline %.2f outside the body", where, o.y)
				}
			case opRect, opLink:
				if o.x < g.left-eps || o.x+o.w > g.width-g.right+eps || o.y < g.bodyTop()-eps || o.y+o.h > g.bodyBottom()+eps {
					t.Errorf("%s: box %.2f,%.2f %.2fx%.2f outside the body", where, o.x, o.y, o.w, o.h)
				}
			case opLine:
				if o.x < g.left-eps || o.x+o.w > g.width-g.right+eps {
					t.Errorf("%s: line x outside the measure", where)
				}
				if !inHeader && !inFooter && (o.y < g.bodyTop()-eps || o.y+o.h > g.bodyBottom()+1.5) {
					t.Errorf("%s: line y %.2f..%.2f outside the body", where, o.y, o.y+o.h)
				}
			}
		}
	}
}

// pdfStrings returns the strings shown by Tj operators in an uncompressed
// PDF, decoded from fpdf's UTF-16BE encoding.
func pdfStrings(t *testing.T, pdf []byte) []string {
	t.Helper()
	var out []string
	for {
		i := bytes.Index(pdf, []byte(" Td ("))
		if i < 0 {
			return out
		}
		pdf = pdf[i+len(" Td ("):]
		var raw []byte
		j := 0
		for ; j < len(pdf) && pdf[j] != ')'; j++ {
			c := pdf[j]
			if c == '\\' && j+1 < len(pdf) {
				j++
				c = pdf[j]
				if c == 'r' {
					c = '\r'
				}
			}
			raw = append(raw, c)
		}
		pdf = pdf[j:]
		if len(raw)%2 != 0 {
			t.Fatalf("odd UTF-16 string %q", raw)
		}
		u := make([]uint16, len(raw)/2)
		for k := range u {
			u[k] = uint16(raw[2*k])<<8 | uint16(raw[2*k+1])
		}
		out = append(out, string(utf16.Decode(u)))
	}
}

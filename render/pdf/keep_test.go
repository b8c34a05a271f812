package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

// TestKeepWithNext starts a section at every height of the lower part of
// a page and checks that its heading is never left at the bottom: the
// heading's page also holds two lines of what follows, or a lead-in
// sentence and the header and first row of the table after it, or the
// whole of a short section.
func TestKeepWithNext(t *testing.T) {
	long := func(end string) doc.Paragraph {
		return doc.P(strings.Repeat("Il titolare conserva i dati per il tempo necessario alle finalità indicate. ", 3) + end)
	}
	rows := func(first ...string) []doc.Row {
		rs := []doc.Row{doc.TextRow(first...)}
		for i := 0; i < 8; i++ {
			rs = append(rs, doc.TextRow(fmt.Sprintf("row %d", i), "value"))
		}
		return rs
	}
	tall := strings.Repeat("Una riga di testo nella prima cella della tabella. ", 12) + "end of first row"
	huge := strings.Repeat("Una riga di testo nella prima cella della tabella. ", 400)
	tests := []struct {
		name   string
		blocks []doc.Block
		// want are texts that must be on the heading's page, below it.
		want []string
		// lines is how many lines at least follow the heading there.
		lines int
	}{
		{"paragraph", []doc.Block{long("paragraph end.")}, nil, 2},
		{"lead-in and table", []doc.Block{doc.P("We process the following data:"),
			doc.Tab("", doc.Cols("Col A", "Col B"), rows("first row", "first value")...)},
			[]string{"We process the following data:", "Col A Col B", "first row first value"}, 3},
		{"captioned table", []doc.Block{doc.Tab("Table caption", doc.Cols("Col A", "Col B"), rows("first row", "first value")...)},
			[]string{"Table caption", "Col A Col B", "first row first value"}, 3},
		{"table with a tall first row", []doc.Block{doc.Tab("", doc.Cols("Col A", "Col B"), rows("first row", tall)...)},
			[]string{"Col A Col B", "end of first row"}, 3},
		{"first row taller than a page", []doc.Block{doc.Tab("", doc.Cols("Col A", "Col B"), rows("first row", huge)...)},
			[]string{"Col A Col B", "first row"}, 3},
		{"one-line definitions", []doc.Block{doc.Defs(doc.Def("Term one", "first definition"), doc.Def("Term two", "second definition"), doc.Def("Term three", "third definition"))},
			[]string{"Term one first definition", "Term two second definition"}, 2},
		{"note", []doc.Block{doc.Note{Title: "Note title", Blocks: []doc.Block{long("note end.")}}},
			[]string{"Note title", "note end."}, 3},
		{"untitled note", []doc.Block{doc.Note{Blocks: []doc.Block{long("note end.")}}},
			[]string{"note end."}, 3},
		{"subsection", []doc.Block{doc.Sec("Subsection", long("subsection end."))},
			[]string{"[bookmark 1] Subsection"}, 3},
		{"list", []doc.Block{doc.Bullets("first item", "second item", "third item")},
			[]string{"• first item", "• second item"}, 2},
		{"list opening with a note", []doc.Block{doc.List{Items: []doc.ListItem{doc.Item(doc.Note{Title: "Listed note", Blocks: []doc.Block{long("listed end.")}})}}},
			[]string{"Listed note", "listed end."}, 3},
		{"whole short section", []doc.Block{doc.P("The only line.")}, []string{"The only line."}, 1},
		{"empty paragraph first", []doc.Block{doc.P(""), doc.P("After an empty one."), long("end.")},
			[]string{"After an empty one."}, 2},
	}
	m, err := metrics()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for room := 1.0; room < 90; room += 0.7 {
				l := newLayout(&doc.Document{}, Options{}, m)
				l.y = l.geo.bodyBottom() - room
				l.block(doc.Sec("Heading", tt.blocks...))
				checkHeading(t, l, room, tt.want, tt.lines)
			}
		})
	}
}

// checkHeading finds the one bookmark "Heading" in l and checks the text
// below it on its page.
func checkHeading(t *testing.T, l *layout, room float64, want []string, lines int) {
	t.Helper()
	found := 0
	for pi, text := range l.pageText() {
		_, below, ok := strings.Cut(text, "[bookmark 0] Heading\nHeading\n")
		if !ok {
			continue
		}
		found++
		n := 0
		for _, line := range strings.Split(below, "\n") {
			if !strings.HasPrefix(line, "[bookmark") {
				n++
			}
		}
		if n < lines {
			t.Errorf("room %.1f mm: heading on page %d followed by %d lines, want %d:\n%s", room, pi+1, n, lines, below)
		}
		for _, w := range want {
			if !strings.Contains(below, w) {
				t.Errorf("room %.1f mm: %q not on the heading's page %d:\n%s", room, w, pi+1, below)
			}
		}
	}
	if found != 1 {
		t.Errorf("room %.1f mm: heading found on %d pages", room, found)
	}
	checkBounds(t, l)
}

// TestHeadingCarriedOver checks the safety net: a heading whose text
// still moves to a new page goes with it, once, and a heading that
// already starts its page stays there.
func TestHeadingCarriedOver(t *testing.T) {
	m, err := metrics()
	if err != nil {
		t.Fatal(err)
	}
	l := newLayout(&doc.Document{}, Options{}, m)
	l.y = l.geo.bodyBottom() - 20
	l.heading("Heading", 2, 0) // asks for nothing below it
	l.ensure(30)               // the next block does not fit
	l.emit(op{kind: opText, y: l.y, text: "next"})
	if len(l.pages) != 2 {
		t.Fatalf("%d pages, want 2", len(l.pages))
	}
	if got := l.pageText(); got[0] != "" || !strings.HasPrefix(got[1], "[bookmark 0] Heading\nHeading\nnext") {
		t.Errorf("pages %q, want the heading carried to page 2 above the block", got)
	}
	if ops := l.pages[1].ops; ops[0].y != l.geo.bodyTop() {
		t.Errorf("carried heading at %.2f, want the top of the page %.2f", ops[0].y, l.geo.bodyTop())
	}

	// At the top of its page, a heading stays where it is.
	l = newLayout(&doc.Document{}, Options{}, m)
	l.heading("Top", 2, 0)
	l.newPage()
	if got := l.pageText(); got[0] != "[bookmark 0] Top\nTop" || got[1] != "" {
		t.Errorf("pages %q, want the heading kept on page 1", got)
	}

	// Something placed after the heading keeps it in place.
	l = newLayout(&doc.Document{}, Options{}, m)
	l.y = l.geo.bodyBottom() - 20
	l.heading("Heading", 2, 0)
	l.emit(op{kind: opText, y: l.y, text: "line"})
	l.newPage()
	if got := l.pageText(); !strings.Contains(got[0], "Heading") || got[1] != "" {
		t.Errorf("pages %q, want the heading with the line below it on page 1", got)
	}
}

package pdf

import (
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

// lineText is the text of a laid-out line, a space where a word has one
// before it.
func lineText(ln textLine) string {
	var b strings.Builder
	for i, w := range ln.words {
		if i > 0 && w.gap > 0 {
			b.WriteByte(' ')
		}
		for _, f := range w.frags {
			b.WriteString(f.text)
		}
	}
	return b.String()
}

// lineSpaces is the natural width of the spaces of a line.
func lineSpaces(ln textLine) float64 {
	s := 0.0
	for i, w := range ln.words {
		if i > 0 {
			s += w.gap
		}
	}
	return s
}

// TestJustification checks the underfull-line rule: a line is justified
// only when its spaces grow by at most maxStretch times their width, the
// last line of a paragraph and a line ended by a hard break never are,
// and ordinary lines of running text are.
func TestJustification(t *testing.T) {
	l := mustLayout(t, &doc.Document{}, Options{})
	address := "responsabile.protezione@nuvolasoftware.example"
	email := doc.L("mailto:"+address, address)
	// fits is a measure the address fits in, with room for a short word.
	fits := l.m.width(regular, bodyStyle.size, address) + 6
	tests := []struct {
		name  string
		in    []doc.Inline
		width float64
		// justified lists, line by line, whether each is justified; nil
		// checks only the rule.
		justified []bool
		// underfull is the end of a line that must be set ragged.
		underfull string
	}{
		{"running text", []doc.Inline{doc.Text("Il titolare tratta i dati personali degli utenti che aprono una richiesta di assistenza, nella misura strettamente necessaria a risolvere il problema segnalato.")},
			60, []bool{true, true, true, true, false}, ""},
		{"long email after few words", []doc.Inline{doc.Text("Per ogni richiesta relativa ai tuoi dati scrivi a "), email, doc.Text(" indicando il numero del ticket.")},
			fits, nil, "scrivi a"},
		{"long email in a narrow column", []doc.Inline{doc.Text("Contatti: "), email, doc.Text(".")},
			90, []bool{false, false}, "Contatti:"},
		{"URL after a label", []doc.Inline{doc.Text("Informativa completa (versione 2.0 del 2026-11-22): "), doc.L("https://www.nuvolasoftware.it/privacy/assistenza", "")},
			112, []bool{false, false}, "2026-11-22):"},
		{"last line nearly full", []doc.Inline{doc.Text("uno due tre quattro cinque sei sette otto nove dieci undici dodici")},
			95, []bool{true, false}, ""},
		{"hard break", []doc.Inline{doc.Text("Nome: Mario"), doc.LineBreak{}, doc.Text("Cognome: Rossi")},
			100, []bool{false, false}, ""},
		{"one word per line", []doc.Inline{doc.Text("Responsabile protezione")},
			30, []bool{false, false}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := l.setText(tt.in, bodyStyle, tt.width)
			var got []bool
			found := tt.underfull == ""
			for i, ln := range p.lines {
				got = append(got, ln.justify)
				slack, spaces := tt.width-ln.w, lineSpaces(ln)
				if ln.justify && slack > maxStretch*spaces+1e-6 {
					t.Errorf("line %d %q justified with spaces growing %.1f times", i, lineText(ln), slack/spaces)
				}
				if !ln.justify && i < len(p.lines)-1 && spaces > 0 && slack <= maxStretch*spaces && !strings.HasPrefix(lineText(ln), "Nome") {
					t.Errorf("line %d %q ragged though it stretches only %.1f times", i, lineText(ln), slack/spaces)
				}
				if tt.underfull != "" && strings.HasSuffix(lineText(ln), tt.underfull) {
					found = true
					if ln.justify {
						t.Errorf("underfull line %q justified", lineText(ln))
					}
				}
			}
			if n := len(p.lines); n > 0 && p.lines[n-1].justify {
				t.Errorf("last line %q justified", lineText(p.lines[n-1]))
			}
			if !found {
				t.Errorf("no line ends with %q", tt.underfull)
			}
			if tt.justified != nil && !equalBools(got, tt.justified) {
				var lines []string
				for _, ln := range p.lines {
					lines = append(lines, lineText(ln))
				}
				t.Errorf("justified = %v, want %v; lines %q", got, tt.justified, lines)
			}
		})
	}
}

func equalBools(a, b []bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestSpacesOnThePage checks what is drawn: in the sample documents and a
// document of long addresses in narrow columns, no space between two
// words of body text in the regular face (bold terms stand in their own
// column, table cells are smaller) is wider than 1+maxStretch natural
// spaces.
func TestSpacesOnThePage(t *testing.T) {
	long := doc.Para(doc.Text("Per esercitare i diritti scrivere a "),
		doc.L("mailto:responsabile.protezione.dati@studio-legale-associato.example", "responsabile.protezione.dati@studio-legale-associato.example"),
		doc.Text(" oppure consultare "), doc.L("https://www.nuvolasoftware.example/privacy/assistenza-clienti/informativa", ""),
		doc.Text("; IBAN per i rimborsi IT60X0542811101000000123456, intestato al titolare."))
	docs := map[string]*doc.Document{
		"sample":    sampleDocument(),
		"long-word": hostileDocs["long-word"](),
		"addresses": {Blocks: []doc.Block{
			doc.Sec("Contatti", long,
				doc.Defs(doc.Definition{Term: []doc.Inline{doc.Text("Email")}, Description: []doc.Block{long}}),
				doc.Note{Title: "Nota", Blocks: []doc.Block{long}},
				doc.List{Items: []doc.ListItem{doc.Item(doc.List{Items: []doc.ListItem{doc.Item(doc.List{Items: []doc.ListItem{doc.Item(long)}})}})}},
			),
		}},
	}
	space := func(o op) float64 { return 1.0001 * (1 + maxStretch) * bodyLikeSpace(o) }
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			l := mustLayout(t, d, Options{})
			checkBounds(t, l)
			for pi, p := range l.pages {
				lines := map[float64][]op{}
				for _, o := range p.ops {
					if o.kind == opText {
						lines[o.y] = append(lines[o.y], o)
					}
				}
				for _, ops := range lines {
					sort.Slice(ops, func(a, b int) bool { return ops[a].x < ops[b].x })
					for i := 1; i < len(ops); i++ {
						prev, o := ops[i-1], ops[i]
						if prev.size != bodyStyle.size || o.size != bodyStyle.size || prev.style != regular || o.style != regular {
							continue
						}
						gap := o.x - (prev.x + l.textWidth(prev))
						if gap > space(o) {
							t.Errorf("page %d: %.2f mm between %q and %q, more than %.2f", pi+1, gap, prev.text, o.text, space(o))
						}
					}
				}
			}
		})
	}
}

// bodyLikeSpace is the natural width of a space in the face and size of o.
func bodyLikeSpace(o op) float64 {
	m, _ := metrics()
	return m.runeWidth(o.style, o.size, ' ')
}

// TestBreakLongWords checks that a word wider than the measure breaks
// after a separator of addresses and paths, never inside "://" or after
// a final full stop, and between characters only when it has no
// separator that fits.
func TestBreakLongWords(t *testing.T) {
	l := mustLayout(t, &doc.Document{}, Options{})
	tests := []struct {
		name  string
		in    []doc.Inline
		width float64
		want  []string
	}{
		{"email", []doc.Inline{doc.Text("responsabile.protezione@nuvolasoftware.example")}, 45,
			[]string{"responsabile.protezione@", "nuvolasoftware.example"}},
		{"email in a narrow column", []doc.Inline{doc.Text("responsabile.protezione@nuvolasoftware.example")}, 30,
			[]string{"responsabile.", "protezione@", "nuvolasoftware.", "example"}},
		{"email in a sentence", []doc.Inline{doc.Text("Scrivi a responsabile.protezione.dati@nuvolasoftware.example.")}, 60,
			[]string{"Scrivi a responsabile.protezione.", "dati@nuvolasoftware.example."}},
		{"URL", []doc.Inline{doc.L("https://www.nuvolasoftware.example/privacy/assistenza", "")}, 40,
			[]string{"https://www.", "nuvolasoftware.example/", "privacy/assistenza"}},
		{"URL scheme kept whole", []doc.Inline{doc.Text("https://abcdefghijklmnopqrstuvwxyz.example")}, 35,
			[]string{"https://", "abcdefghijklmnopqrst", "uvwxyz.example"}},
		{"underscores and hyphens", []doc.Inline{doc.Text("registro_trattamenti-2026-versione_definitiva")}, 40,
			[]string{"registro_trattamenti-", "2026-versione_definitiva"}},
		{"separator between styles", []doc.Inline{doc.B("grassetto-lunghissimo-"), doc.Text("poitestonormale")}, 45,
			[]string{"grassetto-lunghissimo-", "poitestonormale"}},
		{"IBAN cut between characters", []doc.Inline{doc.Text("IT60X0542811101000000123456")}, 25,
			[]string{"IT60X0542811", "101000000123", "456"}},
		{"final full stop is no break", []doc.Inline{doc.Text("abcdefghijklmnopqrstuvwxyz.")}, 30,
			[]string{"abcdefghijklmnopq", "rstuvwxyz."}},
		{"leading plus is no break", []doc.Inline{doc.Text("+3905155501000000")}, 20,
			[]string{"+390515550", "1000000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := l.setText(tt.in, bodyStyle, tt.width)
			var got []string
			for i, ln := range p.lines {
				got = append(got, lineText(ln))
				if ln.w > tt.width+1e-6 {
					t.Errorf("line %d %q is %.2f mm, measure %.2f", i, lineText(ln), ln.w, tt.width)
				}
				sum := 0.0
				for _, w := range ln.words {
					sum += w.gap
					for _, f := range w.frags {
						sum += f.w
						if d := l.m.width(f.style, bodyStyle.size, f.text); math.Abs(d-f.w) > 1e-6 {
							t.Errorf("fragment %q is %.3f mm wide, measured %.3f", f.text, f.w, d)
						}
					}
				}
				if math.Abs(sum-ln.w) > 1e-6 {
					t.Errorf("line %d width %.3f, its parts %.3f", i, ln.w, sum)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("lines %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBreakAfter(t *testing.T) {
	for _, r := range "@./\\-_?&=#:;,|+~–—" {
		if !breakAfter(r) {
			t.Errorf("no break after %q", r)
		}
	}
	for _, r := range "aZ09 'à€\u00a0(" {
		if breakAfter(r) {
			t.Errorf("break after %q", r)
		}
	}
}

package corpus

import (
	"fmt"
	"testing"
)

func TestDeterministic(t *testing.T) {
	a, b := New(1).Text(5000), New(1).Text(5000)
	if a.Body != b.Body || fmt.Sprint(a.Planted) != fmt.Sprint(b.Planted) {
		t.Fatal("same seed, different text")
	}
	if New(2).Text(5000).Body == a.Body {
		t.Fatal("different seeds, same text")
	}
	ta, tb := New(3).Tickets(5), New(3).Tickets(5)
	if fmt.Sprintf("%+v", ta) != fmt.Sprintf("%+v", tb) {
		t.Fatal("same seed, different tickets")
	}
}

func TestPlantedSpans(t *testing.T) {
	text := New(4).Text(20000)
	last := 0
	for _, p := range text.Planted {
		if p.Start < last || p.End <= p.Start || p.End > len(text.Body) {
			t.Fatalf("bad span %+v", p)
		}
		last = p.End
	}
	if len(text.Planted) < 10 {
		t.Fatalf("only %d identifiers in 20 kB", len(text.Planted))
	}
}

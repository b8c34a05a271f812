package xlsx

import (
	"bytes"
	"math/rand"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/doc"
)

func TestHangProbe(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	alphabet := []string{"a", "0", " ", "'", "[", "\x00", "\n", "\r", "é", "e\u0300", "\xff", ",", "\"", "=", "_x0041_", "History", "lists", "😀", "\uFFFE", "&", "<"}
	rnd := func() string {
		n := r.Intn(12)
		var b []byte
		for range n {
			if r.Intn(3) == 0 {
				b = append(b, byte(r.Intn(256)))
			} else {
				b = append(b, alphabet[r.Intn(len(alphabet))]...)
			}
		}
		return string(b)
	}
	for i := range 3000 {
		name, text, choice := rnd(), rnd(), rnd()
		done := make(chan error, 1)
		go func() {
			wb := &doc.Workbook{Meta: doc.Meta{Title: name}}
			for range 2 {
				wb.Sheets = append(wb.Sheets, doc.Sheet{Name: name, Columns: []doc.SheetColumn{{Title: text, Choices: []string{choice, "x"}}}, Rows: [][]string{{text}}})
			}
			wb.Sheets[0].Form = true
			var buf bytes.Buffer
			done <- Render(&buf, wb, Options{})
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("%d: %q %q %q: %v", i, name, text, choice, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%d: hang on %q %q %q", i, name, text, choice)
		}
	}
}

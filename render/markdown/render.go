package markdown

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// Options configure [Render]. The zero value is the default; there is
// nothing to configure yet.
type Options struct{}

// ErrNilDocument is returned by [Render] when it is given no document.
var ErrNilDocument = errors.New("markdown: nil document")

// Render writes d to w as CommonMark with GFM tables. An empty document
// writes nothing.
func Render(w io.Writer, d *doc.Document, opts Options) error {
	if d == nil {
		return ErrNilDocument
	}
	var parts []string
	add := func(s string) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if t := plainText(d.Meta.Title, inHeading); t != "" {
		add("# " + t)
	}
	if s := plainText(d.Meta.Subtitle, inParagraph); s != "" {
		add(emphasised(s))
	}
	var prevList byte
	if d.Meta.HasControl() {
		c := control(&d.Meta, d.Meta.Label())
		add(c.text)
		prevList = c.list
	}
	add(blocksAfter(d.Blocks, 1, prevList).text)
	if len(parts) == 0 {
		return nil
	}
	if _, err := io.WriteString(w, strings.Join(parts, "\n\n")+"\n"); err != nil {
		return fmt.Errorf("markdown: write: %w", err)
	}
	return nil
}

// emphasised puts a whole paragraph in italics. At the edges of a
// paragraph the delimiters always count, whatever the text begins or ends
// with.
func emphasised(s string) string { return "*" + s + "*" }

// strong puts a whole paragraph or label in bold, as emphasised does.
func strong(s string) string { return "**" + s + "**" }

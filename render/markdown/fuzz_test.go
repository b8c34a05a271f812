package markdown_test

import (
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/render/markdown"
)

// FuzzRender renders a document with the fuzzed text in every position
// and the fuzzed URL on every link: no error, no panic, no raw "<" from
// the text, no refused link; and a paragraph of the text reads back as
// the text.
func FuzzRender(f *testing.F) {
	for i, s := range hostileTexts {
		f.Add(s, hostileURLs[i%len(hostileURLs)])
	}
	f.Fuzz(func(t *testing.T, s, url string) {
		var b strings.Builder
		if err := markdown.Render(&b, hostileDocument(s, url), markdown.Options{}); err != nil {
			t.Fatalf("Render: %v", err)
		}
		checkOutput(t, b.String())

		b.Reset()
		if err := markdown.Render(&b, &doc.Document{Blocks: []doc.Block{doc.P(s)}}, markdown.Options{}); err != nil {
			t.Fatalf("Render: %v", err)
		}
		if got, want := unescape(strings.TrimSuffix(b.String(), "\n")), visible(s); got != want {
			t.Fatalf("paragraph %q reads %q, want %q", b.String(), got, want)
		}
	})
}

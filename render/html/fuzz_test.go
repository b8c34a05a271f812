package html_test

import (
	"bytes"
	"testing"

	"github.com/gdprkit/gdprkit/render/html"
)

// FuzzRender renders a document with the fuzzed text in every position
// and the fuzzed URL on every link: no error, no panic, a well-formed page
// without scripts.
func FuzzRender(f *testing.F) {
	for i, s := range hostileTexts {
		f.Add(s, hostileURLs[i%len(hostileURLs)])
	}
	f.Fuzz(func(t *testing.T, s, url string) {
		var b bytes.Buffer
		if err := html.Render(&b, hostileDocument(s, url), html.Options{TOC: true}); err != nil {
			t.Fatalf("Render: %v", err)
		}
		checkPage(t, b.String())
	})
}

package html_test

import (
	"io"
	"testing"

	"github.com/gdprkit/gdprkit/internal/doctest"
	"github.com/gdprkit/gdprkit/render/html"
)

func BenchmarkRender(b *testing.B) {
	d := doctest.Large(1000)
	b.ReportAllocs()
	for b.Loop() {
		if err := html.Render(io.Discard, d, html.Options{TOC: true}); err != nil {
			b.Fatal(err)
		}
	}
}

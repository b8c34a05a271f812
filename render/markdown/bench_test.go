package markdown_test

import (
	"io"
	"testing"

	"github.com/gdprkit/gdprkit/internal/doctest"
	"github.com/gdprkit/gdprkit/render/markdown"
)

func BenchmarkRender(b *testing.B) {
	d := doctest.Large(1000)
	b.ReportAllocs()
	for b.Loop() {
		if err := markdown.Render(io.Discard, d, markdown.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

package markdown_test

import (
	"os"
	"testing"

	"github.com/gdprkit/gdprkit/render/markdown"
)

func TestZZ(t *testing.T) {
	f, _ := os.Create("/tmp/x.md")
	defer f.Close()
	markdown.Render(f, sampleDocument(), markdown.Options{})
}

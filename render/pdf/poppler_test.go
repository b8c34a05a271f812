package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPdftotext reads the sample back with poppler, a real PDF client,
// when it is installed: every accented letter and the euro sign must
// come back, and no U+FFFD.
func TestPdftotext(t *testing.T) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed")
	}
	d := sampleDocument()
	d.Blocks = append(d.Blocks, hostileDocs["scripts"]().Blocks...)
	var buf bytes.Buffer
	if err := Render(&buf, d, Options{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "sample.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-raw", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{
		"Registro delle attività di trattamento",
		"àèéìòù ÀÈÉÌÒÙ çÇ ñÑ äöüß ÄÖÜ åÅ æÆ øØ œŒ ÿŸ ł Ł ő ű č š ž ř ě ą ę ș ț ğ ı İ €",
		"1.200 € all'anno", "café città perché São Paulo", "Pagina 1 di", "àèéìòù €",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext output lacks %q", want)
		}
	}
	if strings.ContainsRune(text, '\ufffd') {
		t.Error("pdftotext output has U+FFFD")
	}
}

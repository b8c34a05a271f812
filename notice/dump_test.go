package notice

import (
	"os"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	for _, n := range nuvolaNotices() {
		for _, lang := range []string{"it", "en"} {
			d, _ := Document(nuvolaOrg(), nuvolaRegister(), n, lang, nuvolaDate)
			os.WriteFile("/tmp/notice-"+n.ID+"."+lang+".txt", []byte(doc.DocumentText(d.Blocks)), 0o644)
			d, _ = FirstLayer(nuvolaOrg(), nuvolaRegister(), n, lang, nuvolaDate)
			os.WriteFile("/tmp/notice-"+n.ID+"-short."+lang+".txt", []byte(doc.DocumentText(d.Blocks)), 0o644)
		}
	}
	r := Check(nuvolaOrg(), nuvolaRegister(), nuvolaNotices(), nuvolaDate)
	for _, d := range r.Diagnostics {
		t.Log(d.Format("en"))
	}
}

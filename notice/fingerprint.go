package notice

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
	"github.com/gdprkit/gdprkit/register"
)

// Fingerprint returns the content fingerprint of notice n: the SHA-256, in
// lower-case hex, of the normalised text of the full notice in every
// language gdprkit renders (Italian, then English).
//
// It covers what the data subject reads and nothing else: the notice's
// version and date, the document metadata and formatting are left out,
// and text is normalised (Unicode NFC, runs of white space collapsed,
// blank lines dropped). A pipeline that stores the fingerprint of the
// published notice can so tell when a change to the register or the pack
// altered the notice, and a new version is due (Art. 13(3), 14(4)).
func Fingerprint(org *gdpr.Organisation, reg *register.Register, n Notice, date time.Time) string {
	return resolve(org, reg, n, 0, date).fingerprint()
}

func (v *view) fingerprint() string { return v.fingerprintWith("", nil) }

// fingerprintWith is fingerprint reusing the content already built for
// lang, so a document does not build its own body twice.
func (v *view) fingerprintWith(lang string, built []doc.Block) string {
	h := sha256.New()
	for _, l := range i18n.Languages {
		blocks := built
		if l != lang || built == nil {
			blocks = v.content(l)
		}
		h.Write([]byte(l + "\n"))
		h.Write([]byte(normalise(doc.DocumentText(blocks))))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// normalise returns s in NFC with white space collapsed within lines and
// blank lines dropped, each line ended by "\n".
func normalise(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(norm.NFC.String(s), "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			b.WriteString(strings.Join(f, " "))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

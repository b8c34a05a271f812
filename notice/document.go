package notice

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
	"github.com/gdprkit/gdprkit/register"
)

// ErrLanguage is wrapped by the error of a document asked for in a
// language the catalogs lack.
var ErrLanguage = errors.New("unsupported language")

// Document returns the full notice n in lang ("it" or "en"), derived from
// the organisation and the register as they stand on date (the pack's
// date: adequacy decisions are looked up on it, and it dates the notice
// when n.Date is empty).
//
// The document follows the Italian structure the Garante's guidance uses:
// controller, DPO, personal data, purposes and legal bases, whether the
// data must be provided, automated decisions, recipients, transfers,
// retention, rights, consent withdrawal, complaint, changes. The right to
// object, when it applies, is a note of its own right after the opening
// (Art. 21(4)). Missing data show as "DA COMPLETARE / TO BE COMPLETED"
// markers; [Check] reports them.
func Document(org *gdpr.Organisation, reg *register.Register, n Notice, lang string, date time.Time) (*doc.Document, error) {
	if !i18n.Supported(lang) {
		return nil, fmt.Errorf("notice %s: %w: %q", n.ID, ErrLanguage, lang)
	}
	v := resolve(org, reg, n, 0, date)
	body := v.content(lang)
	m := v.meta(lang, tr(lang, v.subtitleKey()), v.fingerprintWith(lang, body))
	return &doc.Document{Meta: m, Blocks: append(body, v.updatesSection(lang))}, nil
}

// content is the body of the full notice without its date and version:
// what [Fingerprint] hashes.
func (v *view) content(lang string) []doc.Block {
	b := []doc.Block{v.intro(lang)}
	if v.mustShowObjection() {
		b = append(b, v.objectionNote(lang))
	}
	b = append(b, v.controllerSection(lang))
	if v.org.DPO != nil {
		b = append(b, v.dpoSection(lang))
	}
	b = append(b, v.dataSection(lang))
	b = append(b, v.extraSections(lang)...)
	if v.needsSource() {
		b = append(b, v.sourceSection(lang))
	}
	b = append(b, v.purposesSection(lang))
	if v.kind() == Art13 {
		b = append(b, v.provisionSection(lang))
	}
	b = append(b, v.automatedSection(lang), v.recipientsSection(lang), v.transfersSection(lang),
		v.retentionSection(lang), v.rightsSection(lang))
	if v.hasConsent() {
		b = append(b, v.withdrawSection(lang))
	}
	return append(b, v.complaintSection(lang))
}

func (v *view) subtitleKey() string {
	if v.kind() == Art14 {
		return "subtitle_art14"
	}
	return "subtitle_art13"
}

// title is the notice's title in lang.
func (v *view) title(lang string) string {
	if !v.n.Title.IsEmpty() {
		return v.n.Title.In(lang)
	}
	return tr(lang, "title")
}

// intro is the notice's own opening, or the standard one naming the
// audience, the controller and the activities.
func (v *view) intro(lang string) doc.Block {
	if !v.n.Intro.IsEmpty() {
		return doc.P(v.n.Intro.In(lang))
	}
	names := make([]string, len(v.acts))
	for i, x := range v.acts {
		names[i] = quote(lang, x.a.Name.In(lang))
	}
	controller := in(missing(lang))
	if v.org.Controller.Name != "" {
		controller = str(v.org.Controller.Name)
	}
	return para(lang, "intro", str(strings.Join(v.audienceNames(lang), ", ")), controller, str(strings.Join(names, ", ")))
}

// updatesSection dates the notice and promises information before any
// further processing (Art. 13(3), 14(4)).
func (v *view) updatesSection(lang string) doc.Section {
	s := doc.Sec(tr(lang, "sec_updates"), para(lang, "updates_further", str(cite(lang, v.article("Art. 13(3)", "Art. 14(4)")))))
	return doc.Sec(s.Title, append(s.Blocks, v.versionLine(lang))...)
}

// versionLine states the notice's version and date.
func (v *view) versionLine(lang string) doc.Paragraph {
	date := doc.FormatDate(v.noticeDate())
	if v.n.Version != "" {
		return para(lang, "updates_version", str(v.n.Version), str(date))
	}
	return para(lang, "updates_date", str(date))
}

// meta is the document metadata; the identifier carries the content
// fingerprint, so a reader can match a printed notice to its source.
func (v *view) meta(lang, subtitle, fp string) doc.Meta {
	m := doc.Meta{
		Title:          v.title(lang),
		Subtitle:       subtitle,
		Language:       lang,
		Identifier:     FileBase(v.n.ID) + " · SHA-256 " + fp[:16],
		Version:        v.n.Version,
		Date:           v.noticeDate(),
		Classification: tr(lang, "classification"),
		Subject:        tr(lang, "subject"),
		Keywords:       []string{"GDPR", v.kind().Article(), "sha256:" + fp},
		Labels:         i18n.DocLabels(lang),
	}
	if v.org.Controller.Name != "" {
		m.Authors = []string{v.org.Controller.Name}
	}
	return m
}

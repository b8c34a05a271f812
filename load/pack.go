package load

import (
	"time"

	"github.com/gdprkit/gdprkit/breach"
	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/notice"
	"github.com/gdprkit/gdprkit/register"
)

// Pack is one organisation's YAML source of truth. Every section is
// optional in each file; the merged pack must have version, language,
// date and controller.
type Pack struct {
	// Version of the pack format; 1.
	Version int `json:"version,omitempty"`
	// Language of free text written as plain strings: "it" or "en".
	Language string `json:"language,omitempty" validate:"omitempty,oneof=it en"`
	// Date is the document date: every output is dated with it, so it is
	// reproducible.
	Date gdpr.Date `json:"date,omitempty" validate:"omitempty,date"`
	// Controller is the organisation, as controller.
	Controller gdpr.Party `json:"controller,omitzero"`
	// Representative is the Art. 27 representative in the Union.
	Representative *gdpr.Party `json:"representative,omitempty"`
	// DPO is the data protection officer.
	DPO *gdpr.DPO `json:"dpo,omitempty"`
	// Headcount is the number of persons employed (Art. 30(5)).
	Headcount int `json:"headcount,omitempty" validate:"gte=0"`
	// Art27Exemption gives the grounds for having no representative.
	Art27Exemption gdpr.Text `json:"art27_exemption,omitempty"`
	// Register is the Art. 30 register.
	Register register.Register `json:"register,omitzero"`
	// Notices are the privacy notices (Art. 13–14), each derived from the
	// register activities that concern its audience.
	Notices []notice.Notice `json:"notices,omitempty" validate:"dive"`
	// Breach holds the breach response procedure and the breach register
	// (Art. 33–34).
	Breach *breach.Breach `json:"breach,omitempty"`
	// Helpdesk holds the support-data policy: channels and fields, access,
	// impersonation, remote assistance, retention stages, rights.
	Helpdesk *helpdesk.Helpdesk `json:"helpdesk,omitempty"`
}

// Organisation returns the pack's organisation.
func (p *Pack) Organisation() *gdpr.Organisation {
	return &gdpr.Organisation{
		Controller:     p.Controller,
		Representative: p.Representative,
		DPO:            p.DPO,
		Headcount:      p.Headcount,
		Art27Exemption: p.Art27Exemption,
	}
}

// Time returns the pack's date as a time, or the zero time.
func (p *Pack) Time() time.Time { return p.Date.MustTime() }

// Check runs every GDPR rule of every section on an already loaded pack
// and returns the findings, without positions. [Load] calls it; code that
// builds a Pack in Go can call it directly.
func Check(p *Pack) check.Report {
	var r check.Report
	r.Merge(checkPackHeader(p))
	org := p.Organisation()
	r.Merge(register.Check(org, &p.Register, p.Time()))
	r.Merge(notice.Check(org, &p.Register, p.Notices, p.Time()))
	r.Merge(breach.Check(org, &p.Register, p.Breach, p.Time()))
	r.Merge(helpdesk.Check(org, &p.Register, p.Notices, p.Helpdesk, p.Time()))
	return r
}

func checkPackHeader(p *Pack) check.Report {
	var r check.Report
	need := func(path string, missing bool, it, en, hintIT, hintEN string) {
		if missing {
			r.Add(check.Diagnostic{Rule: "PACK", Severity: check.Error, Path: path,
				Message: check.Msg(it, en), Hint: check.Msg(hintIT, hintEN)})
		}
	}
	need("version", p.Version == 0, "manca la versione del formato del pacchetto", "the pack format version is missing", "aggiungere version: 1", "add version: 1")
	need("version", p.Version > 1, "versione del formato non supportata", "unsupported pack format version", "usare version: 1", "use version: 1")
	need("language", p.Language == "", "manca la lingua dei testi", "the language of free text is missing", "aggiungere language: it (o en)", "add language: it (or en)")
	need("date", p.Date == "", "manca la data dei documenti", "the document date is missing", "aggiungere date: AAAA-MM-GG", "add date: YYYY-MM-DD")
	return r
}

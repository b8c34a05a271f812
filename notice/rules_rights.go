package notice

import (
	"fmt"

	"github.com/gdprkit/gdprkit/check"
)

var ruleRightsContact = check.Rule[Subject]{
	ID: "NOTICE-13", Article: "Art. 13(2)(b), 14(2)(c), 12(2)", Severity: check.Error,
	Doc: "RIGHTS: the notice says where to write to exercise the rights: the notice's contact, or the controller's email.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			if v.contact() == "" {
				f.Find(v.path+".contact",
					check.Msg(fmt.Sprintf("l'informativa %s non indica a chi scrivere per esercitare i diritti", v.id()), fmt.Sprintf("notice %s does not say where to write to exercise the rights", v.id())),
					check.Msg("indicare contact (ad es. privacy@example.com) o controller.email", "set contact (e.g. privacy@example.com) or controller.email"))
			}
		})
	},
}

var ruleWithdrawal = check.Rule[Subject]{
	ID: "NOTICE-14", Article: "Art. 13(2)(c), 14(2)(d), 7(3)", Severity: check.Warning,
	Doc: "WITHDRAW: a consent purpose says how to withdraw consent, as easily as it was given.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			for _, p := range v.consentPurposes() {
				if p.p.Withdrawal.IsEmpty() {
					f.Find(p.path+".withdrawal",
						check.Msg(fmt.Sprintf("l'informativa %s dirà solo di scrivere al contatto privacy per revocare il consenso", v.id()), fmt.Sprintf("notice %s will only say to write to the privacy contact to withdraw consent", v.id())),
						check.Msg("descrivere in withdrawal un modo di revocare facile quanto il consenso (ad es. il link di disiscrizione in ogni email)", "describe in withdrawal a way to withdraw as easy as giving consent (e.g. the unsubscribe link in every email)"))
				}
			}
		})
	},
}

var ruleComplaint = check.Rule[Subject]{
	ID: "NOTICE-15", Article: "Art. 13(2)(d), 14(2)(e), 77", Severity: check.Warning,
	Doc: "COMPLAINT: the notice names the competent supervisory authority besides the generic Art. 77 sentence.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			if _, ok := v.authority(); !ok {
				country := v.org.Controller.Country
				f.Find(v.path+".authority",
					check.Msg(fmt.Sprintf("gdprkit non conosce l'autorità di controllo del paese %q: l'informativa %s riporta solo la frase generica dell'art. 77", country, v.id()),
						fmt.Sprintf("gdprkit knows no supervisory authority for country %q: notice %s gives only the generic Art. 77 sentence", country, v.id())),
					check.Msg("indicare authority con nome, indirizzo e sito (in Germania l'autorità del Land), o controller.country", "set authority with name, address and website (in Germany, the Land authority), or controller.country"))
			}
		})
	},
}

var ruleObjection = check.Rule[Subject]{
	ID: "NOTICE-21", Article: "Art. 21(4), 21(5)", Severity: check.Warning,
	Doc: "OBJECT_BOX: where data are used for direct marketing the notice, besides the separate statement it always prints, says how to object in one step.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			if _, marketing := v.objectable(); len(marketing) > 0 && v.n.Objection.IsEmpty() {
				f.Find(v.path+".objection",
					check.Msg(fmt.Sprintf("l'informativa %s riguarda il marketing diretto ma non dice come opporsi in modo semplice", v.id()), fmt.Sprintf("notice %s covers direct marketing but does not say how to object simply", v.id())),
					check.Msg("descrivere in objection il modo di opporsi (ad es. il link «disiscriviti» in ogni messaggio)", "describe in objection how to object (e.g. the \"unsubscribe\" link in every message)"))
			}
		})
	},
}

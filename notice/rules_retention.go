package notice

import (
	"fmt"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

var ruleRetention = check.Rule[Subject]{
	ID: "NOTICE-12", Article: "Art. 13(2)(a), 14(2)(a)", Severity: check.Error,
	Doc: "RETENTION: every activity gives a storage period, or the criteria that set it; \"as long as necessary\" is not a period.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(v *view, x act) {
			if len(x.a.Retention) == 0 {
				f.Find(x.path+".retention",
					check.Msg(fmt.Sprintf("l'informativa %s non può indicare per quanto tempo sono conservati i dati dell'attività %q", v.id(), x.a.ID),
						fmt.Sprintf("notice %s cannot say how long the data of activity %q are kept", v.id(), x.a.ID)),
					check.Msg("aggiungere retention con period (ad es. P10Y) o criterion, per categoria di dati dove i termini differiscono", "add retention with period (e.g. P10Y) or criterion, per data category where terms differ"))
			}
			for k, r := range x.a.Retention {
				p := fmt.Sprintf("%s.retention[%d]", x.path, k)
				if r.Period == "" && r.Criterion.IsEmpty() {
					f.Find(p, check.Msg("termine di conservazione senza periodo né criterio", "retention term with neither a period nor a criterion"),
						check.Msg("indicare period (ISO 8601, ad es. P72M) o criterion", "set period (ISO 8601, e.g. P72M) or criterion"))
					continue
				}
				for _, fld := range []struct {
					name string
					text gdpr.Text
				}{{"criterion", r.Criterion}, {"trigger", r.Trigger}} {
					if phrase := vagueRetention(fld.text); phrase != "" {
						f.FindAs(check.Warning, p+"."+fld.name,
							check.Msg(fmt.Sprintf("termine di conservazione vago: «%s»", phrase), fmt.Sprintf("vague retention term: %q", phrase)),
							check.Msg("indicare un periodo (period) o un criterio verificabile; «per il tempo necessario» non basta", "give a period or a verifiable criterion; \"as long as necessary\" is not enough"))
					}
				}
			}
		})
	},
}

// vagueRetention returns the phrase of t that names no term, or "".
func vagueRetention(t gdpr.Text) string {
	for _, lang := range t.Languages() {
		if gdpr.IsVague(t[lang]) {
			return vagueRetentionPhrase(t[lang])
		}
	}
	if s := t[""]; gdpr.IsVague(s) {
		return vagueRetentionPhrase(s)
	}
	return ""
}

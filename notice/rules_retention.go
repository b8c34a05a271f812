package notice

import (
	"fmt"
	"strings"

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

// retentionPhrases are the wordings that name no storage period: the
// phrases of gdpr.IsVague, matched with the fast word search of vagueIn.
var retentionPhrases = []string{
	"as long as necessary", "as long as is necessary", "as long as needed", "as long as required", "for as long as",
	"indefinitely", "forever", "per il tempo strettamente necessario", "per il tempo necessario", "il tempo necessario",
	"fino a quando sarà necessario", "fino a quando è necessario", "a tempo indeterminato", "per sempre",
}

// vagueRetention returns the phrase of t that names no term, or "".
func vagueRetention(t gdpr.Text) string {
	for _, lang := range append([]string{""}, t.Languages()...) {
		low := strings.ToLower(t[lang])
		for _, p := range retentionPhrases {
			if wordIndex(low, p) >= 0 {
				return p
			}
		}
	}
	return ""
}

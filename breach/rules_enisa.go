package breach

import (
	"fmt"
	"slices"

	"github.com/gdprkit/gdprkit/check"
)

var ruleDPCJustified = check.Rule[Subject]{
	ID: "BRE-11", Article: "ENISA 2013, Annex 1", Severity: check.Error,
	Doc: "Every departure from the basic DPC score of a data type, and every argued final level, has a written justification.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			sv := inc.Severity
			if sv == nil {
				return
			}
			for k, d := range sv.Data {
				dp := fmt.Sprintf("%s.severity.data[%d]", p, k)
				if d.Score != 0 && (d.Score < 1 || d.Score > 4) {
					f.Find(dp+".score",
						check.Msg(fmt.Sprintf("punteggio DPC %d fuori scala (da 1 a 4)", d.Score), fmt.Sprintf("DPC score %d is out of range (1 to 4)", d.Score)),
						check.Msg("indicare un punteggio da 1 a 4", "give a score from 1 to 4"))
					continue
				}
				if d.Adjusted() && d.Justification.IsEmpty() {
					f.Find(dp+".justification",
						check.Msg(fmt.Sprintf("il punteggio DPC %d si discosta dal punteggio di base %d dei dati %s senza una giustificazione scritta", d.Score, d.Type.Base(), d.Type.Label("it")),
							fmt.Sprintf("DPC score %d departs from the basic score %d of %s data without a written justification", d.Score, d.Type.Base(), d.Type.Label("en"))),
						check.Msg("spiegare in justification quale fattore di contesto (volume, titolare, interessati, inesattezza, disponibilità pubblica, natura dei dati) giustifica la modifica",
							"explain in justification which contextual factor (volume, controller, individuals, invalidity, public availability, nature of the data) justifies the change"))
				}
			}
			if sv.ArguedBand != "" && sv.ArguedReasons.IsEmpty() {
				f.Find(p+".severity.argued_reasons",
					check.Msg(fmt.Sprintf("il livello finale %q sostituisce quello calcolato senza motivazione", sv.ArguedBand.Label("it")),
						fmt.Sprintf("the final level %q replaces the computed one without reasons", sv.ArguedBand.Label("en"))),
					check.Msg("motivare in argued_reasons, oppure togliere argued_band", "give the reasons in argued_reasons, or remove argued_band"))
			}
		})
	},
}

var ruleSeverityInputs = check.Rule[Subject]{
	ID: "BRE-12", Article: "ENISA 2013, §2; Art. 33(5)", Severity: check.Warning,
	Doc: "A breach has an ENISA assessment with all three criteria, consistent with its nature and its data categories.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			if !isBreach(inc) {
				return
			}
			sv := inc.Severity
			if sv == nil {
				f.Find(p+".severity",
					check.Msg("manca la valutazione di gravità secondo il metodo ENISA, utile a motivare la valutazione del rischio",
						"the ENISA severity assessment, which supports the risk assessment, is missing"),
					check.Msg("compilare severity: data (tipi di dati e punteggi), ease_of_identification, e gli elementi delle circostanze",
						"fill in severity: data (data types and scores), ease_of_identification, and the circumstances"))
				return
			}
			if len(sv.Data) == 0 {
				f.FindAs(check.Error, p+".severity.data",
					check.Msg("la valutazione ENISA non indica alcun tipo di dati: il DPC non si può calcolare", "the ENISA assessment scores no data type: DPC cannot be computed"),
					check.Msg("aggiungere in severity.data almeno un tipo (simple, behavioural, financial, sensitive)", "add at least one type under severity.data (simple, behavioural, financial, sensitive)"))
			}
			if sv.EaseOfIdentification == "" {
				f.FindAs(check.Error, p+".severity.ease_of_identification",
					check.Msg("la valutazione ENISA non indica la facilità di identificazione (EI)", "the ENISA assessment has no ease of identification (EI)"),
					check.Msg("indicare negligible, limited, significant o maximum", "give negligible, limited, significant or maximum"))
			}
			element := func(set bool, n Nature, field string) {
				if set && !slices.Contains(inc.Nature, n) {
					f.Find(p+".severity."+field,
						check.Msg(fmt.Sprintf("è valutata la perdita di %s, ma nature non la elenca", n.Label("it")), fmt.Sprintf("a loss of %s is scored, but nature does not list it", n.Label("en"))),
						check.Msg("allineare severity e nature", "make severity and nature agree"))
				}
			}
			element(sv.Confidentiality != "", Confidentiality, "confidentiality")
			element(sv.Integrity != "", Integrity, "integrity")
			element(sv.Availability != "", Availability, "availability")
			if s.hasSpecial(inc) && !slices.ContainsFunc(sv.Data, func(d DataScore) bool { return d.Type == Sensitive }) {
				f.Find(p+".severity.data",
					check.Msg("l'incidente riguarda categorie particolari di dati (art. 9) ma nessun dato è valutato come sensibile",
						"the incident involves special categories of data (Art. 9) but no data are scored as sensitive"),
					check.Msg("aggiungere una voce type: sensitive (con score e justification se il contesto ne riduce il peso)",
						"add an entry with type: sensitive (with score and justification if the context lowers it)"))
			}
		})
	},
}

// hasSpecial reports whether the incident involves an Art. 9 or 10
// category of the register.
func (s Subject) hasSpecial(inc *Incident) bool {
	for _, id := range inc.DataCategories {
		if c, ok := s.Register.DataCategory(id); ok && (c.Special || c.Criminal) {
			return true
		}
	}
	return false
}

var ruleUnlikelyButSevere = check.Rule[Subject]{
	ID: "BRE-13", Article: "Art. 33(1); ENISA 2013 §2.4", Severity: check.Warning,
	Doc: "A breach judged unlikely to result in a risk does not keep an ENISA severity of high or very high; argue a lower final level with reasons, or review the risk.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(_ int, inc *Incident, p string) {
			if inc.Risk.Level != Unlikely {
				return
			}
			sc := inc.Score()
			if !sc.Assessed || sc.Final.Rank() < High.Rank() {
				return
			}
			f.Find(p+".risk.level",
				check.Msg(fmt.Sprintf("il rischio è ritenuto improbabile ma la gravità ENISA è %s (SE %s): in caso di dubbio conviene notificare",
					sc.Final.Label("it"), formatScore(sc.SE, "it")),
					fmt.Sprintf("the risk is deemed unlikely but the ENISA severity is %s (SE %s): when in doubt, notify",
						sc.Final.Label("en"), formatScore(sc.SE, "en"))),
				check.Msg("rivedere la valutazione del rischio, oppure indicare severity.argued_band con le ragioni in severity.argued_reasons", "review the risk assessment, or give severity.argued_band with the reasons in severity.argued_reasons"))
		})
	},
}

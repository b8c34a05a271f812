package notice

import (
	"fmt"

	"github.com/gdprkit/gdprkit/check"
)

var ruleSource = check.Rule[Subject]{
	ID: "NOTICE-17", Article: "Art. 14(2)(f)", Severity: check.Error,
	Doc: "SOURCE: an Art. 14 notice names the source of the data and whether it is public; \"from third parties\" is not a source.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			own := v.n.Obtained != nil && !v.n.Obtained.Source.IsEmpty()
			if v.kind() == Art14 && !own && len(v.sources()) == 0 {
				f.Find(v.path+".obtained.source",
					check.Msg(fmt.Sprintf("l'informativa %s (art. 14) non indica da dove provengono i dati", v.id()), fmt.Sprintf("notice %s (Art. 14) does not say where the data come from", v.id())),
					check.Msg("indicare obtained.source, o sources nelle attività (con public: true se la fonte è accessibile al pubblico)", "set obtained.source, or sources in the activities (with public: true for a publicly accessible source)"))
			}
			if v.kind() == Art13 && len(v.sources()) > 0 {
				f.FindAs(check.Info, v.path+".kind",
					check.Msg(fmt.Sprintf("alcune attività dell'informativa %s ottengono dati presso terzi: l'informativa ne indica la fonte (art. 14)", v.id()),
						fmt.Sprintf("activities of notice %s obtain data from other sources: the notice names them (Art. 14)", v.id())),
					check.Msg("valutare kind: art14 e obtained.timing per i dati non raccolti presso l'interessato", "consider kind: art14 and obtained.timing for the data not collected from the data subject"))
			}
			if own && vagueTextMatch(v.n.Obtained.Source) {
				f.FindAs(check.Warning, v.path+".obtained.source", vagueSourceMsg, vagueSourceHint)
			}
			for _, src := range v.sources() {
				if vagueTextMatch(src.s.Description) {
					f.FindAs(check.Warning, src.path+".description", vagueSourceMsg, vagueSourceHint)
				}
			}
		})
	},
}

var (
	vagueSourceMsg  = check.Msg("la fonte dei dati non è specifica", "the source of the data is not specific")
	vagueSourceHint = check.Msg("nominare la fonte; se non è possibile, indicarne natura (pubblica o privata), settore e luogo (UE o extra UE)",
		"name the source; where that is not possible, give its nature (public or private), sector and location (EU or not)")
)

var ruleTiming = check.Rule[Subject]{
	ID: "NOTICE-18", Article: "Art. 14(3)", Severity: check.Warning,
	Doc: "An Art. 14 notice records when it is given: within one month, at the first contact or at the first disclosure.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			if v.kind() == Art14 && (v.n.Obtained == nil || v.n.Obtained.Timing == "") {
				f.Find(v.path+".obtained.timing",
					check.Msg(fmt.Sprintf("l'informativa %s (art. 14) non indica quando viene fornita", v.id()), fmt.Sprintf("notice %s (Art. 14) does not record when it is given", v.id())),
					check.Msg("indicare obtained.timing: within_one_month, first_contact o first_disclosure (vale il primo che si verifica)", "set obtained.timing: within_one_month, first_contact or first_disclosure (the earliest applies)"))
			}
		})
	},
}

var ruleExemption = check.Rule[Subject]{
	ID: "NOTICE-19", Article: "Art. 13(4), 14(5)", Severity: check.Error,
	Doc: "An exemption from informing is documented and fits the notice: Art. 13 allows only \"already informed\"; disproportionate effort needs measures, including publication; law and secrecy need their reference.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			if v.n.Obtained == nil || v.n.Obtained.Exemption == nil {
				return
			}
			e, p := v.n.Obtained.Exemption, v.path+".obtained.exemption"
			if v.kind() == Art13 && e.Ground != AlreadyInformed && e.Ground != "" {
				f.Find(p+".ground", check.Msg("per i dati raccolti presso l'interessato l'unica esenzione è che l'interessato disponga già delle informazioni (art. 13(4))", "for data collected from the data subject the only exemption is that the subject already has the information (Art. 13(4))"),
					check.Msg("usare ground: already_informed, oppure kind: art14 se i dati non sono raccolti presso l'interessato", "use ground: already_informed, or kind: art14 if the data are not collected from the data subject"))
			}
			if e.Assessment == "" {
				f.Find(p+".assessment", check.Msg("l'esenzione non rimanda a una valutazione documentata", "the exemption references no documented assessment"),
					check.Msg("indicare in assessment il documento che motiva l'esenzione (le esenzioni si interpretano restrittivamente)", "reference in assessment the document that justifies the exemption (exemptions are read narrowly)"))
			}
			switch {
			case e.Ground == DisproportionateEffort && e.Measures.IsEmpty():
				f.Find(p+".measures", check.Msg("l'esenzione per sforzo sproporzionato richiede misure appropriate, compresa la pubblicazione delle informazioni", "the disproportionate-effort exemption requires appropriate measures, including making the information publicly available"),
					check.Msg("descrivere in measures le misure, ad es. la pubblicazione di questa informativa sul sito", "describe the measures, e.g. publishing this notice on the website"))
			case (e.Ground == LaidDownByLaw || e.Ground == ProfessionalSecrecy) && e.LawReference == "":
				f.Find(p+".law_reference", check.Msg("l'esenzione non cita la norma su cui si fonda", "the exemption cites no law it rests on"),
					check.Msg("indicare in law_reference la norma (ad es. l'articolo di legge sul segreto professionale)", "cite the law in law_reference (e.g. the article on professional secrecy)"))
			}
		})
	},
}

package notice

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

var rulePurposeBasis = check.Rule[Subject]{
	ID: "NOTICE-06", Article: "Art. 13(1)(c), 14(1)(c)", Severity: check.Error,
	Doc: "PURPOSE_BASIS: every activity a notice covers states its purposes, each with its own legal basis.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(v *view, x act) {
			if len(x.a.Purposes) == 0 {
				f.Find(x.path+".purposes",
					check.Msg(fmt.Sprintf("l'attività %q, nell'informativa %s, non indica alcuna finalità", x.a.ID, v.id()), fmt.Sprintf("activity %q, in notice %s, states no purpose", x.a.ID, v.id())),
					check.Msg("aggiungere le finalità con description e legal_basis", "add the purposes with description and legal_basis"))
			}
			for k, p := range x.a.Purposes {
				pp := fmt.Sprintf("%s.purposes[%d]", x.path, k)
				if p.Description.IsEmpty() {
					f.Find(pp+".description", check.Msg("finalità senza descrizione", "purpose without a description"),
						check.Msg("descrivere la finalità in modo specifico", "describe the purpose specifically"))
				}
				if p.LegalBasis == "" {
					f.Find(pp+".legal_basis",
						check.Msg(fmt.Sprintf("l'informativa %s mostrerebbe una finalità senza base giuridica", v.id()), fmt.Sprintf("notice %s would show a purpose without a legal basis", v.id())),
						check.Msg("indicare legal_basis per ogni finalità: le basi vanno associate a ciascuna finalità", "set legal_basis for every purpose: bases must be mapped per purpose"))
				}
			}
		})
	},
}

var ruleSpecialBasis = check.Rule[Subject]{
	ID: "NOTICE-07", Article: "Art. 9(2), 10", Severity: check.Error,
	Doc: "PURPOSE_BASIS: special categories of data come with their Art. 9(2) condition, criminal-offence data with their Art. 10 basis.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(v *view, x act) {
			if v.reg.HasSpecial(x.a) && len(x.a.SpecialConditions) == 0 {
				f.Find(x.path+".special_conditions",
					check.Msg(fmt.Sprintf("l'attività %q tratta categorie particolari di dati ma non indica la condizione dell'art. 9(2)", x.a.ID),
						fmt.Sprintf("activity %q processes special categories of data but states no Art. 9(2) condition", x.a.ID)),
					check.Msg("indicare special_conditions, ad es. [explicit_consent] o [employment]", "set special_conditions, e.g. [explicit_consent] or [employment]"))
			}
			if v.reg.HasCriminal(x.a) && x.a.CriminalBasis.IsEmpty() {
				f.Find(x.path+".criminal_basis",
					check.Msg(fmt.Sprintf("l'attività %q tratta dati relativi a condanne penali e reati ma non indica la norma che lo autorizza", x.a.ID),
						fmt.Sprintf("activity %q processes criminal-offence data but names no law that authorises it", x.a.ID)),
					check.Msg("indicare criminal_basis, ad es. «art. 2-octies Codice privacy»", "set criminal_basis, e.g. \"art. 2-octies Italian privacy code\""))
			}
		})
	},
}

// restatedInterest matches a legitimate interest that only names itself
// ("our legitimate interests", "legittimo interesse del titolare").
var restatedInterest = regexp.MustCompile(`(?i)^\s*(our|the|il|nostro|del|della|dell'|of|controller|titolare|company|società|business|aziendale|legitimate|legittimo|legittimi|interest|interests|interesse|interessi|\s|[.,;:])*$`)

var ruleLegitimateInterest = check.Rule[Subject]{
	ID: "NOTICE-08", Article: "Art. 13(1)(d), 14(2)(b)", Severity: check.Error,
	Doc: "LEGIT_INT: a purpose based on legitimate interests names the interest itself, not just \"our legitimate interests\".",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			for _, p := range v.legitimateInterests() {
				li := p.p.LegitimateInterest
				switch {
				case li.IsEmpty():
					f.Find(p.path+".legitimate_interest",
						check.Msg(fmt.Sprintf("l'informativa %s non può indicare il legittimo interesse perseguito", v.id()), fmt.Sprintf("notice %s cannot state the legitimate interest pursued", v.id())),
						check.Msg("descrivere in legitimate_interest l'interesse concreto (ad es. «verificare la qualità di ogni intervento di assistenza»)", "describe the actual interest in legitimate_interest (e.g. \"check the quality of each support intervention\")"))
				case restatedOnly(li):
					f.FindAs(check.Warning, p.path+".legitimate_interest",
						check.Msg("il legittimo interesse si limita a nominare sé stesso", "the legitimate interest only names itself"),
						check.Msg("dire quale interesse concreto si persegue; «i nostri legittimi interessi» non basta", "say which actual interest is pursued; \"our legitimate interests\" is not enough"))
				}
			}
		})
	},
}

func restatedOnly(t gdpr.Text) bool {
	for _, s := range t {
		if strings.TrimSpace(s) != "" && restatedInterest.MatchString(s) {
			return true
		}
	}
	return false
}

var ruleDataCategories = check.Rule[Subject]{
	ID: "NOTICE-09", Article: "Art. 14(1)(d)", Severity: check.Error,
	Doc: "DATA_CATS: an Art. 14 notice lists the categories of personal data (good practice in Art. 13 notices too), and every category exists in the catalog.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(v *view, x act) {
			if len(x.a.DataCategories) == 0 {
				sev := check.Error
				if v.kind() == Art13 {
					sev = check.Warning
				}
				f.FindAs(sev, x.path+".data_categories",
					check.Msg(fmt.Sprintf("l'attività %q non indica le categorie di dati: l'informativa %s non può elencarle", x.a.ID, v.id()),
						fmt.Sprintf("activity %q names no data categories: notice %s cannot list them", x.a.ID, v.id())),
					check.Msg("elencare in data_categories gli id di register.data_categories", "list ids of register.data_categories in data_categories"))
			}
			for k, id := range x.a.DataCategories {
				if _, ok := v.reg.DataCategory(id); !ok {
					f.Find(fmt.Sprintf("%s.data_categories[%d]", x.path, k),
						check.Msg(fmt.Sprintf("la categoria di dati %q non è nel catalogo register.data_categories", id), fmt.Sprintf("data category %q is not in the register.data_categories catalog", id)),
						check.Msg("usare un id del catalogo o aggiungere la categoria", "use an id of the catalog or add the category"))
				}
			}
		})
	},
}

var ruleProvision = check.Rule[Subject]{
	ID: "NOTICE-16", Article: "Art. 13(2)(e)", Severity: check.Error,
	Doc: "STAT_CONTR: an Art. 13 notice says whether providing the data is a statutory or contractual requirement and what happens if they are not provided.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(v *view, x act) {
			if v.kind() == Art13 && x.a.Provision.IsEmpty() {
				f.Find(x.path+".provision",
					check.Msg(fmt.Sprintf("l'informativa %s non può dire se fornire i dati dell'attività %q è obbligatorio e cosa succede se non li si fornisce", v.id(), x.a.ID),
						fmt.Sprintf("notice %s cannot say whether providing the data of activity %q is required and what happens if they are not provided", v.id(), x.a.ID)),
					check.Msg("scrivere in provision quali dati sono obbligatori e perché (legge, contratto) e le conseguenze del mancato conferimento", "state in provision which data are required and why (law, contract) and the consequences of not providing them"))
			}
		})
	},
}

// minLogic is the shortest description of an automated decision's logic
// that can be meaningful; "we use algorithms" is not (CJEU C-203/22).
const minLogic = 60

var ruleAutomated = check.Rule[Subject]{
	ID: "NOTICE-20", Article: "Art. 13(2)(f), 14(2)(g)", Severity: check.Error,
	Doc: "ADM: automated decisions and profiling come with meaningful information about the logic, the significance and the consequences.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			for _, x := range v.automated() {
				d, p := x.a.AutomatedDecisions, x.path+".automated_decisions"
				if d.Logic.IsEmpty() {
					f.Find(p+".logic", check.Msg(fmt.Sprintf("l'informativa %s non spiega la logica della decisione automatizzata dell'attività %q", v.id(), x.a.ID),
						fmt.Sprintf("notice %s does not explain the logic of the automated decision of activity %q", v.id(), x.a.ID)),
						check.Msg("descrivere in logic quali dati e criteri si usano e come incidono sul risultato", "describe in logic which data and criteria are used and how they affect the result"))
				} else if len([]rune(d.Logic.In("en"))) < minLogic {
					f.FindAs(check.Warning, p+".logic", check.Msg("la descrizione della logica è troppo breve per essere significativa", "the description of the logic is too short to be meaningful"),
						check.Msg("spiegare i dati usati, i criteri e il loro peso; la sola menzione di un algoritmo non basta (CGUE C-203/22)", "explain the data used, the criteria and their weight; mentioning an algorithm is not enough (CJEU C-203/22)"))
				}
				if d.Consequences.IsEmpty() {
					f.Find(p+".consequences", check.Msg(fmt.Sprintf("l'informativa %s non indica l'importanza e le conseguenze della decisione automatizzata", v.id()),
						fmt.Sprintf("notice %s states neither the significance nor the consequences of the automated decision", v.id())),
						check.Msg("descrivere in consequences cosa comporta la decisione per l'interessato", "describe in consequences what the decision means for the data subject"))
				}
			}
		})
	},
}

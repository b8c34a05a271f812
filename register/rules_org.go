package register

import (
	"fmt"

	"github.com/gdprkit/gdprkit/check"
)

var ruleControllerContact = check.Rule[Subject]{
	ID: "REG-01", Article: "Art. 30(1)(a)", Severity: check.Error,
	Doc: "The controller has a name and contact details.",
	Run: func(s Subject, f *check.Finder) {
		c := s.Org.Controller
		if c.Name == "" {
			f.Find("controller.name",
				check.Msg("manca il nome del titolare del trattamento", "the controller's name is missing"),
				check.Msg("indicare la ragione sociale in controller.name", "give the legal name in controller.name"))
		}
		if !c.HasContact() {
			f.Find("controller",
				check.Msg("mancano i dati di contatto del titolare (indirizzo, email, PEC o telefono)", "the controller has no contact details (address, email, PEC or phone)"),
				check.Msg("aggiungere almeno address ed email in controller", "add at least address and email under controller"))
		}
	},
}

var ruleDPOContact = check.Rule[Subject]{
	ID: "REG-02", Article: "Art. 30(1)(a), 37(7)", Severity: check.Error,
	Doc: "A designated DPO has contact details.",
	Run: func(s Subject, f *check.Finder) {
		if d := s.Org.DPO; d != nil && !d.HasContact() {
			f.Find("dpo",
				check.Msg("il responsabile della protezione dei dati (RPD) è designato ma non ha dati di contatto", "a data protection officer is designated but has no contact details"),
				check.Msg("aggiungere dpo.email (o PEC, telefono, indirizzo)", "add dpo.email (or PEC, phone, address)"))
		}
	},
}

var ruleRepresentative = check.Rule[Subject]{
	ID: "REG-03", Article: "Art. 27, 30(1)(a)", Severity: check.Error,
	Doc: "A controller established outside the EEA has a representative, unless the Art. 27(2) exemption is recorded.",
	Run: func(s Subject, f *check.Finder) {
		if !s.Org.InEEA() && s.Org.Representative == nil && s.Org.Art27Exemption.IsEmpty() {
			f.Find("representative",
				check.Msg(fmt.Sprintf("il titolare è stabilito fuori dal SEE (%s) ma non ha un rappresentante nell'Unione", s.Org.Controller.Country),
					fmt.Sprintf("the controller is established outside the EEA (%s) but has no representative in the Union", s.Org.Controller.Country)),
				check.Msg("indicare representative, oppure art27_exemption con le ragioni dell'esenzione", "add representative, or art27_exemption with the grounds of the exemption"))
		}
	},
}

var ruleJointControllers = check.Rule[Subject]{
	ID: "REG-04", Article: "Art. 26, 30(1)(a)", Severity: check.Error,
	Doc: "Each joint controller is named with contact details and the Art. 26 arrangement.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(_ int, a *Activity, p string) {
			for j, jc := range a.JointControllers {
				jp := fmt.Sprintf("%s.joint_controllers[%d]", p, j)
				if jc.Party.Name == "" || !jc.Party.HasContact() {
					f.Find(jp+".party",
						check.Msg("contitolare del trattamento senza nome o dati di contatto", "joint controller without name or contact details"),
						check.Msg("indicare party.name e almeno un contatto", "give party.name and at least one contact"))
				}
				if jc.Arrangement == "" {
					f.Find(jp+".arrangement",
						check.Msg("manca il riferimento all'accordo di contitolarità", "the joint-controllership arrangement is not referenced"),
						check.Msg("indicare in arrangement il documento dell'accordo ex art. 26", "reference the Art. 26 arrangement in arrangement"))
				}
			}
		})
	},
}

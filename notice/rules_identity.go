package notice

import (
	"fmt"

	"github.com/gdprkit/gdprkit/check"
)

var ruleController = check.Rule[Subject]{
	ID: "NOTICE-04", Article: "Art. 13(1)(a), 14(1)(a)", Severity: check.Error,
	Doc: "CTRL_ID: the notices name the controller with a contact channel, and the Art. 27 representative of a controller outside the Union.",
	Run: func(s Subject, f *check.Finder) {
		if len(s.Notices) == 0 || s.Org == nil {
			if len(s.Notices) > 0 {
				f.Find("controller", check.Msg("manca il titolare del trattamento", "the controller is missing"),
					check.Msg("indicare controller con name, address ed email", "add controller with name, address and email"))
			}
			return
		}
		c := s.Org.Controller
		if c.Name == "" {
			f.Find("controller.name", check.Msg("le informative non possono indicare il titolare: manca il nome", "the notices cannot name the controller: its name is missing"),
				check.Msg("indicare controller.name", "set controller.name"))
		}
		if !c.HasContact() {
			f.Find("controller", check.Msg("il titolare non ha alcun recapito: un nome senza contatti non basta", "the controller has no contact details: a name without a contact channel is not enough"),
				check.Msg("indicare almeno controller.email e controller.address", "set at least controller.email and controller.address"))
		}
		if !s.Org.InEEA() && s.Org.Representative == nil && s.Org.Art27Exemption.IsEmpty() {
			f.Find("representative", check.Msg("il titolare non è stabilito nell'Unione e le informative non indicano il rappresentante (art. 27)", "the controller is not established in the Union and the notices name no representative (Art. 27)"),
				check.Msg("indicare representative, o motivare l'esenzione dell'art. 27(2)", "set representative, or state the Art. 27(2) exemption"))
		}
		if r := s.Org.Representative; r != nil && !r.HasContact() {
			f.Find("representative", check.Msg("il rappresentante non ha alcun recapito", "the representative has no contact details"),
				check.Msg("indicare representative.email o representative.address", "set representative.email or representative.address"))
		}
	},
}

var ruleDPO = check.Rule[Subject]{
	ID: "NOTICE-05", Article: "Art. 13(1)(b), 14(1)(b), 37(7)", Severity: check.Error,
	Doc: "DPO: when a DPO is designated, the notices give its contact details (a name is not required).",
	Run: func(s Subject, f *check.Finder) {
		if len(s.Notices) == 0 || s.Org == nil || s.Org.DPO == nil {
			return
		}
		if !s.Org.DPO.HasContact() {
			f.Find("dpo", check.Msg("è designato un RPD ma le informative non possono indicarne i dati di contatto", "a DPO is designated but the notices cannot give its contact details"),
				check.Msg("indicare dpo.email (un indirizzo dedicato, non personale, resta valido se la persona cambia)", "set dpo.email (a dedicated, non-personal address survives a change of person)"))
		}
	},
}

var ruleJoint = check.Rule[Subject]{
	ID: "NOTICE-22", Article: "Art. 26(2)", Severity: check.Warning,
	Doc: "JOINT: for joint controllership the notice shows the essence of the arrangement and each joint controller's contacts.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(v *view, x act) {
			for k, jc := range x.a.JointControllers {
				p := fmt.Sprintf("%s.joint_controllers[%d]", x.path, k)
				if jc.Arrangement == "" {
					f.Find(p+".arrangement",
						check.Msg(fmt.Sprintf("l'informativa %s non può riportare il contenuto essenziale dell'accordo con il contitolare %q", v.id(), jc.Party.Name),
							fmt.Sprintf("notice %s cannot show the essence of the arrangement with joint controller %q", v.id(), jc.Party.Name)),
						check.Msg("riassumere in arrangement chi fa cosa (informativa, diritti, sicurezza) e il punto di contatto", "summarise in arrangement who does what (notice, rights, security) and the contact point"))
				}
				if !jc.Party.HasContact() && jc.ContactPoint == "" {
					f.FindAs(check.Error, p+".party",
						check.Msg(fmt.Sprintf("il contitolare %q non ha alcun recapito", jc.Party.Name), fmt.Sprintf("joint controller %q has no contact details", jc.Party.Name)),
						check.Msg("indicare party.email o contact_point", "set party.email or contact_point"))
				}
			}
		})
	},
}

package register

import (
	"fmt"
	"strings"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

var ruleProcessorContract = check.Rule[Subject]{
	ID: "REG-11", Article: "Art. 28(3)", Severity: check.Error,
	Doc: "A processor or sub-processor is bound by an Art. 28 contract; a sub-processor also needs the controller's authorisation.",
	Run: func(s Subject, f *check.Finder) {
		for i, r := range s.Register.Recipients {
			p := fmt.Sprintf("register.recipients[%d]", i)
			if r.Kind.IsProcessor() && r.Contract == "" {
				f.Find(p+".contract",
					check.Msg(fmt.Sprintf("il responsabile del trattamento %q non ha un contratto ex art. 28", r.ID), fmt.Sprintf("processor %q has no Art. 28 contract", r.ID)),
					check.Msg("indicare in contract il riferimento al contratto o DPA (ad es. «DPA del 2025-03-01»)", "reference the contract or DPA in contract (e.g. \"DPA of 2025-03-01\")"))
			}
			if r.Kind == gdpr.SubProcessor && r.Authorisation == "" {
				f.FindAs(check.Warning, p+".authorisation",
					check.Msg(fmt.Sprintf("il sub-responsabile %q non ha l'autorizzazione del titolare registrata", r.ID), fmt.Sprintf("sub-processor %q has no recorded authorisation of the controller", r.ID)),
					check.Msg("indicare in authorisation l'autorizzazione generale o specifica (art. 28(2))", "reference the general or specific authorisation in authorisation (Art. 28(2))"))
			}
		}
	},
}

var ruleTransferCovered = check.Rule[Subject]{
	ID: "REG-12", Article: "Art. 30(1)(e), 44", Severity: check.Error,
	Doc: "A recipient located outside the EEA has a matching transfer entry in every activity that discloses to it.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(_ int, a *Activity, p string) {
			for j, id := range a.Recipients {
				r, ok := s.Register.Recipient(id)
				if !ok || r.Country == "" || gdpr.IsEEA(r.Country) {
					continue
				}
				covered := false
				for _, t := range a.Transfers {
					if t.Recipient == id || (t.Recipient == "" && t.Country == r.Country) {
						covered = true
					}
				}
				if !covered {
					f.Find(fmt.Sprintf("%s.recipients[%d]", p, j),
						check.Msg(fmt.Sprintf("il destinatario %q è in un paese terzo (%s) ma l'attività non registra il trasferimento", id, r.Country),
							fmt.Sprintf("recipient %q is in a third country (%s) but the activity records no transfer", id, r.Country)),
						check.Msg(fmt.Sprintf("aggiungere in transfers una voce {recipient: %s, country: %s, mechanism: …}", id, r.Country),
							fmt.Sprintf("add to transfers an entry {recipient: %s, country: %s, mechanism: …}", id, r.Country)))
				}
			}
		})
	},
}

var ruleTransferInEEA = check.Rule[Subject]{
	ID: "REG-13", Article: "Art. 44", Severity: check.Warning,
	Doc: "A transfer inside the EEA is not a Chapter V transfer (a data-entry error).",
	Run: func(s Subject, f *check.Finder) {
		eachTransfer(s, func(t gdpr.Transfer, p string) {
			if t.Country != "" && gdpr.IsEEA(t.Country) {
				f.Find(p+".country",
					check.Msg(fmt.Sprintf("%s è nel SEE: non è un trasferimento verso un paese terzo", t.Country), fmt.Sprintf("%s is in the EEA: this is not a transfer to a third country", t.Country)),
					check.Msg("togliere la voce da transfers", "remove the entry from transfers"))
			}
		})
	},
}

var ruleAdequacy = check.Rule[Subject]{
	ID: "REG-14", Article: "Art. 45", Severity: check.Error,
	Doc: "Adequacy is claimed only for a destination with a Commission decision in force at the register date, with its scope condition met (US: DPF certification).",
	Run: func(s Subject, f *check.Finder) {
		eachTransfer(s, func(t gdpr.Transfer, p string) {
			if t.Mechanism != gdpr.Adequacy || t.Country == "" {
				return
			}
			d, ok := gdpr.AdequacyFor(t.Country, s.Date)
			if !ok {
				f.Find(p+".mechanism",
					check.Msg(fmt.Sprintf("per %s non esiste una decisione di adeguatezza in vigore alla data del registro", t.Country),
						fmt.Sprintf("there is no adequacy decision in force for %s at the register date", t.Country)),
					check.Msg("usare clausole contrattuali tipo (scc) o un altro meccanismo dell'art. 46", "use standard contractual clauses (scc) or another Art. 46 mechanism"))
				return
			}
			if d.RequiresDPF && !t.DPFCertified {
				f.Find(p+".dpf_certified",
					check.Msg("la decisione di adeguatezza per gli Stati Uniti copre solo le organizzazioni certificate nel Data Privacy Framework", "the US adequacy decision covers only organisations certified under the Data Privacy Framework"),
					check.Msg("verificare la certificazione del destinatario nella DPF List e indicare dpf_certified: true, altrimenti usare scc", "check the recipient on the DPF List and set dpf_certified: true, otherwise use scc"))
			}
		})
	},
}

var ruleResidualDerogation = check.Rule[Subject]{
	ID: "REG-15", Article: "Art. 49(1) second subparagraph, 49(6)", Severity: check.Error,
	Doc: "A transfer on compelling legitimate interests documents its safeguards, informs the authority and the data subjects.",
	Run: func(s Subject, f *check.Finder) {
		eachTransfer(s, func(t gdpr.Transfer, p string) {
			if t.Mechanism != gdpr.CompellingLegitimateInterests {
				return
			}
			var miss []string
			if t.Safeguards.IsEmpty() {
				miss = append(miss, "safeguards")
			}
			if !t.AuthorityInformed {
				miss = append(miss, "authority_informed")
			}
			if !t.SubjectsInformed {
				miss = append(miss, "subjects_informed")
			}
			if len(miss) > 0 {
				f.Find(p,
					check.Msg("trasferimento su interessi legittimi cogenti senza: "+strings.Join(miss, ", "), "transfer on compelling legitimate interests lacks: "+strings.Join(miss, ", ")),
					check.Msg("documentare le garanzie e informare autorità di controllo e interessati", "document the safeguards and inform the supervisory authority and the data subjects"))
			}
		})
	},
}

// eachTransfer calls fn for every transfer of the register, in activities
// and in the processor register, with its path.
func eachTransfer(s Subject, fn func(t gdpr.Transfer, path string)) {
	s.eachActivity(func(_ int, a *Activity, p string) {
		for j, t := range a.Transfers {
			fn(t, fmt.Sprintf("%s.transfers[%d]", p, j))
		}
	})
	if s.Register.Processor != nil {
		for i, c := range s.Register.Processor.Clients {
			for j, t := range c.Transfers {
				fn(t, fmt.Sprintf("register.processor.clients[%d].transfers[%d]", i, j))
			}
		}
	}
}

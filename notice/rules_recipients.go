package notice

import (
	"fmt"
	"regexp"

	"github.com/gdprkit/gdprkit/check"
	"github.com/gdprkit/gdprkit/gdpr"
)

// vagueParty matches the names of recipients and sources the guidance
// rejects as not specific: "third parties", "partners", "terzi".
var vagueParty = regexp.MustCompile(`(?i)^\s*((other|altri|selected|selezionati|our|nostri|various|vari)\s+)*(third[- ]parties|terzi|partners?|fornitori|suppliers|service providers|società terze|other sources|altre fonti|external sources|fonti esterne)\s*$|\b(third[- ]parties|terze parti|soggetti terzi|from third parties|da terzi)\b`)

var ruleRecipients = check.Rule[Subject]{
	ID: "NOTICE-10", Article: "Art. 13(1)(e), 14(1)(e)", Severity: check.Error,
	Doc: "RECIPIENTS: the notice names the recipients (or states there are none); categories only, or names like \"third parties\", draw a warning.",
	Run: func(s Subject, f *check.Finder) {
		s.eachActivity(func(v *view, x act) {
			if len(x.a.Recipients) == 0 && !x.a.NoRecipients {
				f.Find(x.path+".recipients",
					check.Msg(fmt.Sprintf("l'attività %q non indica i destinatari: l'informativa %s non può dire a chi sono comunicati i dati", x.a.ID, v.id()),
						fmt.Sprintf("activity %q names no recipients: notice %s cannot say who receives the data", x.a.ID, v.id())),
					check.Msg("elencare i destinatari in recipients, oppure dichiarare no_recipients: true", "list the recipients, or state no_recipients: true"))
			}
			for k, id := range x.a.Recipients {
				if _, ok := v.reg.Recipient(id); !ok {
					f.Find(fmt.Sprintf("%s.recipients[%d]", x.path, k),
						check.Msg(fmt.Sprintf("il destinatario %q non è nel catalogo register.recipients", id), fmt.Sprintf("recipient %q is not in the register.recipients catalog", id)),
						check.Msg("usare un id del catalogo o aggiungere il destinatario", "use an id of the catalog or add the recipient"))
				}
			}
		})
		s.each(func(v *view) {
			if v.n.Recipients == ByCategory && len(v.recipients()) > 0 {
				f.FindAs(check.Warning, v.path+".recipients",
					check.Msg(fmt.Sprintf("l'informativa %s indica solo categorie di destinatari", v.id()), fmt.Sprintf("notice %s shows categories of recipients only", v.id())),
					check.Msg("indicare i destinatari per nome (recipients: names): è l'impostazione raccomandata (WP260) e la risposta all'accesso li richiede (CGUE C-154/21)",
						"name the recipients (recipients: names): the guidance recommends it (WP260) and access requests require names (CJEU C-154/21)"))
			}
			for _, r := range v.recipients() {
				if r.r.Kind != gdpr.Internal && vagueTextMatch(r.r.Name) {
					f.FindAs(check.Warning, r.path+".name",
						check.Msg(fmt.Sprintf("il destinatario %q non è specifico", r.r.Name.In("it")), fmt.Sprintf("recipient %q is not specific", r.r.Name.In("en"))),
						check.Msg("indicare il nome del destinatario, o almeno tipo, settore e luogo", "give the recipient's name, or at least its type, sector and location"))
				}
			}
		})
	},
}

// vagueTextMatch reports whether any language of t is a vague party name.
func vagueTextMatch(t gdpr.Text) bool {
	for _, s := range t {
		if vagueParty.MatchString(s) {
			return true
		}
	}
	return false
}

var ruleTransfers = check.Rule[Subject]{
	ID: "NOTICE-11", Article: "Art. 13(1)(f), 14(1)(f)", Severity: check.Error,
	Doc: "TRANSFER: every transfer outside the EEA states its destination and mechanism, an adequacy decision that exists, and for Art. 46/47/49(1) second-subparagraph transfers how to obtain a copy of the safeguards.",
	Run: func(s Subject, f *check.Finder) {
		s.each(func(v *view) {
			for _, t := range v.transfers() {
				checkTransfer(v, t, s, f)
			}
			for _, r := range v.untransferred() {
				f.Find(r.path+".country",
					check.Msg(fmt.Sprintf("il destinatario %q è in %s, fuori dal SEE, ma nessuna attività dell'informativa %s registra il trasferimento", r.r.ID, r.r.Country, v.id()),
						fmt.Sprintf("recipient %q is in %s, outside the EEA, but no activity of notice %s records the transfer", r.r.ID, r.r.Country, v.id())),
					check.Msg("aggiungere il trasferimento in transfers dell'attività, con country e mechanism", "add the transfer to the activity's transfers, with country and mechanism"))
			}
		})
	},
}

func checkTransfer(v *view, t transferRef, s Subject, f *check.Finder) {
	tr := t.t
	if tr.Country == "" && tr.Organisation == "" {
		f.Find(t.path+".country", check.Msg("trasferimento senza paese di destinazione", "transfer without a destination country"),
			check.Msg("indicare country (codice ISO, ad es. US)", "set country (ISO code, e.g. US)"))
	}
	switch {
	case tr.Mechanism == "":
		f.Find(t.path+".mechanism", check.Msg(fmt.Sprintf("l'informativa %s non può indicare la garanzia del trasferimento", v.id()), fmt.Sprintf("notice %s cannot state the safeguard of the transfer", v.id())),
			check.Msg("indicare mechanism: adequacy, scc, bcr…", "set mechanism: adequacy, scc, bcr…"))
	case tr.Mechanism == gdpr.Adequacy:
		d, ok := gdpr.AdequacyFor(tr.Country, s.Date)
		switch {
		case !ok && tr.Country != "":
			f.Find(t.path+".mechanism", check.Msg(fmt.Sprintf("non esiste una decisione di adeguatezza per %s alla data del pacchetto", tr.Country), fmt.Sprintf("there is no adequacy decision for %s at the pack's date", tr.Country)),
				check.Msg("usare un'altra garanzia (ad es. scc) e indicare come ottenerne copia", "use another safeguard (e.g. scc) and say how to obtain a copy"))
		case ok && d.RequiresDPF && !tr.DPFCertified:
			f.Find(t.path+".dpf_certified", check.Msg("la decisione di adeguatezza per gli Stati Uniti copre solo i destinatari certificati nel Data Privacy Framework", "the US adequacy decision covers only recipients self-certified under the Data Privacy Framework"),
				check.Msg("verificare la certificazione nella DPF List e impostare dpf_certified: true, oppure usare le clausole contrattuali tipo", "check the DPF List and set dpf_certified: true, or use standard contractual clauses"))
		}
	case needsCopy(tr.Mechanism) && tr.Safeguards.IsEmpty():
		f.FindAs(check.Warning, t.path+".safeguards",
			check.Msg(fmt.Sprintf("l'informativa %s dirà solo che una copia delle garanzie è disponibile su richiesta", v.id()), fmt.Sprintf("notice %s will only say a copy of the safeguards is available on request", v.id())),
			check.Msg("indicare in safeguards il documento (ad es. «clausole tipo firmate il …») e dove o come ottenerne copia", "state in safeguards the document (e.g. \"SCC signed on …\") and where or how to obtain a copy"))
	}
}

package gdpr

// Authority is a supervisory authority (Art. 51) a notice names for
// complaints (Art. 77) and a breach procedure notifies (Art. 33).
type Authority struct {
	// Country is the ISO code of the Member State.
	Country string
	// Name is the official name in the local language; NameEN in English.
	Name, NameEN string
	// Website is the authority's web site.
	Website string
	// Address, Email, PEC and Phone are contacts where known.
	Address, Email, PEC, Phone string
	// BreachChannel is how a breach is notified to it.
	BreachChannel string
	// Note carries a caveat the generator must keep, such as "complaints
	// must be written in French".
	Note string
}

// EDPBMembers is the list of all EEA supervisory authorities, for the
// generic Art. 77 sentence.
const EDPBMembers = "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en"

// authorities holds the supervisory authorities of the legal reference
// (authorities.md §1–2). Germany is absent on purpose: its private sector
// is supervised by the authority of each Land, which must be chosen by
// hand.
var authorities = []Authority{
	{Country: "IT", Name: "Garante per la protezione dei dati personali", NameEN: "Italian Data Protection Authority",
		Website: "https://www.garanteprivacy.it", Address: "Piazza Venezia 11, 00187 Roma", Email: "protocollo@gpdp.it",
		PEC: "protocollo@pec.gpdp.it", Phone: "+39 06 696771", BreachChannel: "https://servizi.gpdp.it/databreach/s/"},
	{Country: "FR", Name: "Commission nationale de l'informatique et des libertés (CNIL)", NameEN: "French Data Protection Authority (CNIL)",
		Website: "https://www.cnil.fr", Note: "complaints must be written in French"},
	{Country: "ES", Name: "Agencia Española de Protección de Datos (AEPD)", NameEN: "Spanish Data Protection Agency",
		Website: "https://www.aepd.es"},
	{Country: "IE", Name: "An Coimisiún um Chosaint Sonraí", NameEN: "Data Protection Commission",
		Website: "https://www.dataprotection.ie"},
	{Country: "NL", Name: "Autoriteit Persoonsgegevens (AP)", NameEN: "Dutch Data Protection Authority",
		Website: "https://www.autoriteitpersoonsgegevens.nl"},
	{Country: "AT", Name: "Datenschutzbehörde (DSB)", NameEN: "Austrian Data Protection Authority",
		Website: "https://www.dsb.gv.at"},
	{Country: "PT", Name: "Comissão Nacional de Proteção de Dados (CNPD)", NameEN: "National Data Protection Commission",
		Website: "https://www.cnpd.pt"},
	{Country: "PL", Name: "Urząd Ochrony Danych Osobowych (UODO)", NameEN: "Personal Data Protection Office",
		Website: "https://uodo.gov.pl"},
	{Country: "SE", Name: "Integritetsskyddsmyndigheten (IMY)", NameEN: "Swedish Authority for Privacy Protection",
		Website: "https://www.imy.se"},
	{Country: "BE", Name: "Gegevensbeschermingsautoriteit / Autorité de protection des données", NameEN: "Belgian Data Protection Authority",
		Website: "https://www.autoriteprotectiondonnees.be"},
}

// AuthorityFor returns the supervisory authority of country, and false
// when the reference has none (Germany's Länder among them).
func AuthorityFor(country string) (Authority, bool) {
	for _, a := range authorities {
		if a.Country == country {
			return a, true
		}
	}
	return Authority{}, false
}

// LocalName returns the name to print in lang: the official name for the
// local language or Italian notices, the English name otherwise.
func (a Authority) LocalName(lang string) string {
	if lang == "en" && a.NameEN != "" {
		return a.NameEN + " (" + a.Name + ")"
	}
	return a.Name
}

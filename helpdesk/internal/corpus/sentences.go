package corpus

// withIdentifier are sentences that carry one identifier each. Slots:
// {email} {mobile} {landline} {cf} {vat} {iban} {card} {ipv4} {ipv6},
// plus the harmless {name} and {product}.
var withIdentifier = []string{
	"Potete ricontattarmi all'indirizzo {email}?",
	"La mia email è {email}, scrivetemi pure lì.",
	"Ho già scritto a {email} ma nessuno ha risposto.",
	"Il cliente chiede di essere richiamato al numero {mobile}.",
	"Sono raggiungibile al {mobile} dalle nove alle diciotto.",
	"Cellulare: {mobile}",
	"Per urgenze chiamate in ufficio al {landline}, chiedendo di {name}.",
	"Il numero fisso della sede è {landline}.",
	"Il mio codice fiscale è {cf}, come risulta dal contratto.",
	"Allego il codice fiscale del titolare ({cf}) per la verifica.",
	"Fattura da intestare alla società con partita IVA {vat}.",
	"P.IVA: {vat}",
	"Il rimborso va accreditato sull'IBAN {iban} intestato a {name}.",
	"Coordinate bancarie: {iban}",
	"Ho pagato con la carta {card} ma l'addebito risulta doppio.",
	"La carta che termina con il numero completo {card} è stata rifiutata.",
	"L'accesso anomalo proviene dall'indirizzo IP {ipv4}, non riconosciuto.",
	"Dal log risulta il client {ipv4} alle ore indicate.",
	"Il server risponde solo su IPv6 ({ipv6}) e non su IPv4.",
	"Indirizzo del router: {ipv6}",
	"Ecco i miei dati: {name}, {email}, telefono {mobile}.",
}

// withLookalike are sentences with numbers that are not identifiers.
// Slots: {date} {timestamp} {time} {price} {order} {version} {n} {cap}
// {product}.
var withLookalike = []string{
	"L'ordine {order} del {date} non è ancora arrivato.",
	"Ho pagato {price} il {date} ma la fattura non è visibile.",
	"Dopo l'aggiornamento alla {version} il programma si chiude da solo.",
	"Il problema si verifica ogni giorno alle {time} circa.",
	"Nel log vedo l'evento {timestamp} con codice errore 0x80070005.",
	"Abbiamo acquistato {n} licenze di {product} con l'ordine {order}.",
	"La consegna era prevista per il {date} all'indirizzo di via Roma {n}, {cap} Milano.",
	"Il rinnovo annuale costa {price} IVA inclusa.",
	"Ho riprovato {n} volte tra le {time} e le {time} senza successo.",
	"Con la {version} il backup impiega il {n}% di tempo in più.",
	"La pratica {order} risulta aperta dal {date}.",
	"Scadenza del contratto: {date}.",
}

// plain are sentences without numbers.
var plain = []string{
	"Buongiorno, vi scrivo perché da ieri non riesco più ad accedere al portale.",
	"Grazie per la risposta rapida, il problema sembra risolto.",
	"Il programma mostra un messaggio di errore all'avvio e poi si blocca.",
	"Ho provato a reinstallare tutto ma la situazione non cambia.",
	"Potreste verificare se c'è un disservizio in corso nella mia zona?",
	"Vi chiedo cortesemente di annullare l'abbonamento a partire dal prossimo mese.",
	"L'operatore mi ha detto che sarei stato richiamato entro oggi.",
	"Non ricevo più le notifiche via email da qualche settimana.",
	"La stampante è collegata correttamente ma non risulta disponibile.",
	"Perché la fattura riporta un importo diverso da quello concordato?",
	"Resto in attesa di un vostro riscontro, cordiali saluti.",
	"Il cliente è molto insoddisfatto e chiede di parlare con un responsabile.",
	"Ho inoltrato la richiesta al secondo livello per le verifiche del caso.",
	"Chiudo il ticket: il cliente conferma che ora funziona tutto.",
	"Più tardi proverò di nuovo e vi farò sapere se l'errore si ripresenta.",
	"Città, provincia e indirizzo sono già corretti nel profilo.",
	"La sincronizzazione con il calendario non funziona più dopo l'ultimo aggiornamento.",
	"È possibile ottenere una copia dei dati che conservate su di me?",
}

var firstNames = []string{"Mario", "Giulia", "Luca", "Francesca", "Marco", "Chiara", "Alessandro", "Sara", "Giovanni", "Elena", "Paolo", "Martina", "Andrea", "Valentina", "Stefano"}

var lastNames = []string{"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "DeLuca", "Costa"}

var domains = []string{"example.it", "esempio.com", "posta.example.net", "azienda.it", "mail.example.co.uk", "studio-legale.it"}

var products = []string{"Gestionale Pro", "CloudBox", "FatturaFacile", "AgendaWeb", "Router X200", "App Mobile"}

var categories = []string{"accesso", "fatturazione", "installazione", "prestazioni", "dati personali", "hardware"}

var titles = []string{
	"Impossibile accedere al portale",
	"Addebito doppio sulla carta",
	"Richiesta di rimborso",
	"Errore dopo l'aggiornamento",
	"Cambio dati di fatturazione",
	"Richiesta di accesso ai dati (art. 15)",
	"Disservizio linea",
}

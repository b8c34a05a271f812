package i18n

// Helpdesk holds the labels of the support-data policy's enumerations and
// the messages of its rules; keys are "<prefix>.<key>" as helpdesk/enums.go
// builds them.
var Helpdesk = Catalog{
	"role.controller": {"titolare del trattamento", "controller"},
	"role.processor":  {"responsabile del trattamento per conto del cliente (art. 28)", "processor on the client's behalf (Art. 28)"},

	"channel.phone":          {"telefono", "phone"},
	"channel.email":          {"email", "email"},
	"channel.web_form":       {"modulo web", "web form"},
	"channel.chat":           {"chat", "chat"},
	"channel.video":          {"videochiamata", "video call"},
	"channel.social":         {"social network", "social media"},
	"channel.remote_session": {"sessione di assistenza remota", "remote-assistance session"},

	"perm.read_tickets":          {"leggere i ticket assegnati", "read assigned tickets"},
	"perm.reply":                 {"rispondere ai clienti", "reply to customers"},
	"perm.internal_notes":        {"scrivere note interne", "write internal notes"},
	"perm.attachments":           {"aprire gli allegati", "open attachments"},
	"perm.assign":                {"assegnare e riassegnare i ticket", "assign and reassign tickets"},
	"perm.export":                {"esportare ticket", "export tickets"},
	"perm.impersonate":           {"impersonificare un cliente", "impersonate a customer"},
	"perm.remote_assistance":     {"aprire sessioni di assistenza remota", "open remote-assistance sessions"},
	"perm.technical_data":        {"vedere i dati tecnici (log, versioni) senza i dati di contatto", "see technical data (logs, versions) without contact data"},
	"perm.statistics":            {"consultare le statistiche pseudonimizzate o anonime", "see pseudonymised or anonymous statistics"},
	"perm.reidentify":            {"reidentificare un pseudonimo, indicandone lo scopo", "re-identify a pseudonym, stating the purpose"},
	"perm.erase":                 {"cancellare i dati su richiesta", "erase data on request"},
	"perm.audit_log":             {"consultare il registro di audit", "review the audit log"},
	"perm.configure":             {"configurare il sistema di ticketing", "configure the ticketing system"},
	"perm.recordings":            {"ascoltare le registrazioni", "listen to recordings"},
	"perm.data_subject_requests": {"gestire le richieste degli interessati", "handle data-subject requests"},

	"action.change_data":        {"modificare dati", "change data"},
	"action.make_payment":       {"effettuare pagamenti", "make payments"},
	"action.change_credentials": {"modificare credenziali", "change credentials"},
	"action.export_data":        {"esportare dati", "export data"},
	"action.delete_data":        {"cancellare dati", "delete data"},
	"action.send_message":       {"inviare messaggi a nome del cliente", "send messages as the customer"},

	"consent.per_session": {"consenso esplicito per ogni sessione", "explicit consent for every session"},
	"consent.once":        {"consenso una sola volta", "consent given once"},
	"consent.none":        {"nessun consenso", "no consent"},

	"log.operator_id": {"identificativo dell'operatore", "operator id"},
	"log.customer_ip": {"indirizzo IP del cliente", "customer's IP address"},
	"log.start":       {"ora di inizio (UTC)", "start time (UTC)"},
	"log.end":         {"ora di fine (UTC)", "end time (UTC)"},
	"log.consent":     {"consenso del cliente (ora e canale)", "customer's consent (time and channel)"},
	"log.scope":       {"ambito della sessione", "scope of the session"},
	"log.ticket":      {"ticket di riferimento", "ticket reference"},

	"event.read":             {"letture di dati personali", "reads of personal data"},
	"event.search":           {"ricerche", "searches"},
	"event.export":           {"esportazioni", "exports"},
	"event.admin_change":     {"modifiche amministrative", "administrative changes"},
	"event.impersonation":    {"impersonificazioni", "impersonations"},
	"event.remote_session":   {"sessioni di assistenza remota", "remote-assistance sessions"},
	"event.reidentification": {"reidentificazioni", "re-identifications"},
	"event.erasure":          {"cancellazioni", "erasures"},
	"event.retention_action": {"azioni di conservazione (pseudonimizzazione, anonimizzazione)", "retention actions (pseudonymisation, anonymisation)"},

	"trigger.contract_end":  {"cessazione del contratto", "end of the contract"},
	"trigger.ticket_closed": {"chiusura del ticket", "closure of the ticket"},

	"stage.live":          {"attivo", "live"},
	"stage.closed":        {"chiuso, ad accesso ristretto", "closed, with restricted access"},
	"stage.pseudonymised": {"pseudonimizzato", "pseudonymised"},
	"stage.anonymised":    {"anonimizzato", "anonymised"},
	"stage.deleted":       {"cancellato", "deleted"},
}

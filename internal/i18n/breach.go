package i18n

// Breach holds the labels and clauses of the breach package: enumeration
// labels ("<prefix>.<key>"), document headings and the standard wording of
// the procedure, the assessment, the notification and the letter.
var Breach = Catalog{
	// Roles in the processing.
	"role.controller":       {"titolare del trattamento", "controller"},
	"role.processor":        {"responsabile del trattamento", "processor"},
	"role.joint_controller": {"contitolare del trattamento", "joint controller"},

	// Record statuses.
	"status.open":      {"aperto", "open"},
	"status.assessing": {"in valutazione", "being assessed"},
	"status.notified":  {"notificato", "notified"},
	"status.closed":    {"chiuso", "closed"},

	// Nature (Art. 4(12)).
	"nature.confidentiality": {"riservatezza", "confidentiality"},
	"nature.integrity":       {"integrità", "integrity"},
	"nature.availability":    {"disponibilità", "availability"},

	// Causes.
	"cause.internal_accidental": {"interna, accidentale", "internal, accidental"},
	"cause.internal_malicious":  {"interna, dolosa", "internal, malicious"},
	"cause.external_accidental": {"esterna, accidentale", "external, accidental"},
	"cause.external_malicious":  {"esterna, dolosa", "external, malicious"},
	"cause.unknown":             {"sconosciuta", "unknown"},

	// Discovery channels.
	"discovery.controller":   {"il titolare stesso", "the controller itself"},
	"discovery.processor":    {"un responsabile del trattamento", "a processor"},
	"discovery.data_subject": {"un interessato", "a data subject"},
	"discovery.third_party":  {"un terzo", "a third party"},
	"discovery.press":        {"la stampa", "the press"},
	"discovery.other":        {"altra fonte", "another source"},

	// Risk levels.
	"risk.not_a_breach": {"non è una violazione di dati personali", "not a personal data breach"},
	"risk.unlikely":     {"improbabile che presenti un rischio", "unlikely to result in a risk"},
	"risk.risk":         {"rischio per i diritti e le libertà", "risk to rights and freedoms"},
	"risk.high":         {"rischio elevato", "high risk"},
	"risk.undetermined": {"da determinare (servono altre informazioni)", "to be determined (more information needed)"},

	// Submissions to the authority.
	"submission.preliminary": {"preliminare", "preliminary"},
	"submission.complete":    {"completa", "complete"},
	"submission.follow_up":   {"integrativa", "follow-up"},
	"submission.withdrawn":   {"ritiro", "withdrawal"},

	// Art. 34(3) grounds.
	"exemption.unintelligible":          {"dati incomprensibili a chi non è autorizzato (ad esempio cifrati)", "data unintelligible to anyone not authorised (e.g. encrypted)"},
	"exemption.risk_neutralised":        {"misure successive che scongiurano il rischio elevato", "subsequent measures that ensure the high risk is no longer likely"},
	"exemption.disproportionate_effort": {"sforzo sproporzionato: comunicazione pubblica o misura analoga", "disproportionate effort: public communication or a similar measure"},

	// Encryption states.
	"encryption.none":        {"dati non cifrati", "not encrypted"},
	"encryption.intact":      {"cifrati, chiave non compromessa", "encrypted, key not compromised"},
	"encryption.compromised": {"cifrati, chiave compromessa o a rischio", "encrypted, key compromised or at risk"},
	"encryption.unknown":     {"da accertare", "to be established"},

	// Count modes.
	"count.exact":       {"esatto", "exact"},
	"count.approximate": {"approssimativo", "approximate"},
	"count.unknown":     {"non noto", "unknown"},

	// Team roles and their duties.
	"team.decision_maker":         {"Decisore (per il titolare)", "Decision-maker (for the controller)"},
	"team.coordinator":            {"Coordinatore del team", "Team coordinator"},
	"team.dpo":                    {"Responsabile della protezione dei dati (RPD)", "Data protection officer (DPO)"},
	"team.it_security":            {"Sicurezza IT", "IT security"},
	"team.legal":                  {"Ufficio legale", "Legal"},
	"team.communications":         {"Comunicazione", "Communications"},
	"team.hr":                     {"Risorse umane", "Human resources"},
	"team.process_owner":          {"Referente del trattamento", "Process owner"},
	"team.system_administrator":   {"Amministratore di sistema", "System administrator"},
	"team.external_expert":        {"Esperto esterno", "External expert"},
	"duties.decision_maker":       {"decide sulla notifica all'autorità e sulla comunicazione agli interessati; firma", "decides on notification to the authority and communication to the people; signs"},
	"duties.coordinator":          {"coordina la risposta, tiene i tempi, convoca il team", "coordinates the response, keeps the clock, convenes the team"},
	"duties.dpo":                  {"fornisce pareri, è il punto di contatto con l'autorità, sorveglia il registro delle violazioni", "advises, is the contact point for the authority, monitors the breach register"},
	"duties.it_security":          {"contiene l'incidente, conserva le evidenze, stima dati e sistemi coinvolti", "contains the incident, preserves evidence, establishes the data and systems involved"},
	"duties.legal":                {"valuta obblighi contrattuali e di altre normative (NIS2, polizia)", "assesses contractual obligations and other regimes (NIS2, police)"},
	"duties.communications":       {"prepara i messaggi agli interessati e alla stampa", "drafts messages to the people and the press"},
	"duties.hr":                   {"gestisce gli aspetti che riguardano il personale", "handles matters involving staff"},
	"duties.process_owner":        {"fornisce i fatti sul trattamento colpito", "provides the facts of the processing hit"},
	"duties.system_administrator": {"interviene sui sistemi, fornisce i log", "acts on the systems, provides the logs"},
	"duties.external_expert":      {"analisi forense o consulenza legale su incarico", "forensic analysis or legal advice when engaged"},

	// Reporting channels.
	"channel.email":     {"email", "email"},
	"channel.phone":     {"telefono", "phone"},
	"channel.ticket":    {"ticket", "ticket"},
	"channel.form":      {"modulo", "form"},
	"channel.in_person": {"di persona", "in person"},
	"channel.other":     {"altro", "other"},

	// ENISA method.
	"datatype.simple":         {"dati semplici", "simple data"},
	"datatype.behavioural":    {"dati comportamentali", "behavioural data"},
	"datatype.financial":      {"dati finanziari", "financial data"},
	"datatype.sensitive":      {"dati sensibili", "sensitive data"},
	"ease.negligible":         {"trascurabile", "negligible"},
	"ease.limited":            {"limitata", "limited"},
	"ease.significant":        {"significativa", "significant"},
	"ease.maximum":            {"massima", "maximum"},
	"conf.exposed":            {"dati esposti, senza prova di trattamento illecito", "data exposed, no evidence of unlawful processing"},
	"conf.known_recipients":   {"divulgati a un numero noto di destinatari", "disclosed to a known number of recipients"},
	"conf.unknown_recipients": {"divulgati a un numero ignoto di destinatari", "disclosed to an unknown number of recipients"},
	"integ.recovered":         {"alterati, originale recuperato prima di ogni uso", "altered, original recovered before any use"},
	"integ.recoverable":       {"alterati, forse usati, recuperabili", "altered, possibly misused, recoverable"},
	"integ.unrecoverable":     {"alterati, forse usati, non recuperabili", "altered, possibly misused, not recoverable"},
	"avail.restorable":        {"recuperabili senza difficoltà", "recoverable without difficulty"},
	"avail.temporary":         {"indisponibilità temporanea", "temporary unavailability"},
	"avail.lost":              {"indisponibilità totale", "full unavailability"},
	"band.low":                {"bassa", "low"},
	"band.medium":             {"media", "medium"},
	"band.high":               {"alta", "high"},
	"band.very_high":          {"molto alta", "very high"},
	"effect.low":              {"nessun effetto, o disagi minori superabili senza problemi", "no effect, or minor inconveniences easily overcome"},
	"effect.medium":           {"disagi significativi, superabili con qualche difficoltà", "significant inconveniences, overcome with a few difficulties"},
	"effect.high":             {"conseguenze significative, superabili con serie difficoltà", "significant consequences, overcome with serious difficulties"},
	"effect.very_high":        {"conseguenze significative o irreversibili, forse non superabili", "significant or irreversible consequences, possibly not overcome"},

	// Duties and their states.
	"duty.record":           {"Documentare la violazione nel registro", "Document the breach in the register"},
	"duty.notify_authority": {"Notificare all'autorità di controllo", "Notify the supervisory authority"},
	"duty.communicate":      {"Comunicare agli interessati", "Communicate to the people affected"},
	"duty.tell_controller":  {"Informare il titolare del trattamento", "Tell the controller"},
	"state.pending":         {"da fare, nei termini", "to do, in time"},
	"state.overdue":         {"da fare, termine scaduto", "to do, overdue"},
	"state.done":            {"fatto", "done"},
	"state.done_late":       {"fatto in ritardo", "done late"},
	"state.not_required":    {"non richiesto", "not required"},
	"state.exempt":          {"esente (art. 34(3))", "exempt (Art. 34(3))"},

	// Art. 33(3) items.
	"item.nature":         {"natura della violazione", "nature of the breach"},
	"item.subjects":       {"categorie di interessati", "categories of data subjects"},
	"item.people":         {"numero approssimativo di interessati", "approximate number of data subjects"},
	"item.data":           {"categorie di dati personali", "categories of personal data"},
	"item.records":        {"numero approssimativo di registrazioni", "approximate number of records"},
	"item.contact":        {"RPD o altro punto di contatto", "DPO or other contact point"},
	"item.consequences":   {"probabili conseguenze", "likely consequences"},
	"item.measures_taken": {"misure adottate o proposte", "measures taken or proposed"},

	// Assessment text and report.
	"a.incident":            {"Incidente", "Incident"},
	"a.role":                {"Ruolo", "Role"},
	"a.risk":                {"Rischio", "Risk"},
	"a.not_assessed":        {"non valutato", "not assessed"},
	"a.severity":            {"Gravità (ENISA 2013)", "Severity (ENISA 2013)"},
	"a.cb":                  {"Circostanze (CB)", "Circumstances (CB)"},
	"a.malicious":           {"intento doloso", "malicious intent"},
	"a.argued":              {"livello sostenuto dal titolare", "level argued by the controller"},
	"a.flags":               {"Segnalazioni", "Flags"},
	"a.flag_many":           {"più di 100 interessati", "more than 100 individuals"},
	"a.flag_unintelligible": {"dati incomprensibili (cifratura, chiave integra)", "data unintelligible (encryption, key intact)"},
	"a.aware":               {"Conoscenza", "Awareness"},
	"a.deadline":            {"Termine (art. 33(1))", "Deadline (Art. 33(1))"},
	"a.notified":            {"Prima notifica", "First notification"},
	"a.after_awareness":     {"dopo la conoscenza", "after awareness"},
	"a.in_time":             {"nei termini", "in time"},
	"a.late_with_reasons":   {"oltre 72 ore, motivi del ritardo indicati", "beyond 72 hours, reasons for the delay given"},
	"a.late_no_reasons":     {"oltre 72 ore, SENZA i motivi del ritardo", "beyond 72 hours, WITHOUT the reasons for the delay"},
	"a.time_left":           {"Tempo rimasto", "Time left"},
	"a.overdue_by":          {"In ritardo di", "Overdue by"},
	"a.duties":              {"Adempimenti", "Duties"},
	"a.missing":             {"Ancora da fornire (art. 33(3))", "Still missing (Art. 33(3))"},
	"a.none":                {"nulla", "nothing"},
	"a.on":                  {"il %s", "on %s"},
	"a.by":                  {"entro il %s", "by %s"},
	"a.target":              {"termine interno %s", "internal target %s"},
	"a.without_delay":       {"senza ingiustificato ritardo", "without undue delay"},
}

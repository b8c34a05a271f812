package i18n

// Requests holds the wording the data-subject request kit adds to the
// register's facts when it answers an access or portability request
// (Art. 15). Labels that notices already use come from [Notice].
var Requests = Catalog{
	"legitimate_interest": {"legittimo interesse perseguito: %s", "legitimate interest pursued: %s"},
	"retention_end":       {"al termine: %s", "at the end: %s"},
	"source_categories":   {"dati ottenuti: %s", "data obtained: %s"},
	"representative":      {"rappresentante nell'Unione (art. 27 GDPR): %s", "representative in the Union (Art. 27 GDPR): %s"},
}

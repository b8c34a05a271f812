package requests

import (
	"cmp"
	"fmt"
	"strconv"

	"github.com/gdprkit/gdprkit/doc"
)

// summaryLabels are the words of the summary in one language. Both
// languages say the same thing and cite the same articles.
type summaryLabels struct {
	titleAccess, titlePortability                             string
	intro, confirmation                                       string
	request, subject, generated                               string
	controller, dpo                                           string
	purposes, categories, recipients, retention               string
	sources, sourcesNone, automated, automatedNone            string
	transfers, transfersNone, rights, authority               string
	rightsIntro                                               string
	rightsList                                                []string
	tickets, ticketID, opened, closed, channel, title, pieces string
	noTickets                                                 string
	othersTitle, others                                       string
	portabilityNote                                           string
	files                                                     string
	fileDesc                                                  map[string]string
	missing, missingTitle                                     string
	doc                                                       doc.Labels
}

var labelsByLang = map[string]summaryLabels{
	"en": {
		titleAccess:      "Your personal data in our support system",
		titlePortability: "Your support data, ready to take elsewhere",
		intro:            "This summary accompanies the copy of your personal data held by our support service, which you asked for.",
		confirmation:     "We confirm that we process personal data about you (Art. 15(1) GDPR). The copy covers the tickets listed below.",
		request:          "Request", subject: "Your identifier", generated: "Prepared on",
		controller: "Controller", dpo: "Data protection officer",
		purposes:      "Purposes of the processing (Art. 15(1)(a))",
		categories:    "Categories of personal data (Art. 15(1)(b))",
		recipients:    "Recipients (Art. 15(1)(c))",
		retention:     "How long we keep the data (Art. 15(1)(d))",
		sources:       "Where the data come from (Art. 15(1)(g))",
		sourcesNone:   "All the data in this copy come from you, or were produced by our support staff in handling your requests.",
		automated:     "Automated decision-making (Art. 15(1)(h))",
		automatedNone: "We take no decision about you based solely on automated processing, including profiling.",
		transfers:     "Transfers outside the European Economic Area (Art. 15(2))",
		transfersNone: "Your support data are not transferred outside the European Economic Area.",
		rights:        "Your rights (Art. 15(1)(e) and (f))",
		authority:     "Supervisory authority",
		rightsIntro:   "You have the right:",
		rightsList: []string{
			"to have inaccurate data corrected and incomplete data completed (Art. 16);",
			"to have your data erased (Art. 17);",
			"to have the processing restricted (Art. 18);",
			"to receive the data you provided in a machine-readable format and have them sent to another controller (Art. 20);",
			"to object to processing based on legitimate interests (Art. 21);",
			"to lodge a complaint with a supervisory authority (Art. 77).",
		},
		tickets: "Your tickets", ticketID: "Ticket", opened: "Opened", closed: "Closed", channel: "Channel",
		title: "Subject", pieces: "Items",
		noTickets:       "We hold no support tickets about you.",
		othersTitle:     "Other people's data",
		others:          "Information about other people that appeared in your tickets has been removed, to protect their rights (Arts. 15(4), 20(4)).",
		portabilityNote: "This copy holds the data you provided to us (Art. 20(1)): the fields of your tickets, your messages and attachments. Notes and replies of our staff are not part of it; you can obtain them with an access request (Art. 15).",
		files:           "Files in this package",
		fileDesc: map[string]string{
			FileBundleJSON: "all the data, in JSON",
			FileSchema:     "the JSON Schema describing bundle.json",
			FileTickets:    "one row per ticket, in CSV",
			FileItems:      "one row per field, message, note and attachment, in CSV",
		},
		missing:      "This information is still to be completed.",
		missingTitle: "TO BE COMPLETED",
		doc:          doc.DefaultLabels,
	},
	"it": {
		titleAccess:      "I tuoi dati personali nel nostro sistema di assistenza",
		titlePortability: "I tuoi dati di assistenza, pronti da portare altrove",
		intro:            "Questo riepilogo accompagna la copia dei tuoi dati personali trattati dal nostro servizio di assistenza, che ci hai chiesto.",
		confirmation:     "Confermiamo che trattiamo dati personali che ti riguardano (art. 15, par. 1, GDPR). La copia comprende i ticket elencati di seguito.",
		request:          "Richiesta", subject: "Il tuo identificativo", generated: "Preparato il",
		controller: "Titolare del trattamento", dpo: "Responsabile della protezione dei dati",
		purposes:      "Finalità del trattamento (art. 15, par. 1, lett. a)",
		categories:    "Categorie di dati personali (art. 15, par. 1, lett. b)",
		recipients:    "Destinatari (art. 15, par. 1, lett. c)",
		retention:     "Per quanto tempo conserviamo i dati (art. 15, par. 1, lett. d)",
		sources:       "Da dove provengono i dati (art. 15, par. 1, lett. g)",
		sourcesNone:   "Tutti i dati di questa copia provengono da te o sono stati prodotti dal nostro personale di assistenza nel gestire le tue richieste.",
		automated:     "Processi decisionali automatizzati (art. 15, par. 1, lett. h)",
		automatedNone: "Non prendiamo decisioni che ti riguardano basate unicamente su un trattamento automatizzato, compresa la profilazione.",
		transfers:     "Trasferimenti fuori dallo Spazio economico europeo (art. 15, par. 2)",
		transfersNone: "I tuoi dati di assistenza non sono trasferiti fuori dallo Spazio economico europeo.",
		rights:        "I tuoi diritti (art. 15, par. 1, lett. e ed f)",
		authority:     "Autorità di controllo",
		rightsIntro:   "Hai il diritto di:",
		rightsList: []string{
			"ottenere la rettifica dei dati inesatti e l'integrazione di quelli incompleti (art. 16);",
			"ottenere la cancellazione dei dati (art. 17);",
			"ottenere la limitazione del trattamento (art. 18);",
			"ricevere i dati che ci hai fornito in un formato leggibile da dispositivo automatico e farli trasmettere a un altro titolare (art. 20);",
			"opporti al trattamento basato sul legittimo interesse (art. 21);",
			"proporre reclamo a un'autorità di controllo (art. 77).",
		},
		tickets: "I tuoi ticket", ticketID: "Ticket", opened: "Aperto", closed: "Chiuso", channel: "Canale",
		title: "Oggetto", pieces: "Elementi",
		noTickets:       "Non abbiamo ticket di assistenza che ti riguardano.",
		othersTitle:     "Dati di altre persone",
		others:          "Le informazioni su altre persone presenti nei tuoi ticket sono state rimosse, per tutelarne i diritti (artt. 15, par. 4, e 20, par. 4).",
		portabilityNote: "Questa copia contiene i dati che ci hai fornito (art. 20, par. 1): i campi dei tuoi ticket, i tuoi messaggi e allegati. Le note e le risposte del nostro personale non ne fanno parte; puoi ottenerle con una richiesta di accesso (art. 15).",
		files:           "File di questo pacchetto",
		fileDesc: map[string]string{
			FileBundleJSON: "tutti i dati, in JSON",
			FileSchema:     "lo schema JSON che descrive bundle.json",
			FileTickets:    "una riga per ticket, in CSV",
			FileItems:      "una riga per campo, messaggio, nota e allegato, in CSV",
		},
		missing:      "Questa informazione è ancora da completare.",
		missingTitle: "DA COMPLETARE",
		doc: doc.Labels{
			DocumentControl: "Controllo del documento", Identifier: "Identificativo", Version: "Versione",
			Date: "Data", Authors: "Autori", Classification: "Classificazione",
			Approvals: "Approvazioni", ApprovedBy: "Approvato da", Role: "Ruolo",
			Revisions: "Revisioni", Description: "Descrizione", Contents: "Indice", Page: "Pagina", Of: "di",
		},
	},
}

// SummaryLanguages are the languages [Summary] writes.
var SummaryLanguages = []string{"en", "it"}

// Summary returns the human-readable summary of a bundle with the Art. 15
// information, in lang ("it" or "en"; others get English). Items Art. 15
// requires that info lacks appear as "to be completed" notes: check
// [Art15Info.Missing] first to refuse such a summary.
func Summary(b Bundle, info Art15Info, lang string) doc.Document {
	l, ok := labelsByLang[lang]
	if !ok {
		lang, l = "en", labelsByLang["en"]
	}
	title := l.titleAccess
	if b.Kind == KindPortability {
		title = l.titlePortability
	}
	d := doc.Document{Meta: doc.Meta{
		Title: title, Subtitle: cmp.Or(info.ControllerName.In(lang), info.Controller.In(lang)), Language: lang, Identifier: b.Request,
		Date: b.Generated, Subject: title, Labels: l.doc,
	}}
	missing := func() doc.Block {
		return doc.Note{Kind: doc.NoteMissing, Title: l.missingTitle, Blocks: []doc.Block{doc.P(l.missing)}}
	}
	list := func(ts []Text) doc.Block {
		var items []string
		for _, t := range ts {
			if s := t.In(lang); s != "" {
				items = append(items, s)
			}
		}
		if len(items) == 0 {
			return nil
		}
		return doc.Bullets(items...)
	}
	// section: the list of ts, or fallback when empty (nil fallback: the
	// item is required and missing).
	section := func(heading string, ts []Text, fallback string) doc.Block {
		if b := list(ts); b != nil {
			return doc.Sec(heading, b)
		}
		if fallback == "" {
			return doc.Sec(heading, missing())
		}
		return doc.Sec(heading, doc.P(fallback))
	}

	facts := []doc.Definition{}
	if b.Request != "" {
		facts = append(facts, doc.Def(l.request, b.Request))
	}
	facts = append(facts, doc.Def(l.subject, b.Subject))
	if !b.Generated.IsZero() {
		facts = append(facts, doc.Def(l.generated, doc.FormatDate(b.Generated)))
	}
	if c := info.Controller.In(lang); c != "" {
		facts = append(facts, doc.Def(l.controller, c))
	} else {
		facts = append(facts, doc.Definition{Term: []doc.Inline{doc.Text(l.controller)}, Description: []doc.Block{missing()}})
	}
	if p := info.DPO.In(lang); p != "" {
		facts = append(facts, doc.Def(l.dpo, p))
	}
	d.Blocks = append(d.Blocks, doc.P(l.intro), doc.P(l.confirmation), doc.Defs(facts...))
	if b.Kind == KindPortability {
		d.Blocks = append(d.Blocks, doc.Note{Kind: doc.NoteLegal, Blocks: []doc.Block{doc.P(l.portabilityNote)}})
	}

	d.Blocks = append(d.Blocks, ticketSection(b, l))
	d.Blocks = append(d.Blocks,
		section(l.purposes, info.Purposes, ""),
		section(l.categories, info.Categories, ""),
		section(l.recipients, info.Recipients, ""),
		section(l.retention, info.Retention, ""),
		section(l.sources, info.Sources, l.sourcesNone),
		section(l.automated, info.AutomatedDecisions, l.automatedNone),
		section(l.transfers, info.Transfers, l.transfersNone),
	)
	rights := []doc.Block{doc.P(l.rightsIntro), doc.Bullets(l.rightsList...)}
	if extra := list(info.Rights); extra != nil {
		rights = append(rights, extra)
	}
	if a := info.Authority.In(lang); a != "" {
		rights = append(rights, doc.Para(doc.B(l.authority+": "), doc.Text(a)))
	} else {
		rights = append(rights, missing())
	}
	d.Blocks = append(d.Blocks, doc.Sec(l.rights, rights...))
	d.Blocks = append(d.Blocks, doc.Sec(l.othersTitle, doc.P(l.others)))

	var files []doc.Definition
	for _, name := range []string{FileBundleJSON, FileSchema, FileTickets, FileItems} {
		files = append(files, doc.Def(name, l.fileDesc[name]))
	}
	d.Blocks = append(d.Blocks, doc.Sec(l.files, doc.Defs(files...)))
	return d
}

func ticketSection(b Bundle, l summaryLabels) doc.Block {
	if len(b.Tickets) == 0 {
		return doc.Sec(l.tickets, doc.P(l.noTickets))
	}
	cols := []doc.Column{{Title: l.ticketID, Width: 1.2}, {Title: l.opened, Width: 1}, {Title: l.closed, Width: 1},
		{Title: l.channel, Width: 1}, {Title: l.title, Width: 3}, {Title: l.pieces, Width: 0.8}}
	rows := make([]doc.Row, 0, len(b.Tickets))
	for _, t := range b.Tickets {
		n := len(t.Fields) + len(t.Messages) + len(t.Notes) + len(t.Attachments)
		rows = append(rows, doc.TextRow(t.ID, doc.FormatDate(t.Created), doc.FormatDate(t.Closed), t.Channel, t.Title, strconv.Itoa(n)))
	}
	return doc.Sec(l.tickets, doc.Table{Caption: fmt.Sprintf("%s (%d)", l.tickets, len(b.Tickets)), Columns: cols, Rows: rows})
}

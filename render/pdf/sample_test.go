package pdf

import (
	"fmt"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/doc"
)

// sampleMeta is the metadata of the test documents: every field set.
func sampleMeta() doc.Meta {
	day := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	return doc.Meta{
		Title:          "Registro delle attività di trattamento",
		Subtitle:       "Nuvola Software S.r.l. — titolare del trattamento",
		Language:       "it",
		Identifier:     "REG-2026-01",
		Version:        "3.1",
		Date:           day,
		Authors:        []string{"Giulia Bianchi (DPO)", "Marco Rossi"},
		Approvals:      []doc.Approval{{By: "Anna Verdi", Role: "Amministratrice delegata", Date: day}},
		Revisions:      []doc.Revision{{Version: "3.0", Date: day.AddDate(0, -6, 0), Author: "Marco Rossi", Description: "Prima stesura del registro."}, {Version: "3.1", Date: day, Author: "Giulia Bianchi", Description: "Aggiunte le attività di assistenza e i trasferimenti extra UE."}},
		Classification: "Uso interno",
		Subject:        "Registro ex art. 30 GDPR",
		Keywords:       []string{"GDPR", "art. 30", "registro"},
		Labels: doc.Labels{
			DocumentControl: "Controllo del documento", Identifier: "Identificativo", Version: "Versione",
			Date: "Data", Authors: "Autori", Classification: "Classificazione",
			Approvals: "Approvazioni", ApprovedBy: "Approvato da", Role: "Ruolo",
			Revisions: "Storico delle revisioni", Description: "Descrizione",
			Contents: "Indice", Page: "Pagina", Of: "di",
		},
	}
}

// sampleDocument is a realistic document using every node kind.
func sampleDocument() *doc.Document {
	long := "Il titolare tratta i dati personali degli utenti che aprono una richiesta di assistenza, " +
		"nella misura strettamente necessaria a risolvere il problema segnalato. Le conversazioni sono " +
		"conservate per ventiquattro mesi dalla chiusura della richiesta e poi cancellate o rese anonime, " +
		"salvo che servano per difendere un diritto in giudizio."
	rows := []doc.Row{}
	for i := 1; i <= 14; i++ {
		rows = append(rows, doc.Row{
			{doc.Text(fmt.Sprintf("ACT-%02d", i))},
			{doc.B("Assistenza tecnica"), doc.LineBreak{}, doc.Text("helpdesk di primo livello")},
			{doc.Text("Esecuzione del contratto (art. 6(1)(b))")},
			{doc.Text(strings.Repeat("Nome, e-mail, contenuto del ticket. ", 1+i%3))},
			{doc.Text("24 mesi")},
		})
	}
	return &doc.Document{Meta: sampleMeta(), Blocks: []doc.Block{
		doc.Sec("Premessa",
			doc.Para(doc.Text("Questo documento è il "), doc.B("registro delle attività di trattamento"),
				doc.Text(" tenuto ai sensi dell'"), doc.I("art. 30 del Regolamento (UE) 2016/679"),
				doc.Text("; per informazioni scrivere a "), doc.L("mailto:privacy@nuvola.example", "privacy@nuvola.example"),
				doc.Text(" o consultare "), doc.L("https://www.garanteprivacy.it/", ""), doc.Text(". "+long)),
			doc.P(long+" Prezzo del servizio: 1.200 € all'anno; città: Forlì, Cantù, Ñandú, Łódź, Øresund, Straße."),
			doc.Note{Kind: doc.NoteLegal, Title: "Art. 30(1) GDPR", Blocks: []doc.Block{
				doc.P("Ogni titolare del trattamento tiene un registro delle attività di trattamento svolte sotto la propria responsabilità."),
			}},
		),
		doc.Sec("Titolare e responsabile della protezione dei dati",
			doc.Defs(
				doc.Def("Titolare", "Nuvola Software S.r.l., via Roma 1, 47121 Forlì (FC), P. IVA 01234567890"),
				doc.Def("Contatto", "privacy@nuvola.example"),
				doc.Definition{Term: []doc.Inline{doc.Text("Responsabile della protezione dei dati (DPO)")}, Description: []doc.Block{
					doc.P("Giulia Bianchi, designata il 1° marzo 2024."),
					doc.Bullets("e-mail: dpo@nuvola.example", "PEC: dpo@pec.nuvola.example"),
				}},
			),
			doc.Sec("Misure di sicurezza",
				doc.Numbered("Cifratura dei dati a riposo e in transito.", "Controllo degli accessi basato sui ruoli.", "Registrazione degli accessi amministrativi."),
				doc.List{Items: []doc.ListItem{
					doc.Item(doc.P("Misure organizzative:"), doc.Bullets("formazione annuale del personale", "procedure di gestione delle violazioni")),
					doc.Item(doc.P("Misure tecniche: backup giornalieri con conservazione di 30 giorni.")),
				}},
			),
		),
		doc.Sec("Attività di trattamento",
			doc.P("La tabella elenca le attività; ogni riga rimanda alla scheda di dettaglio."),
			doc.Tab("Tabella 1 — Attività di trattamento", []doc.Column{
				{Title: "ID", Width: 0.8}, {Title: "Attività", Width: 2}, {Title: "Base giuridica", Width: 2},
				{Title: "Categorie di dati", Width: 3}, {Title: "Conservazione", Width: 1.2}}, rows...),
			doc.Note{Kind: doc.NoteWarning, Title: "Trasferimenti extra UE", Blocks: []doc.Block{
				doc.P("Il fornitore del servizio di posta elettronica ha sede negli Stati Uniti: il trasferimento si basa sulla decisione di adeguatezza del 10 luglio 2023."),
			}},
			doc.Note{Kind: doc.NoteMissing, Title: "DA COMPLETARE", Blocks: []doc.Block{
				doc.P("Indicare il termine di conservazione dei dati di fatturazione."),
			}},
			doc.Note{Kind: doc.NoteInfo, Blocks: []doc.Block{doc.P("Nota informativa senza titolo.")}},
		),
	}}
}

package pdf

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
)

// registerDocument is a register of n activities, one section each: a
// definition list, two paragraphs and a ten-row table.
func registerDocument(n int) *doc.Document {
	d := &doc.Document{Meta: sampleMeta()}
	for i := 0; i < n; i++ {
		tab := doc.Tab(fmt.Sprintf("Categorie di dati — attività %d", i+1), []doc.Column{
			{Title: "Categoria", Width: 2}, {Title: "Interessati", Width: 2}, {Title: "Fonte", Width: 1.5}, {Title: "Conservazione", Width: 1.2}})
		for r := 0; r < 10; r++ {
			tab.Rows = append(tab.Rows, doc.TextRow(
				fmt.Sprintf("Dati di contatto %d (nome, e-mail, telefono)", r), "Clienti e potenziali clienti",
				"Interessato", fmt.Sprintf("%d mesi dalla chiusura del contratto", 12+r)))
		}
		d.Blocks = append(d.Blocks, doc.Sec(fmt.Sprintf("Attività %d — Assistenza tecnica ai clienti", i+1),
			doc.Defs(
				doc.Def("Finalità", "Risolvere le richieste di assistenza degli utenti del servizio."),
				doc.Def("Base giuridica", "Esecuzione del contratto (art. 6(1)(b) GDPR)."),
				doc.Def("Destinatari", "Fornitore del servizio di helpdesk, nominato responsabile del trattamento."),
			),
			doc.Para(doc.Text("Il trattamento riguarda i dati che l'utente comunica aprendo una richiesta; "),
				doc.B("non sono trattate categorie particolari di dati"), doc.Text(" salvo che l'utente le inserisca spontaneamente nel testo della richiesta.")),
			doc.P("I dati sono conservati per il tempo indicato nella tabella e poi cancellati; le misure di sicurezza sono descritte nella sezione dedicata del presente registro."),
			tab,
		))
	}
	return d
}

// BenchmarkRender renders a 1,000-activity register.
func BenchmarkRender(b *testing.B) {
	d := registerDocument(1000)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Render(&buf, d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1e6, "MB-pdf")
}

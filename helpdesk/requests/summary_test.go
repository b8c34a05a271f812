package requests_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/helpdesk/requests"
	"github.com/gdprkit/gdprkit/render/docx"
	"github.com/gdprkit/gdprkit/render/pdf"
)

func sampleInfo() requests.Art15Info {
	return requests.Art15Info{
		Controller: requests.Text{"it": "Nuvola Software S.r.l., privacy@nuvola.example", "en": "Nuvola Software S.r.l., privacy@nuvola.example"},
		Purposes: []requests.Text{{"it": "Assistenza tecnica — esecuzione del contratto (art. 6, par. 1, lett. b)",
			"en": "Technical support — performance of the contract (Art. 6(1)(b))"}},
		Categories: []requests.Text{{"it": "Dati di contatto", "en": "Contact data"}, {"it": "Contenuto dei ticket", "en": "Ticket content"}},
		Recipients: []requests.Text{{"it": "Fornitore di hosting (responsabile, UE)", "en": "Hosting provider (processor, EU)"}},
		Retention:  []requests.Text{{"it": "24 mesi dalla chiusura del ticket", "en": "24 months after the ticket is closed"}},
		Authority:  requests.Text{"it": "Garante per la protezione dei dati personali, www.garanteprivacy.it", "en": "Garante per la protezione dei dati personali, www.garanteprivacy.it"},
	}
}

func countKind(d doc.Document, kind doc.NoteKind) int {
	n := 0
	doc.Walk(d.Blocks, func(node doc.Node) bool {
		if note, ok := node.(doc.Note); ok && note.Kind == kind {
			n++
		}
		return true
	})
	return n
}

func TestSummaryContent(t *testing.T) {
	b := sampleBundle(t, requests.KindAccess)
	tests := []struct {
		lang  string
		wants []string
	}{
		{"en", []string{"Your personal data in our support system", "Purposes of the processing (Art. 15(1)(a))",
			"Technical support", "24 months after", "to lodge a complaint with a supervisory authority (Art. 77)",
			"Garante per la protezione", "T-1", "T-2", "We take no decision about you based solely", "Arts. 15(4), 20(4)", "bundle.json"}},
		{"it", []string{"I tuoi dati personali nel nostro sistema di assistenza", "Finalità del trattamento (art. 15, par. 1, lett. a)",
			"Assistenza tecnica", "24 mesi dalla chiusura", "proporre reclamo a un'autorità di controllo (art. 77)",
			"Autorità di controllo", "T-1", "Non prendiamo decisioni", "artt. 15, par. 4", "tickets.csv"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			d := requests.Summary(b, sampleInfo(), tt.lang)
			text := d.Meta.Title + "\n" + doc.DocumentText(d.Blocks)
			for _, w := range tt.wants {
				if !strings.Contains(text, w) {
					t.Errorf("summary lacks %q", w)
				}
			}
			if d.Meta.Language != tt.lang || d.Meta.Identifier != "R-7" || !d.Meta.Date.Equal(b.Generated) {
				t.Errorf("meta = %+v", d.Meta)
			}
			if strings.Contains(text, "luca@") || strings.Contains(text, "bob@") {
				t.Error("a third party's address reached the summary")
			}
			if n := countKind(d, doc.NoteMissing); n != 0 {
				t.Errorf("%d missing-information notes with complete information", n)
			}
		})
	}
}

func TestSummaryMarksMissingInformation(t *testing.T) {
	info := sampleInfo()
	info.Purposes, info.Authority = nil, nil
	if got := info.Missing("en"); strings.Join(got, ",") != "purposes,authority" {
		t.Fatalf("Missing = %v", got)
	}
	if got := sampleInfo().Missing("it"); got != nil {
		t.Fatalf("Missing = %v", got)
	}
	d := requests.Summary(sampleBundle(t, requests.KindAccess), info, "it")
	if n := countKind(d, doc.NoteMissing); n != 2 {
		t.Fatalf("%d missing notes, want 2", n)
	}
	if !strings.Contains(doc.DocumentText(d.Blocks), "DA COMPLETARE") {
		t.Fatal("no Italian marker")
	}
}

func TestSummaryPortability(t *testing.T) {
	d := requests.Summary(sampleBundle(t, requests.KindPortability), sampleInfo(), "en")
	if d.Meta.Title != "Your support data, ready to take elsewhere" || countKind(d, doc.NoteLegal) != 1 {
		t.Fatalf("portability summary: %q", d.Meta.Title)
	}
	if fr := requests.Summary(sampleBundle(t, requests.KindAccess), sampleInfo(), "fr"); fr.Meta.Language != "en" {
		t.Fatal("an unknown language does not fall back to English")
	}
}

func TestTextIn(t *testing.T) {
	tests := []struct {
		t    requests.Text
		lang string
		want string
	}{
		{requests.Text{"it": "ciao", "en": "hello"}, "it", "ciao"},
		{requests.Text{"it": "ciao", "en": "hello"}, "de", "hello"},
		{requests.Text{"it": "ciao"}, "en", "ciao"},
		{requests.Text{"fr": "salut", "de": "hallo"}, "en", "hallo"},
		{nil, "en", ""},
	}
	for _, tt := range tests {
		if got := tt.t.In(tt.lang); got != tt.want {
			t.Errorf("%v.In(%s) = %q, want %q", tt.t, tt.lang, got, tt.want)
		}
	}
}

// TestSummaryRenders renders the summary through the real DOCX and PDF
// writers; with poppler installed it checks the PDF's text too.
func TestSummaryRenders(t *testing.T) {
	b := sampleBundle(t, requests.KindAccess)
	for _, lang := range requests.SummaryLanguages {
		d := requests.Summary(b, sampleInfo(), lang)
		var w bytes.Buffer
		if err := docx.Render(&w, &d, docx.Options{}); err != nil {
			t.Fatalf("docx %s: %v", lang, err)
		}
		if w.Len() == 0 || !bytes.HasPrefix(w.Bytes(), []byte("PK")) {
			t.Fatalf("docx %s: not a zip", lang)
		}
		var p bytes.Buffer
		if err := pdf.Render(&p, &d, pdf.Options{}); err != nil {
			t.Fatalf("pdf %s: %v", lang, err)
		}
		if !bytes.HasPrefix(p.Bytes(), []byte("%PDF-")) {
			t.Fatalf("pdf %s: not a PDF", lang)
		}
		pdftotext, err := exec.LookPath("pdftotext")
		if err != nil {
			continue
		}
		path := filepath.Join(t.TempDir(), "summary.pdf")
		os.WriteFile(path, p.Bytes(), 0o644)
		out, err := exec.Command(pdftotext, "-layout", path, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		want := map[string]string{"en": "Art. 15(1)(a)", "it": "Finalità del trattamento"}[lang]
		if !strings.Contains(string(out), want) {
			t.Errorf("pdf %s: text lacks %q", lang, want)
		}
	}
}

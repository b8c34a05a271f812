package register_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
	"github.com/gdprkit/gdprkit/render/docx"
	"github.com/gdprkit/gdprkit/render/pdf"
	"github.com/gdprkit/gdprkit/render/xlsx"
)

// bigRegister returns a register of n realistic activities.
func bigRegister(n int) (*gdpr.Organisation, *register.Register) {
	org := &gdpr.Organisation{Controller: gdpr.Party{Name: "Nuvola Software S.r.l.", Email: "info@nuvola.example", Address: "Via dei Mille 42, Bologna"}}
	reg := &register.Register{
		Version: "1", FirstCreated: "2020-01-01", LastUpdated: "2026-11-01",
		DataSubjects:   []register.DataSubjectCategory{{ID: "customers", Name: gdpr.T("Clienti", "Customers")}},
		DataCategories: []register.DataCategory{{ID: "contact", Name: gdpr.T("Dati di contatto", "Contact data"), Description: gdpr.T("email, telefono, indirizzo", "email, phone, address")}},
		Recipients:     []register.Recipient{{ID: "hosting", Name: gdpr.T("EuroCloud Hosting GmbH", "EuroCloud Hosting GmbH"), Kind: gdpr.Processor, Country: "DE", Contract: "DPA 2023"}},
	}
	for i := range n {
		reg.Activities = append(reg.Activities, register.Activity{
			ID: fmt.Sprintf("act-%05d", i), Name: gdpr.T(fmt.Sprintf("Attività di trattamento n. %d", i), fmt.Sprintf("Processing activity no. %d", i)),
			Description: gdpr.T("Gestione delle richieste dei clienti ricevute per email e modulo web, con apertura dei ticket e risposta entro due giorni lavorativi.", "Handling customer requests received by email and web form."),
			Status:      register.Active, Owner: "Responsabile assistenza", Created: "2020-01-01", Updated: "2026-11-01",
			Purposes: []register.Purpose{
				{Description: gdpr.T("Fornire assistenza tecnica sui prodotti in licenza", "Technical support"), LegalBasis: gdpr.Contract},
				{Description: gdpr.T("Misurare la soddisfazione dei clienti", "Satisfaction"), LegalBasis: gdpr.LegitimateInterests, LegitimateInterest: gdpr.T("Migliorare il servizio", "Improving the service")},
			},
			DataSubjects: []string{"customers"}, DataCategories: []string{"contact"}, Recipients: []string{"hosting"},
			Retention: []gdpr.Retention{{Period: "P72M", Trigger: gdpr.T("cessazione del contratto", "end of the contract"), EndAction: gdpr.Anonymise}},
			Security:  gdpr.Security{Summary: gdpr.T("Accesso per ruoli con autenticazione a due fattori; cifratura in transito e a riposo.", "Role-based access with 2FA; encryption.")},
		})
	}
	return org, reg
}

// BenchmarkRegisterWorkbook measures building and writing the register
// workbook (target: 10,000 activities under 2 s and 500 MB).
func BenchmarkRegisterWorkbook(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		org, reg := bigRegister(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				wb := register.Workbook(org, reg, "it", register.DocumentOptions{Date: "2026-11-22"})
				if err := xlsx.Render(io.Discard, wb, xlsx.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRegisterDocument measures the 1,000-activity register as DOCX
// (target under 1 s) and PDF (under 3 s).
func BenchmarkRegisterDocument(b *testing.B) {
	org, reg := bigRegister(1000)
	d := register.Document(org, reg, "it", register.DocumentOptions{Date: "2026-11-22"})
	b.Run("docx", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := docx.Render(io.Discard, d, docx.Options{TOC: true}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("pdf", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := pdf.Render(io.Discard, d, pdf.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

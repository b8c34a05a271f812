package register

import (
	"fmt"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
)

// Workbook returns the register as a workbook in lang: a cover sheet, an
// activities sheet with one row per activity and a column per Art. 30(1)
// element, and sheets for purposes and legal bases, data categories,
// recipients and transfers, retention, security measures and the processor
// register. An empty mandatory cell shows the "to be completed" marker.
func Workbook(org *gdpr.Organisation, reg *Register, lang string, opts DocumentOptions) *doc.Workbook {
	w := words{lang: lang, reg: reg}
	wb := &doc.Workbook{Meta: meta(org, reg, lang, opts)}
	wb.Sheets = append(wb.Sheets, coverSheet(w, org, reg), activitiesSheet(w, org, reg), purposesSheet(w, reg),
		dataSheet(w, reg), recipientsSheet(w, reg), retentionSheet(w, reg), securitySheet(w, reg))
	if reg.Processor != nil && len(reg.Processor.Clients) > 0 {
		wb.Sheets = append(wb.Sheets, processorSheet(w, reg.Processor))
	}
	return wb
}

func cols(w words, spec ...any) []doc.SheetColumn {
	var out []doc.SheetColumn
	for i := 0; i < len(spec); i += 2 {
		out = append(out, doc.SheetColumn{Title: w.t(spec[i].(string)), Width: spec[i+1].(float64)})
	}
	return out
}

func coverSheet(w words, org *gdpr.Organisation, reg *Register) doc.Sheet {
	s := doc.Sheet{Name: w.t("sheet_cover"), Form: true, Columns: cols(w, "field", 34.0, "value", 80.0)}
	add := func(label, v string) { s.Rows = append(s.Rows, []string{label, v}) }
	add(w.t("controller"), w.orMissing(org.Controller.Name))
	for _, l := range w.party(org.Controller)[min(1, len(w.party(org.Controller))):] {
		k, v, _ := strings.Cut(l, ": ")
		add(k, v)
	}
	if org.Representative != nil {
		add(w.t("representative"), strings.Join(w.party(*org.Representative), "\n"))
	}
	if org.DPO != nil {
		add(w.t("dpo"), strings.Join(w.dpo(*org.DPO), "\n"))
	}
	add(w.t("version"), reg.Version)
	add(w.t("first_created"), string(reg.FirstCreated))
	add(w.t("last_updated"), string(reg.LastUpdated))
	add(w.t("next_review"), string(reg.NextReview))
	for _, a := range reg.Approvals {
		add(w.t("approval"), fmt.Sprintf("%s, %s — %s", a.By, a.Role, a.Date))
	}
	return s
}

func activitiesSheet(w words, org *gdpr.Organisation, reg *Register) doc.Sheet {
	lang := w.lang
	s := doc.Sheet{Name: w.t("sheet_activities"), Columns: cols(w,
		"id", 14.0, "activity", 28.0, "description", 40.0, "status", 12.0, "owner", 18.0,
		"a_controllers", 30.0, "b_purposes", 50.0, "c_subjects", 30.0, "c_data", 44.0,
		"d_recipients", 44.0, "e_transfers", 44.0, "f_retention", 44.0, "g_security", 50.0,
		"systems", 30.0, "dpia", 24.0, "automated", 28.0, "created", 12.0, "updated", 12.0)}
	s.Columns[3].Choices = Status("").Keys()
	for i := range reg.Activities {
		a := &reg.Activities[i]
		if a.Omitted {
			continue
		}
		ctrl := []string{org.Controller.Name}
		for _, jc := range a.JointControllers {
			ctrl = append(ctrl, w.t("joint_controllers")+": "+jc.Party.Name)
		}
		if org.DPO != nil {
			ctrl = append(ctrl, w.t("dpo")+": "+org.DPO.Name)
		}
		var purposes, recips, transfers, ret []string
		for _, p := range a.Purposes {
			purposes = append(purposes, w.purpose(p))
		}
		for _, c := range a.SpecialConditions {
			purposes = append(purposes, w.t("special_conditions")+": "+c.Label(lang)+", "+c.Article())
		}
		for _, id := range a.Recipients {
			recips = append(recips, w.recipient(id))
		}
		if a.NoRecipients && len(recips) == 0 {
			recips = []string{w.t("no_recipients")}
		}
		for _, t := range a.Transfers {
			transfers = append(transfers, w.transfer(t))
		}
		if len(transfers) == 0 {
			transfers = []string{w.t("no_transfers")}
		}
		for _, r := range a.Retention {
			ret = append(ret, w.retention(r))
		}
		s.Rows = append(s.Rows, []string{
			a.ID, w.orMissing(a.Name.In(lang)), a.Description.In(lang), string(a.Status), a.Owner,
			strings.Join(ctrl, "\n"),
			w.orMissing(bullets(purposes)),
			w.orMissing(mapJoin(a.DataSubjects, w.subject, "\n")),
			w.orMissing(mapJoin(a.DataCategories, w.category, "\n")),
			w.orMissing(bullets(recips)),
			bullets(transfers),
			w.orMissing(bullets(ret)),
			w.orMissing(bullets(w.security(a.Security))),
			mapJoin(a.Systems, w.system, "\n"),
			w.dpia(a.DPIA),
			w.automated(a.AutomatedDecisions),
			string(a.Created), string(a.Updated),
		})
	}
	return s
}

// bullets joins items one per line, with a bullet when there are several.
func bullets(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return "• " + strings.Join(items, "\n• ")
}

func purposesSheet(w words, reg *Register) doc.Sheet {
	lang := w.lang
	s := doc.Sheet{Name: w.t("sheet_purposes"), Columns: cols(w,
		"id", 14.0, "purpose", 44.0, "legal_basis", 26.0, "article", 14.0, "basis_reference", 24.0,
		"legitimate_interest", 36.0, "lia", 20.0, "consent_record", 22.0, "withdrawal", 30.0)}
	s.Columns[2].Choices = gdpr.LegalBasis("").Keys()
	for _, a := range reg.Activities {
		if a.Omitted {
			continue
		}
		for _, p := range a.Purposes {
			s.Rows = append(s.Rows, []string{a.ID, p.Description.In(lang), w.orMissing(string(p.LegalBasis)), p.LegalBasis.Article(),
				p.BasisReference, p.LegitimateInterest.In(lang), p.LIA, p.ConsentRecord, p.Withdrawal.In(lang)})
		}
	}
	return s
}

func dataSheet(w words, reg *Register) doc.Sheet {
	lang := w.lang
	s := doc.Sheet{Name: w.t("sheet_data"), Columns: cols(w,
		"id", 18.0, "name", 28.0, "description", 44.0, "special", 16.0, "criminal", 16.0, "kind", 20.0, "used_by", 30.0)}
	s.Columns[5].Title = "DPV"
	yn := func(b bool) string {
		if b {
			return i18n.Common.T(lang, "yes")
		}
		return i18n.Common.T(lang, "no")
	}
	s.Columns[3].Choices = []string{i18n.Common.T(lang, "yes"), i18n.Common.T(lang, "no")}
	s.Columns[4].Choices = s.Columns[3].Choices
	for _, c := range reg.DataCategories {
		var users []string
		for _, a := range reg.Activities {
			for _, id := range a.DataCategories {
				if id == c.ID {
					users = append(users, a.ID)
				}
			}
		}
		s.Rows = append(s.Rows, []string{c.ID, c.Name.In(lang), c.Description.In(lang), yn(c.Special), yn(c.Criminal), c.DPV, strings.Join(users, ", ")})
	}
	return s
}

func recipientsSheet(w words, reg *Register) doc.Sheet {
	lang := w.lang
	s := doc.Sheet{Name: w.t("sheet_recipients"), Columns: cols(w,
		"id", 16.0, "name", 30.0, "kind", 22.0, "service", 36.0, "country", 10.0, "contract", 26.0, "mechanism", 40.0, "used_by", 28.0)}
	s.Columns[2].Choices = gdpr.RecipientKind("").Keys()
	for _, r := range reg.Recipients {
		var users, mech []string
		for _, a := range reg.Activities {
			for _, id := range a.Recipients {
				if id == r.ID {
					users = append(users, a.ID)
				}
			}
			for _, t := range a.Transfers {
				if t.Recipient == r.ID {
					mech = append(mech, a.ID+": "+w.transfer(t))
				}
			}
		}
		contract := r.Contract
		if contract == "" && r.Kind.IsProcessor() {
			contract = i18n.Missing(lang)
		}
		s.Rows = append(s.Rows, []string{r.ID, r.Name.In(lang), string(r.Kind), r.Service.In(lang), r.Country, contract,
			strings.Join(mech, "\n"), strings.Join(users, ", ")})
	}
	return s
}

func retentionSheet(w words, reg *Register) doc.Sheet {
	lang := w.lang
	s := doc.Sheet{Name: w.t("sheet_retention"), Columns: cols(w,
		"id", 14.0, "categories", 30.0, "period", 18.0, "criterion", 36.0, "trigger", 30.0, "end_action", 16.0, "legal_reference", 24.0)}
	s.Columns[5].Choices = gdpr.EndAction("").Keys()
	for _, a := range reg.Activities {
		if a.Omitted {
			continue
		}
		for _, r := range a.Retention {
			cats := w.t("all_categories")
			if len(r.Categories) > 0 {
				cats = mapJoin(r.Categories, w.categoryName, ", ")
			}
			period := ""
			if r.Period != "" {
				period = r.Period.Words(lang) + " (" + string(r.Period) + ")"
			}
			s.Rows = append(s.Rows, []string{a.ID, cats, period, r.Criterion.In(lang), r.Trigger.In(lang), string(r.EndAction), r.LegalReference})
		}
	}
	return s
}

func securitySheet(w words, reg *Register) doc.Sheet {
	lang := w.lang
	s := doc.Sheet{Name: w.t("sheet_security"), Columns: cols(w,
		"id", 14.0, "kind", 16.0, "measure", 60.0, "kind", 24.0, "documents", 30.0)}
	s.Columns[3].Title = "DPV"
	s.Columns[1].Choices = gdpr.MeasureKind("").Keys()
	for _, a := range reg.Activities {
		if a.Omitted {
			continue
		}
		if sum := a.Security.Summary.In(lang); sum != "" {
			s.Rows = append(s.Rows, []string{a.ID, "", sum, "", strings.Join(a.Security.Documents, "; ")})
		}
		for _, m := range a.Security.Measures {
			s.Rows = append(s.Rows, []string{a.ID, string(m.Kind), m.Description.In(lang), m.DPV, m.Reference})
		}
	}
	return s
}

func processorSheet(w words, p *ProcessorRegister) doc.Sheet {
	lang := w.lang
	s := doc.Sheet{Name: w.t("sheet_processor"), Columns: cols(w,
		"client", 30.0, "service", 30.0, "contract", 22.0, "processing", 44.0, "sub_processors", 30.0, "e_transfers", 40.0, "g_security", 44.0, "end_of_contract", 28.0)}
	for _, c := range p.Clients {
		var proc, tr []string
		for _, t := range c.Processing {
			proc = append(proc, t.In(lang))
		}
		for _, t := range c.Transfers {
			tr = append(tr, w.transfer(t))
		}
		s.Rows = append(s.Rows, []string{
			w.orMissing(strings.Join(w.party(c.Controller), "\n")), c.Service.In(lang), c.Contract,
			w.orMissing(bullets(proc)), mapJoin(c.SubProcessors, w.recipient, "\n"), bullets(tr),
			w.orMissing(bullets(w.security(c.Security))), c.EndOfContract.In(lang),
		})
	}
	return s
}

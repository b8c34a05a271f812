package notice

import (
	"strings"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
)

// retentionSection gives the storage period of each activity, per data
// category where the register splits it (Art. 13(2)(a), 14(2)(a)).
func (v *view) retentionSection(lang string) doc.Section {
	s := doc.Sec(tr(lang, "sec_retention"), para(lang, "retention_lead", str(cite(lang, v.article("Art. 13(2)(a)", "Art. 14(2)(a)")))))
	for _, x := range v.acts {
		t := doc.Table{Columns: []doc.Column{
			{Title: tr(lang, "col_data"), Width: 2}, {Title: tr(lang, "col_period"), Width: 3},
			{Title: tr(lang, "col_from"), Width: 2}, {Title: tr(lang, "col_end"), Width: 1.5},
		}}
		if len(v.acts) > 1 {
			t.Caption = x.a.Name.In(lang)
		}
		for _, r := range x.a.Retention {
			t.Rows = append(t.Rows, doc.Row{
				doc.Cell{doc.Text(v.retentionData(lang, r))},
				periodCell(lang, r),
				doc.Cell{doc.Text(orDash(r.Trigger.In(lang)))},
				doc.Cell{doc.Text(r.EndAction.Label(lang))},
			})
		}
		if len(t.Rows) == 0 {
			t.Rows = append(t.Rows, doc.Row{doc.Cell{doc.Text(tr(lang, "retention_all"))}, doc.Cell{missing(lang)}, nil, nil})
		}
		s.Blocks = append(s.Blocks, t)
	}
	return s
}

func (v *view) retentionData(lang string, r gdpr.Retention) string {
	if len(r.Categories) == 0 {
		return upperFirst(tr(lang, "retention_all"))
	}
	names := make([]string, len(r.Categories))
	for i, id := range r.Categories {
		names[i] = v.categoryName(id, lang)
	}
	return strings.Join(names, ", ")
}

// periodCell is the period in words and, where given, the criterion and
// the norm that sets it.
func periodCell(lang string, r gdpr.Retention) doc.Cell {
	var parts []string
	if r.Period != "" {
		parts = append(parts, r.Period.Words(lang))
	}
	if !r.Criterion.IsEmpty() {
		parts = append(parts, r.Criterion.In(lang))
	}
	if len(parts) == 0 {
		return doc.Cell{missing(lang)}
	}
	c := doc.Cell{doc.Text(upperFirst(strings.Join(parts, "; ")))}
	if r.LegalReference != "" {
		c = append(c, doc.Text(" ("+r.LegalReference+")"))
	}
	return c
}

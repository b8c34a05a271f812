package notice

import (
	"strings"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
)

// dataSection lists the categories of personal data (Art. 14(1)(d); good
// practice under Art. 13).
func (v *view) dataSection(lang string) doc.Section {
	cats := v.categories()
	s := doc.Sec(tr(lang, "sec_data"), para(lang, "data_lead"))
	if len(cats) == 0 {
		s.Blocks = append(s.Blocks, doc.Para(missing(lang)))
		return s
	}
	var l doc.List
	for _, c := range cats {
		p := doc.Para(doc.B(c.c.Name.In(lang)))
		if !c.c.Description.IsEmpty() {
			p.Inlines = append(p.Inlines, doc.Text(": "+c.c.Description.In(lang)))
		}
		switch {
		case c.c.Special:
			p.Inlines = append(p.Inlines, doc.Text(" — "), doc.I(tr(lang, "data_special")))
		case c.c.Criminal:
			p.Inlines = append(p.Inlines, doc.Text(" — "), doc.I(tr(lang, "data_criminal")))
		}
		l.Items = append(l.Items, doc.Item(p))
	}
	s.Blocks = append(s.Blocks, l)
	return s
}

// paragraphs splits free text into paragraphs at blank lines.
func paragraphs(t gdpr.Text, lang string) []doc.Block {
	var out []doc.Block
	for _, p := range strings.Split(strings.ReplaceAll(t.In(lang), "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, doc.P(p))
		}
	}
	return out
}

// extraSections are the notice's own titled blocks.
func (v *view) extraSections(lang string) []doc.Block {
	out := make([]doc.Block, 0, len(v.n.Sections))
	for _, sec := range v.n.Sections {
		s := doc.Sec(sec.Title.In(lang), paragraphs(sec.Text, lang)...)
		if len(sec.Items) > 0 {
			var l doc.List
			for _, it := range sec.Items {
				l.Items = append(l.Items, doc.Item(doc.P(it.In(lang))))
			}
			s.Blocks = append(s.Blocks, l)
		}
		out = append(out, s)
	}
	return out
}

// needsSource reports whether the notice must say where data come from.
func (v *view) needsSource() bool {
	return v.kind() == Art14 || v.n.Obtained != nil || len(v.sources()) > 0
}

// sourceSection says where the data come from, whether the source is
// public, when the notice is given and which exemption is relied on
// (Art. 14(2)(f), 14(3), 14(5)).
func (v *view) sourceSection(lang string) doc.Section {
	s := doc.Sec(tr(lang, "sec_source"), para(lang, "source_lead"))
	publicity := func(public bool) string {
		if public {
			return tr(lang, "source_public")
		}
		return tr(lang, "source_private")
	}
	var l doc.List
	if o := v.n.Obtained; o != nil && !o.Source.IsEmpty() {
		l.Items = append(l.Items, doc.Item(doc.Para(doc.Text(o.Source.In(lang)), doc.Text(" ("+publicity(o.Public)+")"))))
	}
	for _, src := range v.sources() {
		p := doc.Para(text(src.s.Description, lang))
		if len(src.s.Categories) > 0 {
			names := make([]string, len(src.s.Categories))
			for i, id := range src.s.Categories {
				names[i] = v.categoryName(id, lang)
			}
			p.Inlines = append(p.Inlines, doc.Text(": "+strings.Join(names, ", ")))
		}
		p.Inlines = append(p.Inlines, doc.Text(" ("+publicity(src.s.Public)+")"))
		l.Items = append(l.Items, doc.Item(p))
	}
	if len(l.Items) == 0 {
		l.Items = append(l.Items, doc.Item(doc.Para(missing(lang))))
	}
	s.Blocks = append(s.Blocks, l)
	o := v.n.Obtained
	if o == nil {
		return s
	}
	if o.Timing != "" {
		s.Blocks = append(s.Blocks, para(lang, "source_timing", str(o.Timing.Label(lang)), str(cite(lang, o.Timing.Article()))))
	}
	if e := o.Exemption; e != nil {
		s.Blocks = append(s.Blocks, para(lang, "exemption", str(cite(lang, e.Ground.Article())), str(e.Ground.Label(lang))))
		if !e.Measures.IsEmpty() {
			s.Blocks = append(s.Blocks, para(lang, "exemption_measures", str(e.Measures.In(lang))))
		}
		if e.LawReference != "" {
			s.Blocks = append(s.Blocks, para(lang, "exemption_law", str(e.LawReference)))
		}
	}
	return s
}

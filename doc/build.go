package doc

// Builders: short constructors for documents written in Go.
//
//	d := doc.Document{Meta: doc.Meta{Title: "Notice"}, Blocks: []doc.Block{
//		doc.Sec("Who we are", doc.P("Nuvola Software S.r.l.")),
//	}}

// Sec returns a section with the given title and blocks.
func Sec(title string, blocks ...Block) Section { return Section{Title: title, Blocks: blocks} }

// P returns a paragraph of plain text.
func P(text string) Paragraph { return Paragraph{Inlines: []Inline{Text(text)}} }

// Para returns a paragraph of inlines.
func Para(in ...Inline) Paragraph { return Paragraph{Inlines: in} }

// B returns bold text.
func B(text string) Strong { return Strong{Inlines: []Inline{Text(text)}} }

// I returns emphasised text.
func I(text string) Emph { return Emph{Inlines: []Inline{Text(text)}} }

// L returns a link whose visible text is text (the URL when text is "").
func L(url, text string) Link {
	if text == "" {
		return Link{URL: url}
	}
	return Link{URL: url, Inlines: []Inline{Text(text)}}
}

// Item returns a list item holding blocks.
func Item(blocks ...Block) ListItem { return ListItem{Blocks: blocks} }

// Bullets returns a bulleted list with one plain-text paragraph per item.
func Bullets(items ...string) List { return textList(false, items) }

// Numbered returns a numbered list with one plain-text paragraph per item.
func Numbered(items ...string) List { return textList(true, items) }

func textList(ordered bool, items []string) List {
	l := List{Ordered: ordered, Items: make([]ListItem, len(items))}
	for i, s := range items {
		l.Items[i] = Item(P(s))
	}
	return l
}

// Def returns a definition of term as a plain-text paragraph.
func Def(term, description string) Definition {
	return Definition{Term: []Inline{Text(term)}, Description: []Block{P(description)}}
}

// Defs returns a definition list.
func Defs(items ...Definition) DefinitionList { return DefinitionList{Items: items} }

// Cols returns equal-width columns with the given titles.
func Cols(titles ...string) []Column {
	cs := make([]Column, len(titles))
	for i, t := range titles {
		cs[i] = Column{Title: t}
	}
	return cs
}

// TextRow returns a row of plain-text cells.
func TextRow(cells ...string) Row {
	r := make(Row, len(cells))
	for i, s := range cells {
		r[i] = Cell{Text(s)}
	}
	return r
}

// Tab returns a table with the given columns and rows.
func Tab(caption string, cols []Column, rows ...Row) Table {
	return Table{Caption: caption, Columns: cols, Rows: rows}
}

package docx

// Options tune [Render]. The zero value renders an A4 document with
// gdprkit's own styles and no table of contents.
type Options struct {
	// PageSize is the paper size of a document rendered without a
	// reference; a reference's page setup wins.
	PageSize PageSize
	// TOC adds a table of contents (headings 1–3) after the
	// document-control block, titled with the document's
	// [doc.Labels].Contents. Word refreshes it when the file is opened;
	// the entries are also written out so readers that do not update
	// fields still show them.
	TOC bool
	// Reference is an optional .docx whose look replaces gdprkit's, as
	// pandoc's reference.docx does:
	//   - its styles.xml, with the document's language set in its defaults
	//     and gdprkit's styles it lacks added; styles are matched by type
	//     and name, so a localised Word's ids ("Titolo1" for heading 1)
	//     are used;
	//   - its numbering definitions, kept beside gdprkit's lists (whose
	//     ids start after the reference's), so numbered headings keep
	//     working; picture bullets fall back to their text;
	//   - its headers and footers with the parts they use (a logo), in
	//     place of gdprkit's when it has any;
	//   - its section properties: page size, orientation and margins.
	// Only WordprocessingML markup is taken from styles, numbering and
	// section properties; extension markup (w14 …) is dropped. Render
	// fails with an error starting "docx: reference:" when Reference is
	// not a readable .docx.
	Reference []byte
}

// PageSize is a paper size.
type PageSize int

// The paper sizes.
const (
	// A4 is 210 × 297 mm, the default.
	A4 PageSize = iota
	// Letter is US Letter, 8.5 × 11 in.
	Letter
)

// String returns the size's name.
func (p PageSize) String() string {
	switch p {
	case A4:
		return "A4"
	case Letter:
		return "Letter"
	}
	return "PageSize(?)"
}

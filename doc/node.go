package doc

// Node is any node of the tree: a [Block] or an [Inline].
type Node interface{ node() }

// Block is a block-level node. The set is closed: [Section], [Paragraph],
// [List], [DefinitionList], [Table], [Note].
type Block interface {
	Node
	block()
}

// Inline is an inline node. The set is closed: [Text], [Strong], [Emph],
// [Link], [LineBreak].
type Inline interface {
	Node
	inline()
}

// Section is a titled part of a document. Its heading level is its nesting
// depth: a top-level section is level 1.
type Section struct {
	Title  string
	Blocks []Block
}

// Paragraph is a run of inlines.
type Paragraph struct {
	Inlines []Inline
}

// List is a bulleted or numbered list; items may nest further lists.
type List struct {
	Ordered bool
	Items   []ListItem
}

// ListItem is one list entry: usually a paragraph, maybe a nested list.
type ListItem struct {
	Blocks []Block
}

// DefinitionList pairs terms with their descriptions, as in
// "Controller: Nuvola Software S.r.l.".
type DefinitionList struct {
	Items []Definition
}

// Definition is one term and its description.
type Definition struct {
	Term        []Inline
	Description []Block
}

// Table is a table whose header row is made of the column titles. Cells hold
// inlines only.
type Table struct {
	Caption string
	Columns []Column
	Rows    []Row
}

// Column is a table column: its title and its relative width (the widths
// of a table are proportions; zero means equal share).
type Column struct {
	Title string
	Width float64
}

// Row is one table row; it has one cell per column.
type Row []Cell

// Cell is the content of one table cell.
type Cell []Inline

// NoteKind is the kind of a [Note].
type NoteKind int

// The note kinds.
const (
	// NoteInfo is a neutral callout.
	NoteInfo NoteKind = iota
	// NoteLegal states a legal point, citing its article.
	NoteLegal
	// NoteWarning draws attention to a risk.
	NoteWarning
	// NoteMissing marks data still to be completed in a draft.
	NoteMissing
)

// Note is a boxed callout.
type Note struct {
	Kind   NoteKind
	Title  string
	Blocks []Block
}

// Text is plain text. Newlines inside it are kept as line breaks.
type Text string

// Strong is bold text.
type Strong struct{ Inlines []Inline }

// Emph is emphasised (italic) text.
type Emph struct{ Inlines []Inline }

// Link is a hyperlink; Inlines are its visible text (the URL when empty).
type Link struct {
	URL     string
	Inlines []Inline
}

// LineBreak is a hard line break inside a paragraph or cell.
type LineBreak struct{}

func (Section) node()        {}
func (Paragraph) node()      {}
func (List) node()           {}
func (DefinitionList) node() {}
func (Table) node()          {}
func (Note) node()           {}
func (Text) node()           {}
func (Strong) node()         {}
func (Emph) node()           {}
func (Link) node()           {}
func (LineBreak) node()      {}

func (Section) block()        {}
func (Paragraph) block()      {}
func (List) block()           {}
func (DefinitionList) block() {}
func (Table) block()          {}
func (Note) block()           {}

func (Text) inline()      {}
func (Strong) inline()    {}
func (Emph) inline()      {}
func (Link) inline()      {}
func (LineBreak) inline() {}

// AllNodes returns one zero value of every node kind. Renderer tests range
// over it to prove they handle the whole closed set.
func AllNodes() []Node {
	return []Node{
		Section{}, Paragraph{}, List{}, DefinitionList{}, Table{}, Note{},
		Text(""), Strong{}, Emph{}, Link{}, LineBreak{},
	}
}

package doc

// Workbook is a spreadsheet document: metadata and sheets.
type Workbook struct {
	Meta   Meta
	Sheets []Sheet
}

// Sheet is one worksheet: a header row of column titles and data rows.
type Sheet struct {
	// Name is the tab name; writers shorten it to 31 characters and make it
	// unique.
	Name string
	// Columns are the header row.
	Columns []SheetColumn
	// Rows hold one string per column. Values are always written as text,
	// never as formulas.
	Rows [][]string
	// Form marks a sheet that is a two-column form (label, value), such as
	// a cover sheet: writers style the first column as labels and add no
	// autofilter.
	Form bool
}

// SheetColumn is a column of a sheet.
type SheetColumn struct {
	// Title is the header cell.
	Title string
	// Width is the column width in characters; zero lets the writer choose
	// from the content.
	Width float64
	// Choices, when set, become a drop-down list that validates the column.
	Choices []string
}

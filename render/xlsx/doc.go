// Package xlsx writes a [doc.Workbook] as an Excel workbook (XLSX) with
// [Render].
//
// Each [doc.Sheet] becomes a worksheet. A table sheet gets a styled header
// row (bold, white on dark blue), a frozen header, an autofilter over its
// data, wrapped text aligned to the top, thin grey borders, column widths
// fitted to the content and row heights that show the wrapped text. A form
// sheet ([doc.Sheet.Form]) gets bold labels in its first column, no filter
// and no frozen rows, and a header row only when one of its columns has a
// title; when it is the first sheet it is the cover, with the document
// title and subtitle above the form. Columns with
// [doc.SheetColumn.Choices] get a drop-down list; lists too long for
// Excel's inline limit of 255 characters, or whose items hold a comma or a
// quote, are kept on a hidden sheet named "lists".
//
// Text is data: every value is stored as text, never as a formula, even
// when it starts with "=", "+", "-" or "@", and cells are formatted as Text
// so that editing one keeps it text. Characters XML 1.0 forbids are
// dropped and text is normalised to NFC; a cell holds at most Excel's
// 32,767 characters, so longer text is cut. Sheet names are cut to 31
// characters, rid of the characters Excel forbids ([]:*?/\) and made
// unique regardless of case.
//
// The file's properties come from [doc.Meta]: title, subject, authors
// (or "gdprkit"), keywords, language and the document date as created and
// modified time. Output is byte-identical for identical input: the zip
// entries come in a fixed order with the document date as their time.
//
// Every sheet prints on A4 (tables landscape, forms portrait), scaled to a
// whole number of pages wide, with the header row repeated, the title in
// the page header and "Page X of Y" ([doc.Labels]) in the footer.
//
// Rows are written with excelize's stream writer, so a sheet of 10,000
// rows of long text renders in about a second.
package xlsx

// Package pdf writes a [doc.Document] as a PDF: A4 (or US Letter), the Go
// fonts embedded so every Latin character and the euro sign print, a title
// block and a document-control block on the first page, bookmarks from the
// sections, a running header with title and version, and a footer with
// "Page X of Y".
//
// [Render] is the entry point; [Options] is its configuration, whose zero
// value renders A4.
//
// Layout is done here, not by fpdf: paragraphs are justified with mixed
// bold, italic and linked text, except a line whose spaces would have to
// grow beyond three times their width (an underfull line, typically before
// a long address), which is set ragged-right; a word longer than a line
// (an e-mail address, a URL, a path) breaks after one of its separators,
// and only a word without one (an IBAN) is cut between characters.
// Headings are kept with what follows: a heading moves to the next page
// unless two lines of its text, or a lead-in sentence and the header and
// first row of the table after it, fit below it. Tables repeat their
// header row on every page and split a row taller than a page between its
// lines, so nothing runs off a page. Notes are shaded boxes with an
// accent bar; missing-data notes are red.
//
// Text is normalised to NFC, control and invisible format characters are
// dropped, and a character the fonts cannot draw (CJK, emoji) is replaced
// by a visible '?'. Output is reproducible: the document date fixes the
// file dates, and two renders of one document are byte-identical.
package pdf

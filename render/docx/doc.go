// Package docx renders a [doc.Document] as a Word document (.docx,
// WordprocessingML) with [Render].
//
// The output uses named styles, so a reader restyles it in Word and a
// reference document restyles it at render time ([Options.Reference], as
// pandoc's reference.docx does): Title and Subtitle; Heading 1–3 with
// outline levels (sections deeper than three use Heading 3), kept with the
// paragraph that follows; List Bullet and List Number backed by
// numbering.xml, nesting by indentation and restarting every numbered list
// at 1; a bordered table style whose header row repeats on every page, with
// a Caption above; notes as shaded, bordered boxes, the "missing data" kind
// in warning colours; Hyperlink for links. The page header carries the
// title and version, the footer "Page X of Y" as PAGE and NUMPAGES fields.
//
// When [doc.Meta.HasControl] reports a document-control block, the first
// page shows the title, the subtitle, an identification table, the
// approvals and the revision history, with captions from [doc.Meta.Label].
// [Options.TOC] adds a table of contents that Word refreshes on opening.
//
// Output is deterministic: the same document and options give
// byte-identical files (no clock is read; zip entries carry a fixed time).
// Text is data: characters XML 1.0 forbids are dropped, newlines become
// line breaks and tabs become tab characters.
//
// The package imports only [doc] and gdprkit's internal OOXML writer.
package docx

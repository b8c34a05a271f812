// Package markdown renders a [doc.Document] as CommonMark with GitHub
// Flavored Markdown tables: a readable plain-text file for repositories,
// wikis and review in pull requests.
//
// [Render] writes the title as a level-1 heading, the subtitle in italics,
// the document-control block as a bulleted list of fields followed by the
// approvals and revision-history tables, and then the body. Sections are
// headings "##" to "######" by depth (deeper ones stay at "######"), lists
// nest with continuation lines indented by the width of their marker, and
// numbered lists are numbered. Tables have a header row and a delimiter
// row; a column's relative width sets the number of its dashes, which
// pandoc honours. Notes are block quotes opened by their title in bold.
//
// Definition lists have no CommonMark syntax. Each definition is written as
// its term in bold followed by its description: in the same paragraph,
// after a hard line break, when the description is a single paragraph
// ("**Controller**\" then "Nuvola S.r.l." on the next line), else as a
// bold paragraph followed by the description's blocks. This renders as a
// label above its value everywhere, without raw HTML.
//
// User text is data, never markup. Characters that start markup wherever
// they appear (\ ` * _ [ ] < > | ~ $) are always escaped with a
// backslash; the others only where they would be markup: "&" before a
// letter, digit or "#" (an entity reference), "!" before "[", "#" in a
// heading (a closing sequence) and at the start of a paragraph line, and
// "- + = :" and the "." or ")" after a number ("1.") at the start of a
// paragraph line. Hyphenated words, dates and "Art. 6(1)(b)" therefore
// stay readable in the source. Spaces at the start of a line are dropped,
// so no text becomes an indented code block. Characters XML forbids
// (control characters other than tab and newline, U+FFFE, U+FFFF, invalid
// UTF-8) are dropped. A newline in text becomes a hard line break ("\" at
// the end of the line), or "<br>" inside a table cell. Strong or
// emphasised text that CommonMark would not recognise between a letter
// and punctuation ("Art<strong>(1)</strong>") is written with the HTML
// element; apart from these and "<br>" the package writes no HTML. Links
// keep only http, https, mailto and tel URLs and in-page fragments, with
// spaces, parentheses and other delimiters percent-encoded; any other URL
// (javascript: above all) is written as plain text.
package markdown

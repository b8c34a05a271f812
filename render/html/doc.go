// Package html renders a [doc.Document] as one self-contained, accessible
// HTML5 page: the format in which a privacy notice is published on a
// website and the easiest one to read on any device.
//
// [Render] writes the whole page: the language of the document on the html
// element, a title block, the document-control block when the metadata has
// one, an optional table of contents ([Options].TOC), and the body with one
// section element per [doc.Section], labelled by its heading. Tables carry a
// caption, a header row of th scope="col" cells, and scroll sideways in a
// focusable region when they are wider than the screen. Notes are aside
// elements with role "note" (role "alert" for warnings).
//
// The page needs nothing from outside: the stylesheet is embedded (system
// fonts, a readable measure, bordered zebra tables, and a print stylesheet
// for A4 with running headers and "page X of Y" footers); there are no
// scripts, fonts or images.
//
// User text is data, never markup: every string is escaped, and characters
// that HTML and XML forbid (control characters other than tab and newline,
// noncharacters such as U+FFFE, invalid UTF-8) are dropped. A newline in text
// becomes a line break. Links are kept only for http, https, mailto and tel
// URLs and for in-page fragments; any other URL (javascript: above all) is
// written as plain text. The markup is well-formed XML as well as HTML5, so
// an XML parser can check it.
package html

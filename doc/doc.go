// Package doc is the neutral document tree every gdprkit document goes
// through on its way to a file: a [Document] with a typed [Meta] and a closed
// set of [Block] and [Inline] nodes, and a [Workbook] of [Sheet]s for
// spreadsheets.
//
// The tree knows nothing of the GDPR nor of any file format: domain packages
// build it, renderers (render/docx, render/pdf, render/html,
// render/markdown, render/xlsx) write it. Block and Inline are sealed: a
// renderer is one type switch over the closed set, and [Walk] visits every
// node. Builder helpers ([Sec], [P], [Bullets], [Tab] …) keep a document
// built in code short.
//
// Text in the tree is data, never markup: renderers escape it.
package doc

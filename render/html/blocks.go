package html

import (
	"strconv"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// renderer writes the body of a page and remembers what the page around
// it needs: the ids it handed out and the sections for the table of
// contents.
type renderer struct {
	b      strings.Builder
	opts   Options
	ids    anchors
	toc    []tocEntry
	tables int // tables with a caption so far, for their ids
}

func newRenderer(opts Options) *renderer {
	ids := anchors{}
	for _, id := range []string{idControl, idApprovals, idRevisions, idContents} {
		ids.unique(id)
	}
	return &renderer{opts: opts, ids: ids}
}

// text writes escaped text; a newline becomes a line break.
func (r *renderer) text(s string) { writeEscaped(&r.b, s, "<br/>\n") }

// blocks writes blocks at section depth depth (1 for the top level, whose
// headings are h2). outline is true while the blocks hang from the top
// level through sections only: their sections go into the table of
// contents, while a section inside a list or a note does not.
func (r *renderer) blocks(blocks []doc.Block, depth int, outline bool) {
	for _, b := range blocks {
		r.block(b, depth, outline)
	}
}

func (r *renderer) block(b doc.Block, depth int, outline bool) {
	switch b := b.(type) {
	case doc.Section:
		r.section(b, depth, outline)
	case doc.Paragraph:
		if len(b.Inlines) > 0 {
			r.b.WriteString("<p>")
			r.inlines(b.Inlines, false)
			r.b.WriteString("</p>\n")
		}
	case doc.List:
		r.list(b, depth)
	case doc.DefinitionList:
		r.definitions(b, depth)
	case doc.Table:
		r.table(b)
	case doc.Note:
		r.note(b, depth)
	}
}

// section writes a section element labelled by its heading. Headings are
// h2 to h6 by depth; deeper sections stay h6, HTML having no h7.
func (r *renderer) section(s doc.Section, depth int, outline bool) {
	title := strings.TrimSpace(cleanText(s.Title))
	if title == "" {
		r.b.WriteString("<section>\n")
	} else {
		id := r.ids.unique(slug(title))
		if outline {
			r.toc = append(r.toc, tocEntry{depth: depth, id: id, title: title})
		}
		h := "h" + strconv.Itoa(min(depth+1, 6))
		r.b.WriteString("<section aria-labelledby=\"" + id + "\">\n<" + h + " id=\"" + id + "\">")
		writeEscaped(&r.b, title, " ")
		r.b.WriteString("</" + h + ">\n")
	}
	r.blocks(s.Blocks, depth+1, outline)
	r.b.WriteString("</section>\n")
}

// flow writes the content of a list item or a description: a lone
// paragraph is written without its p element, so simple lists stay
// compact.
func (r *renderer) flow(blocks []doc.Block, depth int) {
	if len(blocks) == 1 {
		if p, ok := blocks[0].(doc.Paragraph); ok {
			r.inlines(p.Inlines, false)
			return
		}
	}
	r.b.WriteString("\n")
	r.blocks(blocks, depth, false)
}

func (r *renderer) list(l doc.List, depth int) {
	if len(l.Items) == 0 {
		return
	}
	tag := "ul"
	if l.Ordered {
		tag = "ol"
	}
	r.b.WriteString("<" + tag + ">\n")
	for _, it := range l.Items {
		r.b.WriteString("<li>")
		r.flow(it.Blocks, depth)
		r.b.WriteString("</li>\n")
	}
	r.b.WriteString("</" + tag + ">\n")
}

func (r *renderer) definitions(l doc.DefinitionList, depth int) {
	if len(l.Items) == 0 {
		return
	}
	r.b.WriteString("<dl>\n")
	for _, it := range l.Items {
		r.b.WriteString("<dt>")
		r.inlines(it.Term, false)
		r.b.WriteString("</dt>\n<dd>")
		r.flow(it.Description, depth)
		r.b.WriteString("</dd>\n")
	}
	r.b.WriteString("</dl>\n")
}

// noteClass and noteRole give each kind its styling and its ARIA role:
// a warning is an alert, every other kind a note.
var noteClass = map[doc.NoteKind]string{
	doc.NoteInfo: "note-info", doc.NoteLegal: "note-legal",
	doc.NoteWarning: "note-warning", doc.NoteMissing: "note-missing",
}

func (r *renderer) note(n doc.Note, depth int) {
	class, ok := noteClass[n.Kind]
	if !ok {
		class = noteClass[doc.NoteInfo]
	}
	role := "note"
	if n.Kind == doc.NoteWarning {
		role = "alert"
	}
	r.b.WriteString("<aside class=\"note " + class + "\" role=\"" + role + "\">\n")
	if t := strings.TrimSpace(cleanText(n.Title)); t != "" {
		r.b.WriteString("<p class=\"note-title\">")
		r.text(t)
		r.b.WriteString("</p>\n")
	}
	r.blocks(n.Blocks, depth, false)
	r.b.WriteString("</aside>\n")
}

// inlines writes inline nodes. inLink is true inside a link's text, where
// a nested link is written as its text only: HTML forbids an a inside an a.
func (r *renderer) inlines(in []doc.Inline, inLink bool) {
	for _, n := range in {
		switch n := n.(type) {
		case doc.Text:
			r.text(string(n))
		case doc.Strong:
			r.b.WriteString("<strong>")
			r.inlines(n.Inlines, inLink)
			r.b.WriteString("</strong>")
		case doc.Emph:
			r.b.WriteString("<em>")
			r.inlines(n.Inlines, inLink)
			r.b.WriteString("</em>")
		case doc.Link:
			r.link(n, inLink)
		case doc.LineBreak:
			r.b.WriteString("<br/>\n")
		}
	}
}

func (r *renderer) link(l doc.Link, inLink bool) {
	href, external, ok := linkTarget(l.URL)
	if !ok || inLink {
		r.linkText(l, inLink)
		return
	}
	r.b.WriteString("<a href=\"")
	writeEscaped(&r.b, href, "")
	r.b.WriteString("\"")
	if external {
		// noreferrer too: a privacy notice should not tell the sites it
		// links to where the reader came from.
		r.b.WriteString(` rel="noopener noreferrer"`)
	}
	if len(l.Inlines) == 0 || doc.PlainText(l.Inlines) == l.URL {
		// The print stylesheet prints the URL after a link's text unless
		// the text already is the URL.
		r.b.WriteString(` class="bare"`)
	}
	r.b.WriteString(">")
	r.linkText(l, true)
	r.b.WriteString("</a>")
}

// linkText writes the visible text of a link: its inlines, or its URL.
func (r *renderer) linkText(l doc.Link, inLink bool) {
	if len(l.Inlines) == 0 {
		r.text(l.URL)
		return
	}
	r.inlines(l.Inlines, inLink)
}

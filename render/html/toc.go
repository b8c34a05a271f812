package html

import "bufio"

// tocEntry is one section heading listed in the table of contents.
type tocEntry struct {
	depth int // 1 for a top-level section
	id    string
	title string // cleaned, not escaped
}

// writeTOC writes the table of contents as nested ordered lists of links
// to the section headings, leaving out sections deeper than maxDepth
// (every depth when zero). It writes nothing when no section qualifies.
func writeTOC(w *bufio.Writer, entries []tocEntry, maxDepth int, label string) {
	if maxDepth > 0 {
		kept := entries[:0:0]
		for _, e := range entries {
			if e.depth <= maxDepth {
				kept = append(kept, e)
			}
		}
		entries = kept
	}
	if len(entries) == 0 {
		return
	}
	w.WriteString("<nav class=\"toc\" aria-labelledby=\"" + idContents + "\">\n")
	w.WriteString("<h2 id=\"" + idContents + "\">" + escapeLine(label) + "</h2>\n")
	// open holds the depth of each open ol. A deeper entry opens a nested
	// list inside the previous item (even when levels were skipped, as
	// under an untitled section); a shallower one closes lists until its
	// level is reached.
	var open []int
	for i, e := range entries {
		switch {
		case i == 0:
			w.WriteString("<ol>\n")
			open = append(open, e.depth)
		case e.depth > open[len(open)-1]:
			w.WriteString("\n<ol>\n")
			open = append(open, e.depth)
		default:
			w.WriteString("</li>\n")
			for len(open) > 1 && open[len(open)-1] > e.depth {
				open = open[:len(open)-1]
				w.WriteString("</ol>\n</li>\n")
			}
		}
		w.WriteString("<li><a href=\"#" + e.id + "\">" + escapeLine(e.title) + "</a>")
	}
	w.WriteString("</li>\n")
	for len(open) > 0 {
		open = open[:len(open)-1]
		w.WriteString("</ol>\n")
		if len(open) > 0 {
			w.WriteString("</li>\n")
		}
	}
	w.WriteString("</nav>\n")
}

package markdown

import (
	"strconv"
	"strings"

	"github.com/gdprkit/gdprkit/doc"
)

// chunk is rendered Markdown of one or more blocks, without a final
// newline. list is the marker of the list the text ends with ('-', '*',
// '.' or ')'), or 0: a list that follows must use another marker, or
// CommonMark would merge the two lists into one.
type chunk struct {
	text string
	list byte
}

// blocks renders blocks at section depth depth (1 for the top level, whose
// headings are "##"), separated by blank lines.
func blocks(bs []doc.Block, depth int) chunk { return blocksAfter(bs, depth, 0) }

// blocksAfter renders blocks that follow a list with marker prevList.
func blocksAfter(bs []doc.Block, depth int, prevList byte) chunk {
	var j joiner
	j.list = prevList
	for _, b := range bs {
		j.add(block(b, depth, j.list))
	}
	return j.chunk()
}

// joiner joins chunks with blank lines, in linear time.
type joiner struct {
	b    strings.Builder
	list byte
}

// add appends c unless it is empty.
func (j *joiner) add(c chunk) {
	if c.text == "" {
		return
	}
	if j.b.Len() > 0 {
		j.b.WriteString("\n\n")
	}
	j.b.WriteString(c.text)
	j.list = c.list
}

// chunk returns what was joined; an empty result carries no list marker.
func (j *joiner) chunk() chunk {
	if j.b.Len() == 0 {
		return chunk{}
	}
	return chunk{text: j.b.String(), list: j.list}
}

// block renders one block; prevList is the marker of a list that ends
// right before it.
func block(b doc.Block, depth int, prevList byte) chunk {
	switch b := b.(type) {
	case doc.Section:
		return section(b, depth, prevList)
	case doc.Paragraph:
		return chunk{text: inlineText(b.Inlines, inParagraph)}
	case doc.List:
		return list(b, depth, prevList)
	case doc.DefinitionList:
		return definitions(b, depth, prevList)
	case doc.Table:
		return chunk{text: table(b)}
	case doc.Note:
		return chunk{text: note(b, depth)}
	}
	return chunk{}
}

// section writes an ATX heading, "##" to "######" by depth; deeper
// sections stay at "######", the deepest CommonMark has. An untitled
// section is its blocks alone, which may follow a list (prevList).
func section(s doc.Section, depth int, prevList byte) chunk {
	title := plainText(s.Title, inHeading)
	if title == "" {
		return blocksAfter(s.Blocks, depth+1, prevList)
	}
	body := blocks(s.Blocks, depth+1)
	heading := strings.Repeat("#", min(depth+1, 6)) + " " + title
	if body.text == "" {
		return chunk{text: heading}
	}
	return chunk{text: heading + "\n\n" + body.text, list: body.list}
}

// list writes a list. Bullets are "-" and numbers "1." … unless the
// previous block was a list with that marker, when "*" or "1)" keep the
// lists apart. Items of a lone paragraph, possibly followed by a nested
// list, make a tight list; anything else a loose one, its blocks and items
// separated by blank lines.
func list(l doc.List, depth int, prevList byte) chunk {
	if len(l.Items) == 0 {
		return chunk{}
	}
	marker := byte('-')
	if l.Ordered {
		marker = '.'
	}
	switch {
	case prevList == '-' && marker == '-':
		marker = '*'
	case prevList == '.' && marker == '.':
		marker = ')'
	}
	tight := true
	for _, it := range l.Items {
		tight = tight && isTight(it)
	}
	items := make([]string, len(l.Items))
	for i, it := range l.Items {
		var content string
		if tight {
			var lines []string
			for _, b := range it.Blocks {
				if c := block(b, depth, 0); c.text != "" {
					lines = append(lines, c.text)
				}
			}
			content = strings.Join(lines, "\n")
		} else {
			content = blocks(it.Blocks, depth).text
		}
		m := string(marker)
		if l.Ordered {
			m = strconv.Itoa(i+1) + m
		}
		items[i] = indent(content, m+" ", strings.Repeat(" ", len(m)+1))
	}
	sep := "\n"
	if !tight {
		sep = "\n\n"
	}
	return chunk{text: strings.Join(items, sep), list: marker}
}

// isTight reports whether an item can sit in a tight list: a paragraph,
// optionally followed by a list, which may follow it without a blank line.
func isTight(it doc.ListItem) bool {
	switch len(it.Blocks) {
	case 0:
		return true
	case 1:
		_, ok := it.Blocks[0].(doc.Paragraph)
		return ok
	case 2:
		_, p := it.Blocks[0].(doc.Paragraph)
		l, ok := it.Blocks[1].(doc.List)
		return p && ok && len(l.Items) > 0
	}
	return false
}

// indent prefixes the first line of s with first and every other
// non-empty line with rest. An empty s gives the bare marker.
func indent(s, first, rest string) string {
	if s == "" {
		return strings.TrimRight(first, " ")
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		switch {
		case i == 0:
			lines[i] = first + l
		case l != "":
			lines[i] = rest + l
		}
	}
	return strings.Join(lines, "\n")
}

// definitions writes each definition as its term in bold followed by its
// description. A description of one paragraph joins the term's paragraph
// after a hard line break; any other description follows as blocks.
func definitions(l doc.DefinitionList, depth int, prevList byte) chunk {
	var j joiner
	j.list = prevList
	for _, it := range l.Items {
		term := inlineText([]doc.Inline{doc.Strong{Inlines: it.Term}}, inParagraph)
		var c chunk
		switch {
		case term == "":
			c = blocksAfter(it.Description, depth, j.list)
		case len(it.Description) == 1:
			if p, ok := it.Description[0].(doc.Paragraph); ok {
				if text := inlineText(p.Inlines, inParagraph); text != "" {
					c = chunk{text: term + hardBreak + text}
					break
				}
			}
			fallthrough
		default:
			c = chunk{text: term}
			if body := blocks(it.Description, depth); body.text != "" {
				c = chunk{text: c.text + "\n\n" + body.text, list: body.list}
			}
		}
		j.add(c)
	}
	return j.chunk()
}

// note writes a block quote opened by the note's title in bold.
func note(n doc.Note, depth int) string {
	var parts []string
	if t := plainText(n.Title, inParagraph); t != "" {
		parts = append(parts, strong(t))
	}
	if body := blocks(n.Blocks, depth).text; body != "" {
		parts = append(parts, body)
	}
	if len(parts) == 0 {
		return ""
	}
	lines := strings.Split(strings.Join(parts, "\n\n"), "\n")
	for i, l := range lines {
		if l == "" {
			lines[i] = ">"
		} else {
			lines[i] = "> " + l
		}
	}
	return strings.Join(lines, "\n")
}

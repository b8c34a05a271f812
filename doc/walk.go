package doc

import "strings"

// Walk visits every node of the blocks depth-first, in document order. When
// fn returns false the node's children are skipped.
func Walk(blocks []Block, fn func(Node) bool) {
	for _, b := range blocks {
		walkNode(b, fn)
	}
}

func walkInlines(in []Inline, fn func(Node) bool) {
	for _, n := range in {
		walkNode(n, fn)
	}
}

func walkNode(n Node, fn func(Node) bool) {
	if !fn(n) {
		return
	}
	switch n := n.(type) {
	case Section:
		Walk(n.Blocks, fn)
	case Paragraph:
		walkInlines(n.Inlines, fn)
	case List:
		for _, it := range n.Items {
			Walk(it.Blocks, fn)
		}
	case DefinitionList:
		for _, it := range n.Items {
			walkInlines(it.Term, fn)
			Walk(it.Description, fn)
		}
	case Table:
		for _, r := range n.Rows {
			for _, c := range r {
				walkInlines(c, fn)
			}
		}
	case Note:
		Walk(n.Blocks, fn)
	case Strong:
		walkInlines(n.Inlines, fn)
	case Emph:
		walkInlines(n.Inlines, fn)
	case Link:
		walkInlines(n.Inlines, fn)
	}
}

// PlainText returns the text of inlines without formatting; a line break
// becomes "\n".
func PlainText(in []Inline) string {
	var b strings.Builder
	walkInlines(in, func(n Node) bool {
		switch n := n.(type) {
		case Text:
			b.WriteString(string(n))
		case LineBreak:
			b.WriteByte('\n')
		case Link:
			if len(n.Inlines) == 0 {
				b.WriteString(n.URL)
			}
		}
		return true
	})
	return b.String()
}

// DocumentText returns all text of the blocks, one block per line: the
// plain-text view tests and fingerprints use.
func DocumentText(blocks []Block) string {
	var b strings.Builder
	var line func(bs []Block)
	line = func(bs []Block) {
		for _, blk := range bs {
			switch blk := blk.(type) {
			case Section:
				b.WriteString(blk.Title + "\n")
				line(blk.Blocks)
			case Paragraph:
				b.WriteString(PlainText(blk.Inlines) + "\n")
			case List:
				for _, it := range blk.Items {
					line(it.Blocks)
				}
			case DefinitionList:
				for _, it := range blk.Items {
					b.WriteString(PlainText(it.Term) + "\n")
					line(it.Description)
				}
			case Table:
				if blk.Caption != "" {
					b.WriteString(blk.Caption + "\n")
				}
				cols := make([]string, len(blk.Columns))
				for i, c := range blk.Columns {
					cols[i] = c.Title
				}
				b.WriteString(strings.Join(cols, " | ") + "\n")
				for _, r := range blk.Rows {
					cells := make([]string, len(r))
					for i, c := range r {
						cells[i] = PlainText(c)
					}
					b.WriteString(strings.Join(cells, " | ") + "\n")
				}
			case Note:
				if blk.Title != "" {
					b.WriteString(blk.Title + "\n")
				}
				line(blk.Blocks)
			}
		}
	}
	line(blocks)
	return b.String()
}

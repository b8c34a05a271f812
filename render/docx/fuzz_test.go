package docx

import (
	"bytes"
	"testing"
	"time"

	"github.com/gdprkit/gdprkit/doc"
)

// treeReader builds a document from fuzz input: every byte chooses what
// comes next, strings are cut from the input itself.
type treeReader struct {
	data  []byte
	nodes int
}

func (r *treeReader) byte() byte {
	if len(r.data) == 0 {
		return 0
	}
	b := r.data[0]
	r.data = r.data[1:]
	return b
}

func (r *treeReader) str() string {
	n := min(int(r.byte()%32), len(r.data))
	s := string(r.data[:n])
	r.data = r.data[n:]
	return s
}

func (r *treeReader) blocks(depth int) []doc.Block {
	n := int(r.byte() % 4)
	var out []doc.Block
	for i := 0; i < n && len(r.data) > 0 && r.nodes < 500; i++ {
		r.nodes++
		out = append(out, r.block(depth))
	}
	return out
}

func (r *treeReader) block(depth int) doc.Block {
	kind := r.byte() % 6
	if depth > 5 {
		kind = 1
	}
	switch kind {
	case 0:
		return doc.Section{Title: r.str(), Blocks: r.blocks(depth + 1)}
	case 1:
		return doc.Paragraph{Inlines: r.inlines(depth)}
	case 2:
		l := doc.List{Ordered: r.byte()%2 == 0}
		for range int(r.byte() % 3) {
			l.Items = append(l.Items, doc.ListItem{Blocks: r.blocks(depth + 1)})
		}
		return l
	case 3:
		var dl doc.DefinitionList
		for range int(r.byte() % 3) {
			dl.Items = append(dl.Items, doc.Definition{Term: r.inlines(depth), Description: r.blocks(depth + 1)})
		}
		return dl
	case 4:
		t := doc.Table{Caption: r.str()}
		for range int(r.byte() % 4) {
			t.Columns = append(t.Columns, doc.Column{Title: r.str(), Width: float64(int8(r.byte()))})
		}
		for range int(r.byte() % 4) {
			var row doc.Row
			for range int(r.byte() % 5) {
				row = append(row, doc.Cell(r.inlines(depth)))
			}
			t.Rows = append(t.Rows, row)
		}
		return t
	default:
		return doc.Note{Kind: doc.NoteKind(r.byte() % 5), Title: r.str(), Blocks: r.blocks(depth + 1)}
	}
}

func (r *treeReader) inlines(depth int) []doc.Inline {
	n := int(r.byte() % 4)
	var out []doc.Inline
	for i := 0; i < n && len(r.data) > 0; i++ {
		kind := r.byte() % 5
		if depth > 5 {
			kind = 0
		}
		switch kind {
		case 0:
			out = append(out, doc.Text(r.str()))
		case 1:
			out = append(out, doc.Strong{Inlines: r.inlines(depth + 1)})
		case 2:
			out = append(out, doc.Emph{Inlines: r.inlines(depth + 1)})
		case 3:
			out = append(out, doc.Link{URL: r.str(), Inlines: r.inlines(depth + 1)})
		default:
			out = append(out, doc.LineBreak{})
		}
	}
	return out
}

func FuzzRender(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x01\x00\x03\x05title\x02\x00\x05hello"))
	f.Add([]byte("\x03\x04\x03cap\x02\x01a\x05\x01b\x00\x02\x02\x01\x00\x02x\x00\x00"))
	f.Add([]byte("\x03\x02\x00\x02\x03\x00\x01\x01\x01\x00\x04<&>\x00\x05\x03\x0eTO BE COMPLETE\x01\x01\x01\x00\x03\xff\xfe\x00"))
	f.Add([]byte("\x02\x00\x04\u202e\x01\x03\x00\x02\x02\x01\x03\x03\x01\x00\x03\x0ehttp://x y/%zz\x01\x00\x02\n\t"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &treeReader{data: data}
		d := &doc.Document{Meta: doc.Meta{
			Title: r.str(), Subtitle: r.str(), Language: r.str(), Version: r.str(), Identifier: r.str(),
			Date: time.Unix(int64(r.byte())*86400*365, 0), Authors: []string{r.str()}, Classification: r.str(),
			Approvals: []doc.Approval{{By: r.str()}}, Revisions: []doc.Revision{{Description: r.str()}},
		}}
		opts := Options{TOC: r.byte()%2 == 0, PageSize: PageSize(r.byte() % 3)}
		d.Blocks = r.blocks(0)
		var out bytes.Buffer
		if err := Render(&out, d, opts); err != nil {
			t.Fatalf("Render: %v", err)
		}
		for _, p := range unzip(t, out.Bytes()) {
			if isXML(p.Name) {
				if err := wellFormed(p.Data); err != nil {
					t.Fatalf("%s: %v", p.Name, err)
				}
			}
		}
	})
}

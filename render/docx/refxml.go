package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"

	"github.com/gdprkit/gdprkit/internal/ooxml"
)

// xnode is an element of a reference part, reduced to WordprocessingML:
// elements of the main namespace, attributes of the main, relationship
// and xml namespaces, written back with the conventional prefixes (w, r,
// xml) whatever prefixes the reference used. Extension markup of other
// namespaces (w14, mc …) is dropped: it is optional by design.
type xnode struct {
	name  string // local name; "" for a text node
	attrs []xattr
	kids  []*xnode
	text  string
}

// xattr is an attribute with its output name ("w:val").
type xattr struct{ name, value string }

// parseMain reads a part into a tree whose root is the document element.
func parseMain(data []byte) (*xnode, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var stack []*xnode
	var root *xnode
	skip := 0 // depth inside a dropped element
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 || t.Name.Space != ooxml.NSMain {
				skip++
				continue
			}
			n := &xnode{name: t.Name.Local}
			for _, a := range t.Attr {
				var prefix string
				switch a.Name.Space {
				case ooxml.NSMain:
					prefix = "w:"
				case ooxml.NSOfficeRel:
					prefix = "r:"
				case ooxml.NSXML, "xml":
					prefix = "xml:"
				default:
					continue
				}
				n.attrs = append(n.attrs, xattr{prefix + a.Name.Local, a.Value})
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, n)
			} else if root == nil {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if skip == 0 && len(stack) > 0 && len(bytes.TrimSpace(t)) > 0 {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, &xnode{text: string(t)})
			}
		}
	}
	if root == nil {
		return nil, errors.New("no WordprocessingML root element")
	}
	return root, nil
}

// write writes the node and its subtree.
func (n *xnode) write(b *ooxml.Builder) {
	if n.name == "" {
		b.Text(n.text)
		return
	}
	attrs := make([]string, 0, 2*len(n.attrs))
	for _, a := range n.attrs {
		attrs = append(attrs, a.name, a.value)
	}
	if len(n.kids) == 0 {
		b.Empty("w:"+n.name, attrs...)
		return
	}
	b.Start("w:"+n.name, attrs...)
	for _, k := range n.kids {
		k.write(b)
	}
	b.End()
}

// attr returns the value of the attribute with output name name.
func (n *xnode) attr(name string) string {
	for _, a := range n.attrs {
		if a.name == name {
			return a.value
		}
	}
	return ""
}

// child returns the first child element called name, or nil.
func (n *xnode) child(name string) *xnode {
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// ensure returns the child called name, inserting an empty one first
// among the children when there is none (the elements this is used for
// come first in their parent).
func (n *xnode) ensure(name string) *xnode {
	if c := n.child(name); c != nil {
		return c
	}
	c := &xnode{name: name}
	n.kids = append([]*xnode{c}, n.kids...)
	return c
}

package ooxml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Indent returns an XML part re-written one element per line, indented by
// depth, with prefixes and attribute order kept: a stable, readable form
// for golden files and diffs. Text is kept on the line of its element;
// whitespace-only text between elements is dropped. It fails on markup
// that is not well-formed.
func Indent(data []byte) ([]byte, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var out bytes.Buffer
	depth := 0
	pendingOpen := false // a start tag written without its closing '>'
	hadText := false
	var pendingSpace []byte // whitespace right after a start tag: kept if the element ends there
	closeOpen := func() {
		if pendingOpen {
			out.WriteByte('>')
			pendingOpen = false
		}
	}
	line := func() {
		if out.Len() > 0 {
			out.WriteByte('\n')
		}
		out.WriteString(strings.Repeat("  ", depth))
	}
	for {
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("ooxml: indent: %w", err)
		}
		switch t := tok.(type) {
		case xml.ProcInst:
			line()
			fmt.Fprintf(&out, "<?%s %s?>", t.Target, t.Inst)
		case xml.StartElement:
			pendingSpace = nil
			closeOpen()
			line()
			out.WriteString("<" + qname(t.Name))
			for _, a := range t.Attr {
				out.WriteString(" " + qname(a.Name) + `="`)
				out.Write(AppendAttr(nil, a.Value))
				out.WriteByte('"')
			}
			pendingOpen = true
			hadText = false
			depth++
		case xml.EndElement:
			depth--
			if pendingOpen && pendingSpace != nil {
				out.WriteByte('>')
				out.Write(AppendText(nil, string(pendingSpace)))
				out.WriteString("</" + qname(t.Name) + ">")
				pendingOpen, pendingSpace = false, nil
			} else if pendingOpen {
				out.WriteString("/>")
				pendingOpen = false
			} else {
				if !hadText {
					line()
				}
				out.WriteString("</" + qname(t.Name) + ">")
			}
			hadText = false
		case xml.CharData:
			if len(bytes.TrimSpace(t)) == 0 && !hadText {
				if pendingOpen {
					pendingSpace = append([]byte{}, t...)
				}
				continue
			}
			closeOpen()
			out.Write(AppendText(nil, string(t)))
			hadText = true
		}
	}
	if depth != 0 {
		return nil, errors.New("ooxml: indent: unclosed element")
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

package ooxml

// Declaration is the XML declaration every part starts with.
const Declaration = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// Builder writes XML markup into memory. Element and attribute names are
// trusted (they are constants of the calling code); attribute values and
// text are user data and are cleaned and escaped.
//
// Attributes are given as name, value pairs. The zero Builder is ready to
// use; it does not write the [Declaration] by itself.
type Builder struct {
	buf   []byte
	stack []string
}

// Start opens element name with the given attributes; [Builder.End] closes
// it.
func (b *Builder) Start(name string, attrs ...string) {
	b.tag(name, attrs)
	b.buf = append(b.buf, '>')
	b.stack = append(b.stack, name)
}

// Empty writes the empty element name with the given attributes.
func (b *Builder) Empty(name string, attrs ...string) {
	b.tag(name, attrs)
	b.buf = append(b.buf, '/', '>')
}

// Elem writes element name holding text.
func (b *Builder) Elem(name, text string, attrs ...string) {
	b.Start(name, attrs...)
	b.Text(text)
	b.End()
}

func (b *Builder) tag(name string, attrs []string) {
	if len(attrs)%2 != 0 {
		panic("ooxml: odd number of attribute strings for <" + name + ">")
	}
	b.buf = append(b.buf, '<')
	b.buf = append(b.buf, name...)
	for i := 0; i < len(attrs); i += 2 {
		b.buf = append(b.buf, ' ')
		b.buf = append(b.buf, attrs[i]...)
		b.buf = append(b.buf, '=', '"')
		b.buf = AppendAttr(b.buf, attrs[i+1])
		b.buf = append(b.buf, '"')
	}
}

// End closes the innermost open element.
func (b *Builder) End() {
	n := len(b.stack) - 1
	if n < 0 {
		panic("ooxml: End without Start")
	}
	name := b.stack[n]
	b.stack = b.stack[:n]
	b.buf = append(b.buf, '<', '/')
	b.buf = append(b.buf, name...)
	b.buf = append(b.buf, '>')
}

// Text writes character data.
func (b *Builder) Text(s string) { b.buf = AppendText(b.buf, s) }

// Raw writes markup as it is. The caller vouches that it is well-formed.
func (b *Builder) Raw(markup string) { b.buf = append(b.buf, markup...) }

// RawBytes is [Builder.Raw] for a byte slice.
func (b *Builder) RawBytes(markup []byte) { b.buf = append(b.buf, markup...) }

// Depth is the number of open elements.
func (b *Builder) Depth() int { return len(b.stack) }

// Len is the number of bytes written so far.
func (b *Builder) Len() int { return len(b.buf) }

// Grow makes room for n more bytes.
func (b *Builder) Grow(n int) {
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

// Bytes returns the markup written so far. It panics when an element is
// still open: a part must be complete before it is stored.
func (b *Builder) Bytes() []byte {
	if len(b.stack) > 0 {
		panic("ooxml: Bytes with <" + b.stack[len(b.stack)-1] + "> still open")
	}
	return b.buf
}

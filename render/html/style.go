package html

import (
	_ "embed"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gdprkit/gdprkit/doc"
)

// stylesheet is the page's embedded stylesheet. It must contain neither
// "<" nor "&", so the page stays well-formed XML.
//
//go:embed style.css
var stylesheet string

// marginBoxFont styles the running header and footer; margin boxes do
// not inherit the body's font.
const marginBoxFont = `font: 8pt system-ui, "Noto Sans", "Liberation Sans", Arial, sans-serif; color: #555;`

// maxRunningText bounds the title in the running header of printed pages.
const maxRunningText = 90

// pageMarginBoxes returns the document-specific part of the print
// stylesheet: the title and classification in the running header and the
// identifier, version and "Page X of Y" in the footer of every printed page.
func pageMarginBoxes(m *doc.Meta, l doc.Labels) string {
	var b strings.Builder
	box := func(name, content string) {
		b.WriteString("  @" + name + " { content: " + content + "; " + marginBoxFont + " }\n")
	}
	b.WriteString("@page {\n")
	if t := oneLine(m.Title); t != "" {
		box("top-left", cssString(truncate(t, maxRunningText)))
	}
	if c := oneLine(m.Classification); c != "" {
		box("top-right", cssString(c))
	}
	var ref []string
	if s := oneLine(m.Identifier); s != "" {
		ref = append(ref, s)
	}
	if s := oneLine(m.Version); s != "" {
		ref = append(ref, oneLine(l.Version)+" "+s)
	}
	if len(ref) > 0 {
		box("bottom-left", cssString(strings.Join(ref, " · ")))
	}
	box("bottom-right", cssString(oneLine(l.Page)+" ")+" counter(page) "+cssString(" "+oneLine(l.Of)+" ")+" counter(pages)")
	b.WriteString("}\n")
	return b.String()
}

// cssString quotes s as a CSS string. Quotes, backslashes, control
// characters and the XML specials < > & are written as hex escapes, so no
// text can end the string, the rule or the style element.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || r == '<' || r == '>' || r == '&' || r < 0x20 || r == 0x7f:
			b.WriteString(`\` + strconv.FormatInt(int64(r), 16) + " ")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// oneLine is s cleaned, on one line, without surrounding space.
func oneLine(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(cleanText(s), "\n", " "))
}

// truncate shortens s to at most n runes, ending it with "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n-1 {
			return s[:j] + "…"
		}
		i++
	}
	return s
}

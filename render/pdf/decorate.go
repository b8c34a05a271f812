package pdf

import (
	"strconv"
	"strings"
)

// Running header and footer, in millimetres from the page's top edge and
// bottom edge.
const (
	headerBaseline = 14
	headerRule     = 16.5
	footerRule     = 14
	footerBaseline = 9.5
	runningSize    = 7.5 // points
)

// decorationOps is the most operations decorate adds to a page.
const decorationOps = 6

// decorate adds the running header (from page 2: title and version) and
// the footer (identifier and classification, "Page X of Y") to every page,
// now that the page count is known.
func (l *layout) decorate() {
	g := l.geo
	lb := l.meta.Label()
	title := l.z.line(l.meta.Title)
	version := ""
	if v := l.z.line(l.meta.Version); v != "" {
		version = l.z.line(lb.Version) + " " + v
	}
	var left []string
	for _, s := range []string{l.meta.Identifier, l.meta.Classification} {
		if s = l.z.line(s); s != "" {
			left = append(left, s)
		}
	}
	footLeft := strings.Join(left, " · ")
	pageLabel, ofLabel := l.z.line(lb.Page), l.z.line(lb.Of)
	total := strconv.Itoa(len(l.pages))
	x0, x1 := g.left, g.width-g.right
	text := func(x, y float64, s string) op {
		return op{kind: opText, x: x, y: y, size: runningSize, color: colorMuted, text: s}
	}
	for i, p := range l.pages {
		if i > 0 && (title != "" || version != "") {
			vw := l.m.width(regular, runningSize, version)
			room := x1 - x0 - vw - 8
			if t := l.fit(title, runningSize, room); t != "" {
				p.ops = append(p.ops, text(x0, headerBaseline, t))
			}
			if version != "" {
				p.ops = append(p.ops, text(x1-vw, headerBaseline, version))
			}
			p.ops = append(p.ops, op{kind: opLine, x: x0, y: headerRule, w: x1 - x0, size: 0.2, color: colorRule})
		}
		fy := g.height - footerBaseline
		p.ops = append(p.ops, op{kind: opLine, x: x0, y: g.height - footerRule, w: x1 - x0, size: 0.2, color: colorRule})
		num := strings.Join([]string{pageLabel, strconv.Itoa(i + 1), ofLabel, total}, " ")
		nw := l.m.width(regular, runningSize, num)
		if footLeft != "" {
			if t := l.fit(footLeft, runningSize, x1-x0-nw-8); t != "" {
				p.ops = append(p.ops, text(x0, fy, t))
			}
		}
		p.ops = append(p.ops, text(x1-nw, fy, num))
	}
}

// fit shortens s with an ellipsis until it is at most width wide.
func (l *layout) fit(s string, size, width float64) string {
	if l.m.width(regular, size, s) <= width {
		return s
	}
	room := width - l.m.width(regular, size, "…")
	used, end := 0.0, 0
	for i, r := range s {
		used += l.m.runeWidth(regular, size, r)
		if used > room {
			break
		}
		end = i + len(string(r))
	}
	if end == 0 {
		return ""
	}
	return strings.TrimRight(s[:end], " ") + "…"
}

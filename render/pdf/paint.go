package pdf

import "codeberg.org/go-pdf/fpdf"

// painter replays display lists into fpdf, setting fonts and colours only
// when they change.
type painter struct {
	p         *fpdf.Fpdf
	style     fontStyle
	size      float64
	text      color
	fill      color
	draw      color
	lineWidth float64
	started   bool
}

// paint draws every page of l.
func paint(p *fpdf.Fpdf, l *layout) {
	pt := &painter{p: p, size: bodyStyle.size, lineWidth: -1}
	for _, pg := range l.pages {
		p.AddPage()
		if !pt.started {
			pt.started = true
			pt.setText(colorText, true)
			pt.setFill(color{}, true)
			pt.setDraw(color{}, true)
		}
		for _, o := range pg.ops {
			pt.op(o)
		}
	}
}

func (pt *painter) op(o op) {
	p := pt.p
	switch o.kind {
	case opText:
		if o.style != pt.style || o.size != pt.size {
			pt.style, pt.size = o.style, o.size
			p.SetFont(fontFamily, o.style.fpdfStyle(), o.size)
		}
		pt.setText(o.color, false)
		p.Text(o.x, o.y, o.text)
	case opRect:
		pt.setFill(o.color, false)
		p.Rect(o.x, o.y, o.w, o.h, "F")
	case opLine:
		pt.setDraw(o.color, false)
		if o.size != pt.lineWidth {
			pt.lineWidth = o.size
			p.SetLineWidth(o.size)
		}
		p.Line(o.x, o.y, o.x+o.w, o.y+o.h)
	case opLink:
		p.LinkString(o.x, o.y, o.w, o.h, o.text)
	case opBookmark:
		p.Bookmark(o.text, o.level, o.y)
	}
}

func (pt *painter) setText(c color, force bool) {
	if force || c != pt.text {
		pt.text = c
		pt.p.SetTextColor(int(c.r), int(c.g), int(c.b))
	}
}

func (pt *painter) setFill(c color, force bool) {
	if force || c != pt.fill {
		pt.fill = c
		pt.p.SetFillColor(int(c.r), int(c.g), int(c.b))
	}
}

func (pt *painter) setDraw(c color, force bool) {
	if force || c != pt.draw {
		pt.draw = c
		pt.p.SetDrawColor(int(c.r), int(c.g), int(c.b))
	}
}

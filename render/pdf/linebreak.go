package pdf

// Line breaking: words fill lines greedily; a line is justified only when
// its spaces need not grow much, and a word wider than the measure is
// broken where an address or a path can be broken, not between any two
// letters.

// maxStretch is how much justification may add to a space, as a multiple
// of the space's natural width: a justified space is at most three times
// as wide as a plain one. A line that would need more is underfull, as
// typesetters say (most often because the next word, a long address or
// link, did not fit), and is set ragged-right like the last line of a
// paragraph rather than torn into words spread across the measure.
//
// Two is about where TeX gives up on a line: with its interword stretch
// of half a space, a line whose spaces grow by 2.3 times their width has
// badness 10,000, "infinitely bad". TeX rarely gets near that, as it
// chooses breaks over a whole paragraph and hyphenates; a greedy breaker
// without hyphenation on a column a hundred millimetres wide often needs
// its spaces doubled, and such lines still read as lines, so the limit
// is set at what is plainly broken rather than at what is ideal. Lines
// the limit sends ragged are few, so a paragraph still reads as
// justified. The rule is on the spaces, not on the number of words: a
// line of three long words may fill the measure, and one of eight short
// ones may not.
const maxStretch = 2.0

// stretchable reports whether a line with slack millimetres to fill and
// natural spaces summing to spaces millimetres can be justified within
// maxStretch. A line without spaces has nothing to stretch.
func stretchable(slack, spaces float64) bool {
	return spaces > 0 && slack <= maxStretch*spaces+1e-6
}

// breakLines fills lines greedily. A word longer than the measure is
// broken after a separator (see [breakAfter]), else cut between
// characters, so nothing ever runs past the margin. words may be changed.
func (l *layout) breakLines(words []word, ts textStyle, width float64) []textLine {
	const eps = 1e-6
	var lines []textLine
	// The words of all lines share one array; the line being filled is
	// placed[start:], with natural width w0, of which spaces is the
	// spaces between its words.
	placed := make([]word, 0, len(words))
	start, w0, spaces := 0, 0.0, 0.0
	flush := func(justify bool) {
		n := len(placed)
		ln := textLine{w: w0, justify: justify && stretchable(width-w0, spaces)}
		if n > start {
			ln.words = placed[start:n:n]
		}
		lines = append(lines, ln)
		start, w0, spaces = n, 0, 0
	}
	place := func(w word, gap float64) {
		w.gap = gap
		placed = append(placed, w)
		w0 += gap + w.w
		spaces += gap
	}
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w.brk {
			flush(false)
			continue
		}
		gap := 0.0
		if len(placed) > start && w.space {
			gap = l.spaceWidth(placed[len(placed)-1], ts)
		}
		switch {
		case w0+gap+w.w <= width+eps:
			place(w, gap)
		case w.w <= width+eps:
			flush(true)
			place(w, 0)
		default:
			// Break the word at a separator, on this line if its head
			// fits in what is left, else on a line of its own; cut it
			// between characters only when no separator fits a line.
			head, rest, ok := l.breakWord(w, width-w0-gap, ts)
			if !ok && len(placed) > start {
				flush(true)
				gap = 0
				head, rest, ok = l.breakWord(w, width, ts)
			}
			if !ok {
				head, rest = l.cutWord(w, width-w0-gap, ts)
			}
			place(head, gap)
			flush(true)
			if len(rest.frags) > 0 {
				rest.space = false
				words[i] = rest
				i-- // lay out the rest of the word again
			}
		}
	}
	if len(placed) > start {
		flush(false)
	}
	return lines
}

// spaceWidth is the width of the space after w, in the style of its end.
func (l *layout) spaceWidth(w word, ts textStyle) float64 {
	return l.m.runeWidth(w.frags[len(w.frags)-1].style, ts.size, ' ')
}

// breakAfter reports whether a word too long for its line may be broken
// after r: the separators of e-mail addresses, web addresses, paths,
// identifiers and compound words, after which a reader expects the word
// to go on (the breaks LaTeX's url package allows). Nothing is inserted
// at the break: a hyphen would change an address.
func breakAfter(r rune) bool {
	switch r {
	case '@', '.', '/', '\\', '-', '_', '?', '&', '=', '#', ':', ';', ',', '|', '+', '~', '–', '—':
		return true
	}
	return false
}

// breakWord splits w after the last separator at which the head fits in
// avail millimetres; ok is false when there is none. A run of separators
// ("://", "--") is never split, so a break comes after its last one; a
// separator that starts the word ("+39…", "--flag") or ends it is no
// break, as nothing would precede or follow it.
func (l *layout) breakWord(w word, avail float64, ts textStyle) (head, rest word, ok bool) {
	const eps = 1e-6
	bestFrag, bestByte, bestUsed := -1, 0, 0.0
	done := 0.0      // width of the fragments before f
	prevSep := false // the rune before is a separator
	text := false    // a rune before is not a separator
	for fi, f := range w.frags {
		used := 0.0 // width of f up to the current rune
		for bi, r := range f.text {
			sep := breakAfter(r)
			if prevSep && !sep && text && done+used <= avail+eps {
				bestFrag, bestByte, bestUsed = fi, bi, used
			}
			prevSep, text = sep, text || !sep
			used += l.m.runeWidth(f.style, ts.size, r)
		}
		done += f.w
	}
	if bestFrag < 0 {
		return head, rest, false
	}
	head, rest = splitWord(w, bestFrag, bestByte, bestUsed)
	return head, rest, true
}

// cutWord splits w so the head fits in avail millimetres; the head has at
// least one character so layout always progresses.
func (l *layout) cutWord(w word, avail float64, ts textStyle) (head, rest word) {
	headW := 0.0 // width of the fragments before f
	for fi, f := range w.frags {
		used := 0.0 // width of f already in the head
		for bi, r := range f.text {
			rw := l.m.runeWidth(f.style, ts.size, r)
			if headW+used+rw > avail && (fi > 0 || bi > 0) {
				return splitWord(w, fi, bi, used)
			}
			used += rw
		}
		headW += f.w
	}
	return w, word{}
}

// splitWord splits w before byte bi of fragment fi, used millimetres into
// that fragment; bi is never 0 in the first fragment. The head keeps the word's leading space; the parts get
// arrays of their own, as the rest is laid out again.
func splitWord(w word, fi, bi int, used float64) (head, rest word) {
	head.space = w.space
	head.frags = append(head.frags, w.frags[:fi]...)
	for _, f := range head.frags {
		head.w += f.w
	}
	f := w.frags[fi]
	if bi > 0 {
		head.frags = append(head.frags, frag{text: f.text[:bi], style: f.style, link: f.link, w: used})
		head.w += used
	}
	rest.frags = append(rest.frags, frag{text: f.text[bi:], style: f.style, link: f.link, w: f.w - used})
	rest.frags = append(rest.frags, w.frags[fi+1:]...)
	rest.w = w.w - head.w
	return head, rest
}

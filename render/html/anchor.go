package html

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxSlugRunes bounds an id derived from a title, so a very long title
// does not make every link to it as long.
const maxSlugRunes = 64

// anchors hands out unique element ids. It is only asked whether an id is
// taken, never iterated, so output does not depend on map order.
type anchors map[string]bool

// unique returns base, or base-2, base-3 … when base is taken, and marks
// the result as taken.
func (a anchors) unique(base string) string {
	id := base
	for n := 2; a[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	a[id] = true
	return id
}

// slug derives an id from a title: accents removed ("Perché" → "perche"),
// letters lower-cased, every run of other characters made one hyphen. A
// title with no letter or digit gives "section".
func slug(title string) string {
	var b strings.Builder
	n, gap := 0, false
	for _, r := range norm.NFKD.String(cleanText(title)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining mark split off by NFKD: dropped
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if n == maxSlugRunes {
				return b.String()
			}
			if gap && n > 0 {
				b.WriteByte('-')
				n++
			}
			gap = false
			b.WriteRune(unicode.ToLower(r))
			n++
		default:
			gap = true
		}
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}

package docx

import (
	"fmt"
	"strconv"

	"github.com/gdprkit/gdprkit/internal/ooxml"
)

// List geometry: each level indents by listStep; the number or bullet
// hangs listHang to the left of the text.
const (
	listStep  = 425 // 0.75 cm
	listHang  = 425
	listFirst = 567 // text indent of level 0: 1 cm
	maxLevel  = 8   // WordprocessingML has levels 0–8
	defIndent = 567 // indent of a definition's description
)

// listTextIndent is where the text of a list item at level lvl starts.
func listTextIndent(lvl int) int { return listFirst + listStep*lvl }

// numbering collects the list definitions of one document. Bullet lists
// share one instance (a bullet has no counter); every numbered list gets
// its own abstract definition and instance, so each one starts at 1 in
// Word and LibreOffice alike.
type numbering struct {
	// absBase and numBase are the first ids gdprkit may use: past those
	// of a reference's numbering.xml.
	absBase, numBase int
	ordered          int // numbered lists so far
}

// bulletNum is the instance of every bullet list.
func (n *numbering) bulletNum() int { return n.numBase }

// defaultNumberNum is the instance the List Number style names; lists
// never use it directly.
func (n *numbering) defaultNumberNum() int { return n.numBase + 1 }

// newOrdered returns the instance of a new numbered list.
func (n *numbering) newOrdered() int {
	n.ordered++
	return n.numBase + 1 + n.ordered
}

var (
	bulletText = [maxLevel + 1]string{"•", "–", "•", "–", "•", "–", "•", "–", "•"}
	orderFmt   = [maxLevel + 1]string{"decimal", "lowerLetter", "lowerRoman", "decimal", "lowerLetter", "lowerRoman", "decimal", "lowerLetter", "lowerRoman"}
	orderText  = [maxLevel + 1]string{"%1.", "%2)", "%3.", "%4.", "%5)", "%6.", "%7.", "%8)", "%9."}
)

// abstractNums writes gdprkit's w:abstractNum elements.
func (n *numbering) abstractNums(b *ooxml.Builder) {
	// 0: bullets; 1: the List Number style's default; 2…: one per list.
	for i := 0; i < 2+n.ordered; i++ {
		id := n.absBase + i
		b.Start("w:abstractNum", "w:abstractNumId", strconv.Itoa(id))
		// nsid identifies the list across copy and paste; any stable value
		// unique in the document does.
		b.Empty("w:nsid", "w:val", fmt.Sprintf("%08X", 0x4D4B0000+id))
		b.Empty("w:multiLevelType", "w:val", "hybridMultilevel")
		for lvl := 0; lvl <= maxLevel; lvl++ {
			b.Start("w:lvl", "w:ilvl", strconv.Itoa(lvl))
			b.Empty("w:start", "w:val", "1")
			if i == 0 {
				b.Empty("w:numFmt", "w:val", "bullet")
				b.Empty("w:lvlText", "w:val", bulletText[lvl])
			} else {
				b.Empty("w:numFmt", "w:val", orderFmt[lvl])
				b.Empty("w:lvlText", "w:val", orderText[lvl])
			}
			b.Empty("w:lvlJc", "w:val", "left")
			b.Start("w:pPr")
			b.Empty("w:ind", "w:left", strconv.Itoa(listTextIndent(lvl)), "w:hanging", strconv.Itoa(listHang))
			b.End()
			b.End()
		}
		b.End()
	}
}

// nums writes gdprkit's w:num elements.
func (n *numbering) nums(b *ooxml.Builder) {
	for i := 0; i < 2+n.ordered; i++ {
		b.Start("w:num", "w:numId", strconv.Itoa(n.numBase+i))
		b.Empty("w:abstractNumId", "w:val", strconv.Itoa(n.absBase+i))
		if i >= 1 {
			b.Start("w:lvlOverride", "w:ilvl", "0")
			b.Empty("w:startOverride", "w:val", "1")
			b.End()
		}
		b.End()
	}
}

// xml is numbering.xml without a reference.
func (n *numbering) xml() []byte {
	var b ooxml.Builder
	b.Raw(ooxml.Declaration)
	b.Start("w:numbering", "xmlns:w", ooxml.NSMain)
	n.abstractNums(&b)
	n.nums(&b)
	b.End()
	return b.Bytes()
}

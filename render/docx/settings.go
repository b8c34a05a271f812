package docx

import "github.com/gdprkit/gdprkit/internal/ooxml"

// settingsXML is word/settings.xml, children in ECMA-376 order.
func (r *renderer) settingsXML() []byte {
	var b ooxml.Builder
	b.Raw(ooxml.Declaration)
	b.Start("w:settings", "xmlns:w", ooxml.NSMain)
	b.Empty("w:zoom", "w:percent", "100")
	b.Empty("w:defaultTabStop", "w:val", "709")
	b.Empty("w:characterSpacingControl", "w:val", "doNotCompress")
	if r.opts.TOC {
		// Ask Word to refresh the fields (the contents' page numbers) on
		// opening.
		b.Empty("w:updateFields", "w:val", "true")
	}
	b.Start("w:compat")
	// Without it Word opens the file in compatibility mode.
	b.Empty("w:compatSetting", "w:name", "compatibilityMode", "w:uri", "http://schemas.microsoft.com/office/word", "w:val", "15")
	b.End()
	b.End()
	return b.Bytes()
}

// fontTableXML describes the font the styles name, so a reader without it
// substitutes a similar sans-serif (Carlito is metric-compatible).
func fontTableXML() []byte {
	var b ooxml.Builder
	b.Raw(ooxml.Declaration)
	b.Start("w:fonts", "xmlns:w", ooxml.NSMain)
	b.Start("w:font", "w:name", fontFamily)
	b.Empty("w:altName", "w:val", "Carlito")
	b.Empty("w:panose1", "w:val", "020F0502020204030204")
	b.Empty("w:charset", "w:val", "00")
	b.Empty("w:family", "w:val", "swiss")
	b.Empty("w:pitch", "w:val", "variable")
	b.End()
	b.End()
	return b.Bytes()
}

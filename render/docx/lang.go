package docx

import "strings"

// languageTag turns the document's ISO 639-1 code into the BCP 47 tag Word
// expects for proofing and hyphenation: "it" → "it-IT", "en" → "en-GB"
// (gdprkit writes for EU organisations), a tag with a region as given.
// Anything that is not a plausible tag gives "" and no language is set;
// an empty code means English, the language of the default labels.
func languageTag(code string) string {
	switch strings.ToLower(code) {
	case "":
		return "en-GB"
	case "it":
		return "it-IT"
	case "en":
		return "en-GB"
	}
	if len(code) > 35 {
		return ""
	}
	for _, r := range code {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return ""
		}
	}
	return code
}

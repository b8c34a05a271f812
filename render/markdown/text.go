package markdown

import "github.com/gdprkit/gdprkit/doc"

// cleanText is [doc.CleanText]: one rule for every writer.
func cleanText(s string) string { return doc.CleanText(s) }

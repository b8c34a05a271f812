package pdf

import (
	"fmt"
	"strings"
)

// linkTarget returns the URI a link annotation may point to, or "" when
// none should be made. Only web, mail and telephone links become clickable:
// a document handed to third parties must not carry javascript: or file:
// actions. Bytes outside printable ASCII are percent-encoded, as a PDF URI
// is 7-bit.
func linkTarget(raw string) string {
	u := strings.TrimSpace(raw)
	scheme, _, ok := strings.Cut(u, ":")
	switch {
	case ok && isAllowedScheme(strings.ToLower(scheme)):
	case strings.HasPrefix(strings.ToLower(u), "www."):
		u = "https://" + u
	default:
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		if c := u[i]; c <= 0x20 || c >= 0x7f {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isAllowedScheme(s string) bool {
	switch s {
	case "http", "https", "mailto", "tel":
		return true
	}
	return false
}

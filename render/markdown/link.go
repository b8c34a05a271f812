package markdown

import (
	"net/url"
	"strings"
)

// linkDestination returns the destination to write for a link URL, and
// whether the URL may be a link at all. Only http and https URLs with a
// host, mailto and tel URLs, and in-page fragments ("#section") qualify:
// any other scheme (javascript:, data:, vbscript:, file:) or an unparsable
// URL is refused, and the renderer writes the link's text as plain text.
func linkDestination(raw string) (string, bool) {
	s := strings.TrimSpace(cleanText(raw))
	if strings.HasPrefix(s, "#") {
		return encodeDestination(s), len(s) > 1
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", false
	}
	switch u.Scheme { // url.Parse lower-cases the scheme
	case "http", "https":
		if u.Host == "" {
			return "", false
		}
	case "mailto", "tel":
		if u.Opaque == "" && u.Path == "" {
			return "", false
		}
	default:
		return "", false
	}
	return encodeDestination(u.String()), true
}

// encodeDestination percent-encodes the characters that would end or
// confuse a link destination: space, parentheses, angle brackets, square
// brackets, backslash, backtick, quotes, and the pipe, which splits a
// table cell even inside a link.
func encodeDestination(s string) string {
	const special = " ()<>[]\\`\"'|"
	if !strings.ContainsAny(s, special) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte(special, c) >= 0 {
			b.WriteByte('%')
			b.WriteByte("0123456789ABCDEF"[c>>4])
			b.WriteByte("0123456789ABCDEF"[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

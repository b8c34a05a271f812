package html

import (
	"net/url"
	"strings"
)

// linkTarget returns the href to write for a link URL, and whether the URL
// may be a link at all. Only http and https URLs with a host, mailto and tel
// URLs, and in-page fragments ("#section") qualify: any other scheme
// (javascript:, data:, vbscript:, file:) or an unparsable URL is refused, and
// the renderer writes its text as plain text. external reports an http(s)
// URL, which gets rel="noopener noreferrer".
func linkTarget(raw string) (href string, external, ok bool) {
	s := strings.TrimSpace(cleanText(raw))
	if strings.HasPrefix(s, "#") {
		if len(s) == 1 {
			return "", false, false
		}
		return strings.ReplaceAll(s, " ", "%20"), false, true
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", false, false
	}
	switch u.Scheme { // url.Parse lower-cases the scheme
	case "http", "https":
		if u.Host == "" {
			return "", false, false
		}
		external = true
	case "mailto", "tel":
		if u.Opaque == "" && u.Path == "" {
			return "", false, false
		}
	default:
		return "", false, false
	}
	// String re-encodes the path; spaces left in an opaque part or a query
	// are encoded here so the attribute holds a valid URL.
	return strings.ReplaceAll(u.String(), " ", "%20"), external, true
}

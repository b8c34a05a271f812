package redact

import "net/netip"

// IP addresses: IPv4 dotted decimal without leading zeros, IPv6 text forms
// of RFC 4291 with :: compression, embedded IPv4 and optional zone, as
// net/netip parses them. Reference: legal/helpdesk.md §3.7.

// ValidIP reports whether s is an IPv4 or IPv6 address in a form
// [netip.ParseAddr] accepts: four decimal octets 0–255 without leading
// zeros, or an RFC 4291 IPv6 text form (with ::, embedded IPv4, zone).
func ValidIP(s string) bool {
	_, err := netip.ParseAddr(s)
	return err == nil
}

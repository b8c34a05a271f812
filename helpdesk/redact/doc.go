// Package redact finds personal identifiers in free text and replaces
// them: e-mail addresses, phone numbers, codici fiscali, partite IVA,
// IBANs, payment card numbers and IP addresses, as a helpdesk finds them
// in ticket bodies, chat transcripts, notes and attachment text.
//
// # Recognizers
//
// Each [Kind] has a recognizer that follows legal/helpdesk.md §3 and
// validates what it finds; a candidate that fails its checksum is not
// reported:
//
//   - [Email]: dot-atom local part and a domain with an alphabetic or
//     punycode TLD ([ValidEmail]).
//   - [Phone]: Italian mobile (3…) and geographic (0…) numbers, with or
//     without +39 / 0039, and foreign numbers after + (or 00 written as a
//     separate group), in groups separated by spaces, dashes, dots or
//     slashes ([ClassifyPhone]). Toll-free, premium and short numbers are
//     not subscriber numbers and are not reported.
//   - [TaxCode]: codice fiscale with its check character, homocodic
//     letters decoded, month letter, day (women +40) and a real calendar
//     date ([ValidTaxCode]).
//   - [VATNumber]: partita IVA with its check digit and office code, with
//     or without "IT" ([ValidVATNumber]).
//   - [IBAN]: any country of the SWIFT registry at its length, MOD 97-10,
//     and the CIN letter for Italy and San Marino; contiguous or printed in
//     groups ([ValidIBAN]).
//   - [PaymentCard]: 12–19 digits with a Luhn check digit and the prefix
//     and length of a current network — Visa, Mastercard (51–55 and
//     2221–2720), American Express, Discover, JCB, Diners, UnionPay, Mir,
//     Maestro — contiguous or grouped by spaces or dashes ([ValidCard]).
//   - [IPAddress]: IPv4 without leading zeros and every IPv6 text form
//     ([ValidIP], net/netip).
//
// Names of people and postal addresses have no recognizer: they need
// language models, not checksums. This is why anonymisation drops free
// text rather than trusting redaction (package helpdesk/anonymize).
//
// # Look-alikes
//
// Numbers in support text are mostly not identifiers. The scanner
// declines: dates (22/11/2026, 2026-11-22, 11/2026) and timestamps; times;
// prices (€ 1.234,56); numbers glued to a word by '-', '_' or '/'
// (ORD-2026-000123, A/123); dotted numbers with more than four parts
// (1.2.3.4.5); card-like numbers inside URLs or after '+'. A dotted quad
// such as 1.2.3.4 is valid IPv4 syntax and is reported as an address,
// except right after 'v' ("v1.2.3.4") or a version word — versione,
// version, release, build, firmware, rev… — where it is a version number.
// Confidence ([Confidence]) tells how far to trust a finding: high when a
// checksum validated it or the syntax is unmistakable, medium for phone
// numbers with a prefix and IP addresses, low for national landline
// numbers written without prefix, which are short and common.
//
// Overlapping candidates are merged into one finding spanning their union,
// with the kind and confidence of the strongest (highest confidence, then
// longest): findings never overlap, and nothing that looked like an
// identifier survives redaction. Placeholders keep the context the
// identifier gave its neighbours (a ']' counts as the end of a word), so
// that redacting in [ModePlaceholder] and scanning the result again finds
// nothing — a property the fuzz test FuzzRedact checks.
//
// # Use
//
// A [Redactor] is made once with [Options] and used from any number of
// goroutines: [Redactor.Find] lists findings, [Redactor.Redact] replaces
// them ([ModePlaceholder], [ModeMask] or [ModePseudonym]),
// [Redactor.RedactTicket] rewrites every free-text value of a
// ticket.Ticket, and [Redactor.Stream] and [Redactor.StreamFindings]
// handle texts of any size in constant memory with the same results as
// the whole-text calls. Findings marshal to JSON as kind, start, end and
// confidence — never the identifier itself.
//
// # Speed
//
// The scanner is a single hand-written pass: one table lookup per byte
// skips prose, and a recognizer runs only where an identifier can start —
// a word of a telling length or shape, a digit, '@', '+' or ':'. There
// are no regular expressions. On generated Italian support text with an
// identifier every few hundred bytes it finds and replaces at well over
// 100 MB/s per core, without allocating beyond the output.
package redact

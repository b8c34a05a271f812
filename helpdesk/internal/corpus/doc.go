// Package corpus generates deterministic Italian support-ticket text and
// tickets for the tests and benchmarks of the helpdesk runtime kit.
//
// The prose is made of Italian helpdesk sentences; some carry an
// identifier (e-mail, phone, codice fiscale, partita IVA, IBAN, card, IP
// address), generated valid with check digits computed here independently
// of package helpdesk/redact, and recorded as [Planted] spans so that tests
// can measure recall and precision. Other sentences carry look-alikes that
// are not identifiers: dates, times, prices, order numbers, versions.
//
// The same seed gives the same output on every platform: the generator
// uses math/rand/v2's PCG, whose sequence is specified.
package corpus

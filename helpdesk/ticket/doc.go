// Package ticket is the small view of a support ticket that a helpdesk
// vendor maps its own tickets onto, so the runtime kit (retention,
// redaction, pseudonymisation, anonymisation, data-subject requests) can
// work on any ticketing system.
//
// Tickets travel as [iter.Seq] streams: a vendor yields them from a
// database cursor and never loads them all at once.
package ticket

// Package notice generates privacy notices (informative) under GDPR
// Art. 12–14 and 21(4) from the register, and checks them element by
// element.
//
// A [Notice] is an item of a pack's notices list: an audience (data-subject
// categories of the register), the activities it covers, its kind (Art. 13
// when data are collected from the person, Art. 14 when obtained
// elsewhere, with [Obtained] saying from where, when and under which
// [Exemption]), a contact for rights, and free [Section]s for what the
// register does not model (which form field is mandatory, what a remote
// session logs). Everything else — purposes and legal bases, legitimate
// interests, data categories, recipients, transfers, retention, rights,
// consent withdrawal, automated decisions, whether data must be provided —
// is derived from the register activities and the organisation, so a
// notice cannot contradict the register.
//
// [Document] builds the full notice in Italian or English with the
// standard clauses of the catalogs (each citing its article); the right to
// object is a note of its own, apart from the other rights (Art. 21(4)).
// [FirstLayer] builds the one-page first layer WP260 recommends, pointing
// to the full notice. [Fingerprint] hashes the text of the full notice in
// every language, so a pipeline can tell when a register change altered a
// notice. [FileBase] and [ShortFileBase] name the output files.
//
// [Check] runs [Rules], one per element of the checklist of the legal
// reference (controller contacts, DPO, purposes and bases, legitimate
// interest, data categories, named recipients, transfers with mechanism
// and copy, retention, rights contact, withdrawal, complaint, statutory or
// contractual requirement, source, Art. 14(3) timing and 14(5)
// exemptions, automated decisions, the objection box, joint controllers,
// children) plus vague wording ("may", "some", "potrebbe", "ad esempio"…)
// in every text a notice shows. Findings point at YAML paths: the notice's
// own (notices[0].contact) or the register's (register.activities[2].retention).
package notice

// Package requests handles data-subject requests (Arts. 12, 15–22): their
// deadlines, their states, the access and portability bundle, and the
// erasure plan and receipt.
//
// # Deadlines
//
// A [Request] is due one month after receipt (Art. 12(3)), counted as
// Regulation (EEC, Euratom) No 1182/71 counts periods, Art. 3: the day of
// receipt does not count, and a period of months ends with the last hour
// of the day of the last month that has the same date as the day of
// receipt — or of the last day of that month when it has no such date. So
// a request received on 5 March is due on 5 April, on 31 January on 28
// February (29 in a leap year), on 31 March on 30 April. [AddMonths] is
// that rule, [Calendar.Due] applies it in the controller's time zone and,
// when asked ([Calendar.WorkingDays]), moves a deadline that falls on a
// Saturday, Sunday or holiday to the next working day (Art. 3(4)); the
// default does not, so the deadline it gives is never later than the law's.
//
// The controller may extend the period by up to two further months for
// complexity or number of requests, telling the person with reasons within
// the first month ([Request.Extend]). The extended deadline is one period of
// 1+n months from receipt: 31 January extended by two months is due on 30
// April. A late, unreasoned or too long extension is an [*ExtensionError].
//
// A request keeps the time zone of the calendar it was opened under
// ([Request.Zone]); [Calendar.Of] gives that calendar back, so whoever
// reads the request later counts its days as the one who opened it did.
//
// # States
//
// A request moves received → verifying → in_progress → (extended) →
// completed or refused (with reasons) → closed, along [Transitions];
// [Request.Move] rejects any other move with a [*TransitionError]. Work on
// a request and its completion need the person's identity verified
// ([IdentityVerified]; Art. 12(2), 12(6)). A [Manager] opens, moves and
// extends requests in a [Store] and records every change in the audit log
// (helpdesk/audit), as the controller must be able to show how each
// request was handled (Art. 5(2)).
//
// # The bundle
//
// [NewBundle] builds the copy of a person's tickets for an access (Art. 15)
// or portability (Art. 20) request, with other people's data removed by
// the caller's redactor (Arts. 15(4), 20(4)); [OthersRedactor] removes
// other people's identifiers and keeps the person's own. [Bundle.Files]
// writes the bundle as JSON (valid against [BundleSchema]) and CSV;
// [Summary] is the human-readable summary with the Art. 15 information
// ([Art15Info], which [Art15FromRegister] fills from an activity of the
// Art. 30 register) as a doc.Document in Italian or English; [WriteZip]
// and [WriteDir] package the files.
//
// # Erasure
//
// [NewErasurePlan] lists, per subsystem of the vendor's ([Subsystem]:
// tickets, attachments, transcripts, audit-log actor fields, backups) what
// will be erased and which [Exception] keeps what (Art. 17(3)(b), (e), legal
// holds); [ErasurePlan.Execute] carries it out and returns a [Receipt] that
// proves completion without the person's name: it holds a keyed HMAC-SHA-256
// of the normalised identity ([SubjectDigest]) instead.
package requests

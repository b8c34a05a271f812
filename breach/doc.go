// Package breach handles personal data breaches (GDPR Arts. 4(12), 33, 34):
// the response procedure, the breach register, the ENISA severity method,
// the Art. 33/34 decisions with their deadlines, and the drafts that go to
// the supervisory authority and to the people affected.
//
// A pack's breach section is a [Breach]: the [ProcedureSettings] (team,
// channels, contacts, internal deadlines, the authority) and the
// [Incident] records of the register, near misses and breaches not
// notified included. Timestamps are [Timestamp]s — RFC 3339 with a zone —
// because the 72 hours of Art. 33(1) run on instants: [NotificationDeadline]
// adds them in UTC, so a change of daylight-saving time in between moves
// nothing.
//
// [Incident.Score] applies the ENISA 2013 method (SE = DPC × EI + CB) with
// exact quarter-point arithmetic; [Assess] combines it with the recorded
// [RiskLevel] into the duties that follow — record, notify the authority,
// communicate to the people, or, as processor, tell the controller — each
// with its deadline and state at a given time. [Check] runs the [Rules]
// over the whole section and reports findings with YAML paths.
//
// Documents: [Procedure] (the written procedure with its annexed
// templates), [AssessmentReport], [Notification] (organised like the EDPB
// template, with [NotificationJSON] as its machine-readable twin, both made
// from one [Draft]), [Letter] (Art. 34(2), plain language) and
// [RegisterWorkbook] (Art. 33(5)). Every document is built in Italian or
// English from the internal/i18n catalogs; identical input gives
// identical output.
package breach

// Package anonymize takes a support ticket through the last retention
// stages of legal/helpdesk.md §2: pseudonymisation (S2) and anonymisation
// (S3).
//
// [Pseudonymize] (S2) replaces the direct identifiers — the link to the
// data subject, identifier fields, operator ids — by keyed tokens of a
// [pseudonym.Pseudonymizer], and the identifiers found in free text by
// typed tokens (EMAIL_…, PHONE_…). Everything else stays, timestamps
// included; the data remain personal data, linkable within the
// pseudonymisation domain by whoever holds the key, which is kept apart.
//
// [Anonymize] (S3) keeps only what cannot single out, link or infer
// (WP29 Opinion 05/2014, WP216): it cuts the link to the data subject,
// drops identifier fields and every field whose value holds an
// identifier, drops the free text — title, messages, notes, attachments
// — because redaction rarely defeats singling-out in unstructured text
// (legal/helpdesk.md §5), coarsens timestamps to the month, and adds the
// resolution time as a bucket. What remains are generalised attributes:
// channel, months, product, category, resolution bucket. Keeping free text
// redacted is possible ([Options.KeepRedactedText]) but does not meet the
// bar without a documented re-identification risk analysis.
//
// [Verify] runs the checks again over a result and the redactor over
// every remaining value, and reports what is left: an anonymised ticket
// must verify clean. [SmallGroups] finds the equivalence classes of a set
// of anonymised tickets smaller than k — the tickets that would break
// k-anonymity (k ≥ 5 per §5) and must be suppressed or generalised
// further. Destroying the cohort's keys (package helpdesk/pseudonym,
// Shred) completes the stage.
//
// Both transformations work in place and refuse a ticket under legal hold
// ([ErrLegalHold]): a hold suspends every retention action, and lifting an
// expired hold is for the caller, who has the clock. Both are idempotent:
// a ticket already at the stage is left as it is, and stages never move
// back ([ErrStage]).
package anonymize

// Package gdpr is the shared vocabulary of gdprkit: the words the register,
// the notices, the breach records and the helpdesk policy all use.
//
// It holds the parties ([Party], [Organisation], [DPO], [JointController]),
// the enumerations with their W3C DPV IRIs ([LegalBasis], [SpecialCondition],
// [TransferMechanism], [RecipientKind], [MeasureKind], [EndAction], [Right]),
// the building blocks of a processing record ([Transfer], [Retention],
// [Measure]), the dated list of adequacy decisions ([AdequacyDecisions]),
// the EEA, the supervisory authorities ([AuthorityFor]), and the value types
// every pack uses: [Text] (a string or a per-language map), [Duration]
// (ISO 8601, rendered in words) and [Date].
//
// Enumerations are strings with stable snake_case keys, so YAML stays
// readable; every key maps to an IRI of DPV 2.3 (or a local IRI where DPV
// has no term) through its DPV method.
package gdpr

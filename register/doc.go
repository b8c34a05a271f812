// Package register is the record of processing activities of GDPR
// Art. 30: the controller register (Art. 30(1)), the processor register
// (Art. 30(2)) and the register header, with the rules that check them
// ([Check], [Rules]), the register as a readable document ([Document]) and
// as a workbook ([Workbook]).
//
// A [Register] holds catalogs — data-subject categories, data categories,
// recipients, systems — that activities point at by id, so the notice, the
// breach records and the helpdesk policy can point at the same entries.
// The organisation (controller, representative, DPO) is a
// [gdpr.Organisation] passed beside the register: in a YAML pack it sits at
// the top level, shared by every document.
package register

// Package helpdesk models the support-data policy of a helpdesk and checks
// it against the register and the notices.
//
// A [Policy] says, for one activity of the register (usually "support"),
// what each intake [Channel] collects ([Field]: data category, mandatory
// or not, purpose) and whether it is recorded; which processors receive
// ticket data; which [AccessRole] sees and does what; when an operator may
// impersonate a customer ([Impersonation]) or open a remote session
// ([RemoteAssistance]); what happens when a ticket closes ([Closure]); how
// long ticket data live ([Retention]: live until a [Trigger], then stages
// such as pseudonymised and anonymised, each with a floor and a ceiling
// counted from the trigger); what the audit log records; and where people
// send requests.
//
// [Check] runs [Rules] (HD-01…): every field's category is a category of
// the support activity, every processor a recipient of it, the retention
// agrees with the register's, impersonation and remote assistance carry
// their limits, recorded channels are announced in a notice, and a
// mandatory field without a purpose is a data-minimisation warning.
//
// [PolicyDocument] renders the policy for customers, in plain language;
// [ProcedureDocument] renders the written instructions for operators
// (Art. 29, 32(4)) as numbered steps. Both derive from the same policy and
// register, take [DocumentOptions], and use the catalog's standard
// wording where the policy leaves a value empty.
//
// The runtime kit in the sub-packages (retention planning, redaction,
// pseudonymisation, anonymisation, requests, grants, audit) builds on this
// model; this package imports none of them.
package helpdesk

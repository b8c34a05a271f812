// Package grants controls the two ways a support operator reaches into a
// customer's account: impersonation and remote assistance (helpdesk policy
// §1; Arts. 5(1)(b),(f), 25, 32).
//
// An [Impersonation] lets an operator see the product as one customer does,
// only to reproduce the problem a ticket reports ([PurposeReproduce]),
// read-only and for a limited time. [Manager.Allow] answers each action the
// operator attempts: viewing and searching pass; changing data, making a
// payment, changing credentials, exporting, deleting or sending messages are
// refused with a [*RefusalError] that says why ([Reason]), as is anything
// after the grant has expired or ended.
//
// A [RemoteSession] starts only with the customer's explicit consent to that
// one session ([Consent]: who, when, through which channel), recorded first
// with [Manager.RecordConsent]. The consent is single-use and must be used
// within [Manager.ConsentWindow]; [Manager.StartRemote] records the
// operator, the customer's IP address and the start, [Manager.EndRemote]
// the end, all in UTC. There is no way to start a session without consent.
//
// Every request, check, use and refusal is appended to the audit log
// ([audit.Store]) before the answer is given; if the log cannot be
// written the answer is an error, never a silent permission.
//
// Grants and sessions live in a [Store]: [MemoryStore] here, SQLite and
// PostgreSQL in helpdesk/store.
package grants

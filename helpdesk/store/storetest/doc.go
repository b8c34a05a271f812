// Package storetest is the conformance suite every implementation of the
// helpdesk runtime kit's stores ([store.Stores]) passes: [Run] it against
// the stores a function opens. helpdesk/store runs it against the
// in-memory stores, SQLite and PostgreSQL; a vendor with a store of its own
// runs it too.
//
// The suite covers the audit log (normalisation, pagination, atomic
// batches, concurrent appends that keep the chain whole), requests
// (round trip, optimistic updates, listing by due date) and grants (single
// use of a remote-session consent under a race), and runs the grants
// workflow with its audit trail over the stores.
package storetest

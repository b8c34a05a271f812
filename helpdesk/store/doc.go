// Package store keeps the helpdesk runtime kit's state in a database: the
// audit log ([audit.Store]), data-subject requests ([requests.Store]) and
// impersonation grants and remote sessions ([grants.Store]), gathered as
// [Stores].
//
// Two databases are supported through database/sql: SQLite, embedded and
// pure Go (modernc.org/sqlite, no cgo) — [OpenSQLite], the default — and
// PostgreSQL through the pgx driver — [OpenPostgres]. Both run the same
// schema and pass the same conformance tests (helpdesk/store/storetest).
//
// # Schema
//
// Opening a database applies the schema migrations it lacks, each in a
// transaction, and records them in the schema_migrations table
// ([DB.SchemaVersion]). Times are stored as microseconds since the Unix
// epoch in BIGINT columns, so both databases return exactly what was
// hashed and stored.
//
// # The audit log
//
// Appends are serialised, so the hash chain is computed against the true
// head even with many writers, in one process or many: PostgreSQL locks the
// single row of audit_head (SELECT … FOR UPDATE); SQLite opens every write
// transaction with BEGIN IMMEDIATE (WAL mode, busy timeout). Triggers refuse
// any UPDATE or DELETE of audit_events (and TRUNCATE on PostgreSQL): the
// log is append-only in the database too, not only in this code.
package store

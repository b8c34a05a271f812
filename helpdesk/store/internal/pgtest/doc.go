// Package pgtest starts a throwaway PostgreSQL server for tests: initdb
// into a temporary folder, pg_ctl start on a free port of 127.0.0.1 with
// the socket in that folder, and a fresh database per test.
//
// The server binaries are found on PATH or under
// /usr/lib/postgresql/*/bin (Debian's layout). initdb refuses to run as
// root, so as root the server runs as the postgres user (runuser, or su)
// in a folder owned by it.
package pgtest

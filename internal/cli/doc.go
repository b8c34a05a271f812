// Package cli is the gdprkit command line: subcommands, flags, exit codes
// and file output. [Main] runs it in-process, so tests drive the CLI
// without building a binary.
//
// Exit codes: 0 success, 1 the pack has errors, 2 usage or I/O problems.
package cli

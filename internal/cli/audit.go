package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

func init() { extraCommands = append(extraCommands, auditCmd) }

func auditCmd(e *env) *cobra.Command {
	c := &cobra.Command{
		Use:   "audit",
		Short: "Verify and export the helpdesk's tamper-evident audit log",
	}
	c.AddCommand(auditVerifyCmd(e), auditExportCmd(e))
	return c
}

func auditVerifyCmd(e *env) *cobra.Command {
	var jsonl, from, head string
	c := &cobra.Command{
		Use:   "verify (--db FILE | --jsonl FILE)",
		Short: "Recompute the audit log's hash chain and report the first broken link",
		Long: "verify recomputes the SHA-256 chain of the audit log in the SQLite store (--db) or in an exported JSON-lines file (--jsonl) and prints how many events it verified and the head of the log (its last event's number and hash).\n\n" +
			"A chain without a key can be rewritten from some event on by whoever can write the log, and losing the last events leaves no trace in it: keep the printed head somewhere the log's writers cannot change (a ticket, a signed e-mail) and pass it next time as --head SEQ:HASH. --from SEQ:HASH starts from a trusted checkpoint when older events were purged.\n\n" +
			"Exit status: 0 the chain is intact, 1 it is broken (the message names the event and whether it was changed, deleted, inserted, reordered, unlinked, truncated or rewritten), 2 usage or I/O problems.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db := cmd.Flag("db").Value.String()
			if (db == "") == (jsonl == "") {
				return usageErr("audit verify needs one of --db FILE or --jsonl FILE")
			}
			var opts audit.VerifyOptions
			var err error
			if from != "" {
				if opts.From, err = parseCheckpoint("--from", from); err != nil {
					return err
				}
			}
			if head != "" {
				h, err := parseCheckpoint("--head", head)
				if err != nil {
					return err
				}
				opts.Head = &h
			}
			ctx := context.Background()
			var rep audit.Report
			if jsonl != "" {
				f, err := os.Open(jsonl)
				if err != nil {
					return &exitError{code: ExitUsage, err: err}
				}
				defer f.Close()
				rep, err = audit.VerifyJSONL(f, opts)
				return e.verdict(rep, err, jsonl, true)
			}
			s, err := openDB(ctx, db, false)
			if err != nil {
				return err
			}
			defer s.Close()
			rep, err = audit.VerifyStore(ctx, s.Audit(), opts)
			return e.verdict(rep, err, db, false)
		},
	}
	dbFlag(c, false)
	c.Flags().StringVar(&jsonl, "jsonl", "", "exported JSON-lines log to verify")
	c.Flags().StringVar(&from, "from", "", "trusted checkpoint SEQ:HASH the log continues from")
	c.Flags().StringVar(&head, "head", "", "checkpoint SEQ:HASH kept outside the log that it must contain")
	return c
}

// verdict prints the result of a verification and maps a break to exit 1.
func (e *env) verdict(rep audit.Report, err error, source string, file bool) error {
	var be *audit.BreakError
	var le *audit.LineError
	switch {
	case errors.As(err, &be):
		where := fmt.Sprintf("seq %d", be.Seq)
		if file && be.Kind != audit.BreakTruncated {
			where += fmt.Sprintf(" (line %d)", be.Index+1)
		}
		fmt.Fprintf(e.stdout, "%s: %d event(s) verified before the break\n", source, rep.Events)
		msg := fmt.Sprintf("audit log broken at %s: %s: %s", where, be.Kind, be.Detail)
		if be.Expected != be.Found {
			msg += fmt.Sprintf(" (expected hash %s, found %s)", be.Expected, be.Found)
		}
		return &exitError{code: ExitFindings, err: errors.New(msg)}
	case errors.As(err, &le):
		// A line that is not one canonical event is a changed byte: the
		// file is not what the store wrote.
		fmt.Fprintf(e.stdout, "%s: %d event(s) verified before the break\n", source, rep.Events)
		return &exitError{code: ExitFindings, err: fmt.Errorf("audit log broken at line %d: changed: %v", le.Line, le.Err)}
	case err != nil:
		return &exitError{code: ExitUsage, err: err}
	}
	if rep.Events == 0 {
		fmt.Fprintf(e.stdout, "%s: OK, the log is empty\n", source)
		return nil
	}
	fmt.Fprintf(e.stdout, "%s: OK, %d event(s) verified\nhead: %d:%s\n", source, rep.Events, rep.Head.Seq, rep.Head.Hash)
	return nil
}

// parseCheckpoint parses SEQ:HASH.
func parseCheckpoint(flag, s string) (audit.Checkpoint, error) {
	seq, hash, ok := strings.Cut(s, ":")
	n, err := strconv.ParseUint(seq, 10, 64)
	if !ok || err != nil {
		return audit.Checkpoint{}, usageErr("%s: want SEQ:HASH, such as 42:<64 hex digits>", flag)
	}
	h, err := audit.ParseHash(hash)
	if err != nil {
		return audit.Checkpoint{}, usageErr("%s: %v", flag, err)
	}
	return audit.Checkpoint{Seq: n, Hash: h}, nil
}

func auditExportCmd(e *env) *cobra.Command {
	var out string
	var from uint64
	c := &cobra.Command{
		Use:   "export --db FILE [-o FILE]",
		Short: "Export the audit log as JSON lines",
		Long: "export writes the audit log of the SQLite store as JSON lines, one event per line, exactly as 'audit verify --jsonl' reads them: to stdout, or atomically to the file -o names.\n\n" +
			"Exit status: 0 written, 2 usage or I/O problems.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := context.Background()
			s, err := openDB(ctx, cmd.Flag("db").Value.String(), false)
			if err != nil {
				return err
			}
			defer s.Close()
			events := s.Audit().Iterate(ctx, max(from, 1))
			if out == "" || out == "-" {
				if _, err := audit.WriteJSONL(e.stdout, events); err != nil {
					return &exitError{code: ExitUsage, err: err}
				}
				return nil
			}
			var buf bytes.Buffer
			n, err := audit.WriteJSONL(&buf, events)
			if err == nil {
				err = os.MkdirAll(filepath.Dir(out), 0o755)
			}
			if err == nil {
				err = writeAtomic(out, buf.Bytes())
			}
			if err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			fmt.Fprintf(e.stdout, "%s: %d event(s)\n", out, n)
			return nil
		},
	}
	dbFlag(c, false)
	c.Flags().StringVarP(&out, "out", "o", "", "file to write (default stdout)")
	c.Flags().Uint64Var(&from, "from", 1, "first event number to export")
	return c
}

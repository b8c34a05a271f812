package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/gdprkit/gdprkit/helpdesk/retention"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
	"github.com/gdprkit/gdprkit/internal/i18n"
	"github.com/gdprkit/gdprkit/render/markdown"
	"github.com/gdprkit/gdprkit/render/xlsx"
)

func init() { extraCommands = append(extraCommands, retentionCmd) }

// planFormats are the formats of 'retention plan'.
var planFormats = []string{"md", "xlsx", "json"}

func retentionCmd(e *env) *cobra.Command {
	c := &cobra.Command{
		Use:   "retention",
		Short: "Retention lifecycle of support tickets",
	}
	c.AddCommand(retentionPlanCmd(e))
	return c
}

func retentionPlanCmd(e *env) *cobra.Command {
	var ticketsPath, at, format, out, lang string
	c := &cobra.Command{
		Use:   "plan PATH... --tickets FILE.jsonl --at DATE",
		Short: "Dry-run the retention stages of the helpdesk policy over a file of tickets",
		Long: "plan follows the retention stages of the pack's support-data policy (helpdesk.policy.retention) over the tickets of a JSON-lines file, one helpdesk ticket per line (see helpdesk/ticket; - reads stdin), and writes a dry-run plan: nothing is changed. " +
			"For each ticket it works out the stage, the next action (restrict, pseudonymise, anonymise, erase), its due date and status — live, in the cancellation window, scheduled, due, overdue, held by a legal hold, complete — and the plan counts them by status, action and month, and lists the tickets to act on with their idempotency keys.\n\n" +
			"--at is the planning time (YYYY-MM-DD for midnight UTC, or an RFC 3339 time): required, so the same files always give the same plan.\n" +
			"--format md (the default, to stdout or -o FILE), xlsx (needs -o FILE) or json; without --format, the extension of -o chooses. --lang it or en (default: the pack's language).\n" +
			"Exit status: 0 written, 1 the pack has errors, 2 usage or I/O problems (a ticket line that cannot be read is named as FILE:LINE and nothing is written).",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case ticketsPath == "":
				return usageErr("retention plan needs --tickets FILE.jsonl (one ticket per line)")
			case at == "":
				return usageErr("retention plan needs --at DATE: the plan is computed at that time, never at a hidden clock")
			case ticketsPath == "-" && slices.Contains(args, "-"):
				return usageErr("the pack and --tickets cannot both be read from stdin")
			}
			format, err := planFormat(format, out)
			if err != nil {
				return err
			}
			if lang != "" && !slices.Contains(i18n.Languages, lang) {
				return usageErr("--lang: unknown language %q (allowed: %s)", lang, strings.Join(i18n.Languages, ", "))
			}
			when, err := parseWhen("--at", at, time.UTC)
			if err != nil {
				return err
			}
			res, err := e.loadUsablePack(args, lang, false, "nothing planned: fix the errors of the pack first")
			if err != nil {
				return err
			}
			pack := res.Pack
			if pack.Helpdesk == nil || pack.Helpdesk.Policy == nil {
				return usageErr("the pack has no support-data policy (helpdesk.policy): retention plan follows its retention stages — add a helpdesk section like examples/nuvola/helpdesk.yaml")
			}
			planner, err := retention.New(pack.Helpdesk.Policy.Retention)
			if err != nil {
				return usageErr("helpdesk.policy.retention: %v", err)
			}
			plan, err := e.planTickets(planner, ticketsPath, when)
			if err != nil {
				return err
			}
			if lang == "" {
				lang = pack.Language
			}
			data, err := renderPlan(plan, format, lang, pack.Organisation().Controller.Name)
			if err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			if out == "" {
				_, err = e.stdout.Write(data)
			} else {
				err = writeAtomic(out, data)
			}
			if err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			if out != "" {
				fmt.Fprintf(e.stdout, "%s: %d ticket(s) at %s: %d to act on (%d overdue), %d held by a legal hold\n", out, plan.Tickets,
					when.UTC().Format(time.RFC3339), plan.DueTotal, plan.ByStatus(retention.StatusOverdue), plan.HeldTotal)
			}
			return nil
		},
	}
	c.Flags().StringVar(&ticketsPath, "tickets", "", "JSON-lines file of tickets, one per line (- for stdin)")
	c.Flags().StringVar(&at, "at", "", "planning time: YYYY-MM-DD (midnight UTC) or RFC 3339")
	c.Flags().StringVar(&format, "format", "", "md, xlsx or json (default: from the extension of -o, else md)")
	c.Flags().StringVarP(&out, "out", "o", "", "file to write (default: stdout; required for xlsx)")
	c.Flags().StringVar(&lang, "lang", "", "language of the plan: it or en (default: the pack's language)")
	return c
}

// planFormat settles the output format from --format and the extension
// of -o.
func planFormat(format, out string) (string, error) {
	if format == "" {
		format = "md"
		if ext := strings.TrimPrefix(filepath.Ext(out), "."); slices.Contains(planFormats, ext) {
			format = ext
		}
	}
	if !slices.Contains(planFormats, format) {
		return "", usageErr("--format: unknown value %q (allowed: %s)", format, strings.Join(planFormats, ", "))
	}
	if format == "xlsx" && out == "" {
		return "", usageErr("an xlsx plan needs -o FILE.xlsx: a workbook is not written to a terminal")
	}
	return format, nil
}

// planTickets plans the tickets of the file, reading one line at a time:
// the plan keeps counts and a bounded list, never the tickets.
func (e *env) planTickets(p *retention.Planner, path string, at time.Time) (*retention.Plan, error) {
	var r io.Reader = e.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, &exitError{code: ExitUsage, err: err}
		}
		defer f.Close()
		r = f
	}
	seq, failed := ticketLines(r, path)
	plan, err := p.Plan(seq, at, retention.PlanOptions{})
	if ferr := failed(); ferr != nil {
		return nil, ferr
	}
	if err != nil { // cannot happen: ticketLines checks each ticket first
		return nil, &exitError{code: ExitUsage, err: err}
	}
	return plan, nil
}

// ticketLines yields the tickets of a JSON-lines stream; blank lines are
// skipped. A line that is not a ticket — bad JSON, an unknown field (a
// misspelt "contract_end" would keep a ticket live for ever), more than
// one value, no id, an unknown stage — stops the stream; failed then
// returns the error, naming the file and line.
func ticketLines(r io.Reader, name string) (seq iter.Seq[*ticket.Ticket], failed func() error) {
	var err error
	seq = func(yield func(*ticket.Ticket) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 64*1024), 64<<20)
		for n := 1; sc.Scan(); n++ {
			line := bytes.TrimSpace(sc.Bytes())
			if len(line) == 0 {
				continue
			}
			t := new(ticket.Ticket)
			if err = decodeTicket(line, t); err == nil {
				err = retention.CheckTicket(t)
			}
			if err != nil {
				err = usageErr("%s:%d: not a ticket: %v", name, n, err)
				return
			}
			if !yield(t) {
				return
			}
		}
		if serr := sc.Err(); serr != nil {
			err = &exitError{code: ExitUsage, err: fmt.Errorf("%s: %w", name, serr)}
		}
	}
	return seq, func() error { return err }
}

func decodeTicket(line []byte, t *ticket.Ticket) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(t); err != nil {
		var pe *time.ParseError
		if errors.As(err, &pe) {
			return fmt.Errorf("%w (times are RFC 3339, e.g. 2026-01-31T00:00:00Z)", err)
		}
		return err
	}
	if dec.More() {
		return errors.New("more than one JSON value on the line")
	}
	return nil
}

// renderPlan writes the plan in format and lang; org names the
// organisation in the title block and the file properties.
func renderPlan(plan *retention.Plan, format, lang, org string) ([]byte, error) {
	var buf bytes.Buffer
	switch format {
	case "json":
		b, err := json.MarshalIndent(plan, "", "  ")
		if err != nil {
			return nil, err
		}
		buf.Write(b)
		buf.WriteByte('\n')
	case "xlsx":
		wb := plan.Workbook(lang)
		wb.Meta.Subtitle = org
		if err := xlsx.Render(&buf, wb, xlsx.Options{Company: org}); err != nil {
			return nil, fmt.Errorf("render xlsx: %w", err)
		}
	default:
		d := plan.Document(lang)
		d.Meta.Subtitle = org
		if err := markdown.Render(&buf, d, markdown.Options{}); err != nil {
			return nil, fmt.Errorf("render md: %w", err)
		}
	}
	return buf.Bytes(), nil
}

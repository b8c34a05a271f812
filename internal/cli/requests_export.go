package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/gdprkit/gdprkit/helpdesk/redact"
	"github.com/gdprkit/gdprkit/helpdesk/requests"
	"github.com/gdprkit/gdprkit/helpdesk/ticket"
	"github.com/gdprkit/gdprkit/internal/i18n"
)

func requestsExportCmd(e *env, f *requestsFlags) *cobra.Command {
	var id, ticketsPath, out, langs, activity, date string
	var draft bool
	c := &cobra.Command{
		Use:   "export PACK_PATH... --request ID --tickets FILE.jsonl -o DIR|FILE.zip",
		Short: "Write the copy of a person's support data for an access or portability request",
		Long: "export answers an access (Art. 15) or portability (Art. 20) request with the copy of the person's tickets: bundle.json (with its JSON Schema), tickets.csv and items.csv, and a human-readable summary per language (summary.<lang>.docx and .pdf) carrying the Art. 15 information taken from the register activity --activity of the pack at PACK_PATH: purposes and legal bases, data categories, recipients, retention, sources, automated decisions, transfers, the controller, the DPO and the supervisory authority.\n\n" +
			"--tickets is a JSON-lines file, one helpdesk ticket per line (see helpdesk/ticket); only the tickets whose subject is the request's are used, - reads stdin. Other people's e-mail addresses, phone numbers, tax codes, IBANs, cards and IP addresses are removed from free text (Arts. 15(4), 20(4)); the person's own, as their tickets' fields hold them, are kept. A portability copy holds only what the person provided.\n\n" +
			"-o is a directory, or a file ending in .zip; nothing is left half-written on error. The bundle is dated --date (default $SOURCE_DATE_EPOCH, else today in UTC). The request must be an access or portability request with the identity verified; the export is recorded in the audit log.\n\n" +
			"A pack with errors, or a register activity lacking what Art. 15 requires, is refused unless --draft, which marks the gaps «DA COMPLETARE / TO BE COMPLETED».\n\n" +
			"Exit status: 0 written, 1 refused (pack errors, incomplete Art. 15 information, identity not verified), 2 usage or I/O problems.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case id == "":
				return usageErr("requests export needs --request ID")
			case ticketsPath == "":
				return usageErr("requests export needs --tickets FILE.jsonl")
			case out == "":
				return usageErr("requests export needs -o DIR or -o FILE.zip")
			}
			generated, err := bundleDate(date)
			if err != nil {
				return err
			}
			res, err := e.loadUsablePack(args, "", draft, "nothing exported: fix the errors, or use --draft")
			if err != nil {
				return err
			}
			ls := []string{res.Pack.Language}
			if langs != "" {
				if ls, err = splitList(langs, i18n.Languages, "--lang"); err != nil {
					return err
				}
			}
			p := res.Pack
			info, err := requests.Art15FromRegister(p.Organisation(), &p.Register, activity, ls)
			if errors.Is(err, requests.ErrUnknownActivity) {
				return usageErr("--activity: %v", err)
			} else if err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			for _, l := range ls {
				miss := info.Missing(l)
				switch {
				case len(miss) > 0 && !draft:
					return &exitError{code: ExitFindings, err: fmt.Errorf("the register activity %q lacks what Art. 15(1) requires: %s; complete it, or use --draft to mark it TO BE COMPLETED", activity, strings.Join(miss, ", "))}
				case len(miss) > 0:
					fmt.Fprintf(e.stderr, "draft: the %s summary marks as TO BE COMPLETED: %s\n", l, strings.Join(miss, ", "))
				}
			}

			ctx := context.Background()
			s, err := f.open(ctx, false)
			if err != nil {
				return err
			}
			defer s.db.Close()
			r, err := s.m.Store.Get(ctx, id)
			if err != nil {
				return f.failure(err, id)
			}
			if r.Kind != requests.KindAccess && r.Kind != requests.KindPortability {
				return usageErr("request %s is for %s (%s): only access (Art. 15) and portability (Art. 20) requests are answered with a copy of the data", r.ID, r.Kind, r.Kind.Article())
			}
			if r.Identity != requests.IdentityVerified {
				return &exitError{code: ExitFindings, err: fmt.Errorf("request %s: the identity of %s is %s, not verified: a copy of the data goes only to the person it concerns (Art. 12(2), 12(6)); record the check with 'gdprkit requests identity %s --status verified'", r.ID, r.Subject, r.Identity, r.ID)}
			}
			tickets, err := e.readTickets(ticketsPath)
			if err != nil {
				return err
			}
			red, err := redact.New(redact.Options{})
			if err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			b, err := requests.NewBundle(r.Subject, slices.Values(tickets), requests.BundleOptions{
				Kind: r.Kind, Request: r.ID, Generated: generated,
				Redactor: requests.OthersRedactor(red, r.Subject, slices.Values(tickets)),
			})
			if err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			files, err := bundleFiles(b, info, ls)
			if err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			if err := writeBundle(out, files, generated); err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			for _, f := range files {
				if strings.HasSuffix(strings.ToLower(out), ".zip") {
					fmt.Fprintf(e.stdout, "%s: %s\n", out, f.Name)
				} else {
					fmt.Fprintln(e.stdout, filepath.Join(out, f.Name))
				}
			}
			fmt.Fprintf(e.stdout, "%d ticket(s) of %s in the copy for %s\n", len(b.Tickets), r.Subject, r.ID)
			err = s.m.Exported(ctx, r, f.actor, map[string]string{
				"tickets": strconv.Itoa(len(b.Tickets)), "files": strconv.Itoa(len(files)),
				"languages": strings.Join(ls, ","), "activity": activity,
			})
			if err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			return nil
		},
	}
	c.Flags().StringVar(&id, "request", "", "id of the access or portability request")
	c.Flags().StringVar(&ticketsPath, "tickets", "", "JSON-lines file of tickets, one per line (- for stdin)")
	c.Flags().StringVarP(&out, "out", "o", "", "directory, or file ending in .zip, to write")
	c.Flags().StringVar(&langs, "lang", "", "comma-separated languages of the summary: it, en (default: the pack's language)")
	c.Flags().StringVar(&activity, "activity", "support", "register activity whose Art. 15 information the summary gives")
	c.Flags().StringVar(&date, "date", "", "date of the bundle, YYYY-MM-DD (default $SOURCE_DATE_EPOCH, else today in UTC)")
	c.Flags().BoolVar(&draft, "draft", false, "export despite pack errors or missing Art. 15 information, marking the gaps")
	return c
}

// bundleDate is the bundle's date: the flag, else $SOURCE_DATE_EPOCH,
// else today in UTC — a day, so two runs on one day write the same bytes.
func bundleDate(flag string) (time.Time, error) {
	if flag != "" {
		t, err := time.Parse(time.DateOnly, flag)
		if err != nil {
			return time.Time{}, usageErr("--date: %q is not a date (YYYY-MM-DD)", flag)
		}
		return t, nil
	}
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		sec, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, usageErr("$SOURCE_DATE_EPOCH: %q is not a number of seconds", s)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	y, m, d := time.Now().UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
}

// readTickets reads one ticket.Ticket per line; blank lines are skipped,
// unknown fields refused, so a misspelt "subject" cannot drop a ticket
// from a person's copy unnoticed.
func (e *env) readTickets(path string) ([]ticket.Ticket, error) {
	var r io.Reader = e.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, &exitError{code: ExitUsage, err: err}
		}
		defer f.Close()
		r = f
	}
	var out []ticket.Ticket
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		var t ticket.Ticket
		if err := dec.Decode(&t); err != nil {
			return nil, usageErr("%s:%d: not a ticket: %v", path, n, err)
		}
		out = append(out, t)
	}
	if err := sc.Err(); err != nil {
		return nil, &exitError{code: ExitUsage, err: fmt.Errorf("%s: %w", path, err)}
	}
	return out, nil
}

// bundleFiles are the bundle's files and the summary in every language as
// DOCX and PDF.
func bundleFiles(b requests.Bundle, info requests.Art15Info, langs []string) ([]requests.File, error) {
	files, err := b.Files()
	if err != nil {
		return nil, err
	}
	var outs []output
	for _, l := range langs {
		d := requests.Summary(b, info, l)
		outs = append(outs, output{Base: "summary", Lang: l, Document: &d})
	}
	rendered, err := renderFiles(outs, []string{"docx", "pdf"})
	if err != nil {
		return nil, err
	}
	for _, r := range rendered {
		files = append(files, requests.File{Name: r.Name, Data: r.Data})
	}
	return files, nil
}

// writeBundle writes the files into a zip archive when out ends in .zip,
// else into the directory out; either way atomically.
func writeBundle(out string, files []requests.File, modified time.Time) error {
	if strings.HasSuffix(strings.ToLower(out), ".zip") {
		var buf bytes.Buffer
		if err := requests.WriteZip(&buf, files, modified); err != nil {
			return err
		}
		if dir := filepath.Dir(out); dir != "." {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
		}
		return writeAtomic(out, buf.Bytes())
	}
	fs := make([]file, len(files))
	for i, f := range files {
		fs[i] = file{Name: f.Name, Data: f.Data}
	}
	return writeFiles(out, fs)
}

package cli

import (
	"bufio"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/gdprkit/gdprkit/helpdesk/anonymize"
	"github.com/gdprkit/gdprkit/helpdesk/pseudonym"
	"github.com/gdprkit/gdprkit/helpdesk/redact"
)

func init() { extraCommands = append(extraCommands, redactCmd) }

// keyEnv names the environment variable holding the pseudonymisation
// master key: the key must live apart from the data (Art. 4(5)), so it is
// never a flag that would land in shell history.
const keyEnv = "GDPRKIT_PSEUDONYM_KEY"

func redactCmd(e *env) *cobra.Command {
	var mode, kinds, findings, domain string
	c := &cobra.Command{
		Use:   "redact",
		Short: "Redact personal data in text from stdin to stdout",
		Long: "redact finds email addresses, phone numbers, codici fiscali, partite IVA, IBANs, payment cards and IP addresses in the text on stdin (checksums verified) and writes the text with each replaced.\n\n" +
			"--mode placeholder writes [EMAIL], [CF]…; mask writes *; pseudonym writes keyed HMAC tokens, with the hex master key in $" + keyEnv + " and --domain naming the key's domain.\n" +
			"--findings json writes one JSON object per finding (kind, start, end, confidence — never the value) instead of the text.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := redact.ParseMode(mode)
			if err != nil {
				return usageErr("--mode: %v", err)
			}
			opts := redact.Options{Mode: m}
			if kinds != "" {
				if opts.Kinds, err = redact.ParseKinds(kinds); err != nil {
					return usageErr("--kinds: %v", err)
				}
			}
			if findings != "" && findings != "json" {
				return usageErr("--findings must be json, not %q", findings)
			}
			if m == redact.ModePseudonym && findings == "" {
				master, err := hex.DecodeString(os.Getenv(keyEnv))
				if err != nil || len(master) < 32 {
					return usageErr("pseudonym mode needs $%s: a hex master key of at least 32 bytes (256 bits)", keyEnv)
				}
				keys, err := pseudonym.NewDerivedKeys(master, nil)
				if err != nil {
					return usageErr("%v", err)
				}
				defer keys.Close()
				p, err := pseudonym.New(context.Background(), keys, domain)
				if err != nil {
					return usageErr("%v", err)
				}
				opts.Pseudonym = anonymize.PseudonymFunc(p)
			}
			r, err := redact.New(opts)
			if err != nil {
				return usageErr("%v", err)
			}
			out := bufio.NewWriter(e.stdout)
			if findings == "json" {
				enc := json.NewEncoder(out)
				_, err = r.StreamFindings(e.stdin, func(f redact.Finding) error { return enc.Encode(f) })
			} else {
				_, err = r.Stream(out, e.stdin)
			}
			if err == nil {
				err = out.Flush()
			}
			if err != nil {
				return &exitError{code: ExitUsage, err: fmt.Errorf("redact: %w", err)}
			}
			return nil
		},
	}
	c.Flags().StringVar(&mode, "mode", "placeholder", "replacement: mask, placeholder or pseudonym")
	c.Flags().StringVar(&kinds, "kinds", "", "comma-separated kinds to look for (default: all)")
	c.Flags().StringVar(&findings, "findings", "", "json: print the findings instead of the redacted text")
	c.Flags().StringVar(&domain, "domain", "support", "pseudonymisation key domain")
	return c
}

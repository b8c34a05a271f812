package cli

import (
	"github.com/spf13/cobra"
)

func validateCmd(e *env) *cobra.Command {
	var format, lang string
	c := &cobra.Command{
		Use:   "validate PATH...",
		Short: "Check a pack against the GDPR and print the findings",
		Long: "validate loads the pack (files, directories of .yaml files, or - for stdin), checks it against the articles of the GDPR and prints every finding with file:line:col, the YAML path, the article and a fix hint.\n\n" +
			"Exit status: 0 no errors (warnings allowed), 1 errors, 2 usage or I/O problems.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageErr("--format must be text or json, not %q", format)
			}
			if lang != "" && lang != "it" && lang != "en" {
				return usageErr("--lang must be it or en, not %q", lang)
			}
			res, err := e.loadPack(args)
			if err != nil {
				return err
			}
			ml := messageLang(lang, res)
			if format == "json" {
				if err := writeJSON(e.stdout, res.Report, ml, noticeFingerprints(res)); err != nil {
					return &exitError{code: ExitUsage, err: err}
				}
			} else {
				printFindings(e.stdout, res.Report, ml)
			}
			if res.Report.HasErrors() {
				return errFindings
			}
			return nil
		},
	}
	c.Flags().StringVar(&format, "format", "text", "output format: text or json")
	c.Flags().StringVar(&lang, "lang", "", "language of the messages: it or en (default: the pack's language)")
	return c
}

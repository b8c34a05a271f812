package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/gdprkit/gdprkit/breach"
	"github.com/gdprkit/gdprkit/load"
)

func init() {
	extraCommands = append(extraCommands, breachCmd)
	producers = append(producers, breachOutputs)
}

func breachCmd(e *env) *cobra.Command {
	c := &cobra.Command{
		Use:   "breach",
		Short: "Personal data breaches (Art. 33–34)",
	}
	var incident, lang string
	assess := &cobra.Command{
		Use:   "assess PATH... --incident ID",
		Short: "Print an incident's ENISA severity, decision, deadlines and time left",
		Long: "assess computes the ENISA severity of one incident of the pack's breach register, the Art. 33/34 decision, the deadlines and the time left at the pack's date.\n\n" +
			"Exit status: 0 printed, 1 the pack has errors, 2 usage or I/O problems.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if incident == "" {
				return usageErr("breach assess needs --incident ID")
			}
			res, err := e.loadPack(args)
			if err != nil {
				return err
			}
			ml := messageLang(lang, res)
			if res.Pack == nil {
				printFindings(e.stderr, res.Report, ml)
				return errFindings
			}
			p := res.Pack
			if p.Breach == nil {
				return usageErr("the pack has no breach section")
			}
			inc, ok := p.Breach.Incident(incident)
			if !ok {
				var ids []string
				for _, i := range p.Breach.Incidents {
					ids = append(ids, i.ID)
				}
				return usageErr("no incident %q (the pack has: %v)", incident, ids)
			}
			a := breach.Assess(p.Organisation(), &p.Register, p.Breach, inc, p.Time())
			if err := a.Format(e.stdout, ml); err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			if res.Report.HasErrors() {
				fmt.Fprintln(e.stderr)
				printFindings(e.stderr, res.Report, ml)
				return errFindings
			}
			return nil
		},
	}
	assess.Flags().StringVar(&incident, "incident", "", "id of the incident to assess")
	assess.Flags().StringVar(&lang, "lang", "", "language of the output: it or en (default: the pack's language)")
	c.AddCommand(assess)
	return c
}

// breachOutputs renders the breach procedure, the breach register and,
// per incident, the assessment and whichever drafts the decision calls for.
func breachOutputs(p *load.Pack, lang string, _ renderOpts) ([]output, error) {
	b := p.Breach
	if b == nil {
		return nil, nil
	}
	org, reg, now := p.Organisation(), &p.Register, p.Time()
	outs := []output{
		{Base: "breach-procedure", Lang: lang, Document: breach.Procedure(org, reg, b, lang), TOC: true},
		{Base: "breach-register", Lang: lang, Workbook: breach.RegisterWorkbook(org, reg, b, lang)},
	}
	for i := range b.Incidents {
		inc := &b.Incidents[i]
		base := "breach-" + inc.ID
		outs = append(outs, output{Base: base + "-assessment", Lang: lang, Document: breach.AssessmentReport(org, reg, b, inc, now, lang)})
		notify, letter := breach.Assess(org, reg, b, inc, now).Drafts()
		if notify {
			js, err := breach.NotificationJSON(org, reg, b, inc, now)
			if err != nil {
				return nil, fmt.Errorf("breach %s: %w", inc.ID, err)
			}
			outs = append(outs,
				output{Base: base + "-notification", Lang: lang, Document: breach.Notification(org, reg, b, inc, now, lang)},
				output{Base: base + "-notification", JSON: js})
		}
		if letter {
			outs = append(outs, output{Base: base + "-letter", Lang: lang, Document: breach.Letter(org, reg, b, inc, now, lang)})
		}
	}
	return outs, nil
}

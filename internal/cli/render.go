package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gdprkit/gdprkit/internal/i18n"
)

func renderCmd(e *env) *cobra.Command {
	var outDir, formats, langs string
	var draft bool
	c := &cobra.Command{
		Use:   "render PATH... -o DIR",
		Short: "Render every document of a pack",
		Long: "render checks the pack and writes its documents into DIR as <document>.<lang>.<ext> — register.it.xlsx, register.en.pdf, notice-<id>.it.html … — each file atomically.\n\n" +
			"A pack with errors is not rendered unless --draft, which marks missing data «DA COMPLETARE / TO BE COMPLETED».\n" +
			"Exit status: 0 written, 1 the pack has errors, 2 usage or I/O problems.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if outDir == "" {
				return usageErr("render needs -o DIR")
			}
			fmts, err := splitList(formats, Formats, "--format")
			if err != nil {
				return err
			}
			res, err := e.loadUsablePack(args, "", draft, "nothing rendered: fix the errors, or use --draft to render with «TO BE COMPLETED» markers")
			if err != nil {
				return err
			}
			ls := []string{res.Pack.Language}
			if langs != "" {
				if ls, err = splitList(langs, i18n.Languages, "--lang"); err != nil {
					return err
				}
			}
			var outs []output
			o := renderOpts{Draft: draft, Date: string(res.Pack.Date)}
			for _, p := range producers {
				for _, l := range ls {
					got, err := p(res.Pack, l, o)
					if err != nil {
						return &exitError{code: ExitUsage, err: err}
					}
					outs = append(outs, dedupeJSON(outs, got)...)
				}
			}
			files, err := renderFiles(outs, fmts)
			if err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			if err := writeFiles(outDir, files); err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			for _, f := range files {
				fmt.Fprintln(e.stdout, strings.TrimPrefix(outDir+"/"+f.Name, "./"))
			}
			return nil
		},
	}
	c.Flags().StringVarP(&outDir, "out", "o", "", "directory to write into (created if missing)")
	c.Flags().StringVar(&formats, "format", strings.Join(Formats, ","), "comma-separated formats: "+strings.Join(Formats, ", "))
	c.Flags().StringVar(&langs, "lang", "", "comma-separated languages: it, en (default: the pack's language)")
	c.Flags().BoolVar(&draft, "draft", false, "render a pack with errors, marking missing data")
	return c
}

// dedupeJSON drops language-neutral outputs already produced for an
// earlier language.
func dedupeJSON(have, got []output) []output {
	var out []output
	for _, g := range got {
		dup := false
		if g.Lang == "" {
			for _, h := range have {
				if h.Lang == "" && h.Base == g.Base {
					dup = true
				}
			}
		}
		if !dup {
			out = append(out, g)
		}
	}
	return out
}

// splitList parses a comma-separated flag against the allowed values.
func splitList(s string, allowed []string, flag string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if !slices.Contains(allowed, f) {
			return nil, usageErr("%s: unknown value %q (allowed: %s)", flag, f, strings.Join(allowed, ", "))
		}
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, usageErr("%s: give at least one of %s", flag, strings.Join(allowed, ", "))
	}
	return out, nil
}

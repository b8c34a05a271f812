package cli

import (
	"fmt"

	"github.com/gdprkit/gdprkit/load"
)

// loadPack reads and loads the paths. An I/O problem is a usage error
// (exit 2); findings are in the result.
func (e *env) loadPack(paths []string) (*load.Result, error) {
	if len(paths) == 0 {
		return nil, usageErr("no pack given: name a YAML file, a directory or - for stdin")
	}
	srcs, err := load.ReadPaths(paths, e.stdin)
	if err != nil {
		return nil, &exitError{code: ExitUsage, err: err}
	}
	return load.Load(srcs...), nil
}

// messageLang is the language of findings: the flag's, else the pack's,
// else English.
func messageLang(flag string, res *load.Result) string {
	if flag != "" {
		return flag
	}
	if res != nil && res.Pack != nil && res.Pack.Language != "" {
		return res.Pack.Language
	}
	return "en"
}

// loadUsablePack loads the paths for a command that produces output from
// the pack: findings go to stderr in the message language (lang, else the
// pack's); a pack with errors is refused — "nothing <verb>" — unless
// draft, and a pack that could not be read at all always is.
func (e *env) loadUsablePack(paths []string, lang string, draft bool, refusal string) (*load.Result, error) {
	res, err := e.loadPack(paths)
	if err != nil {
		return nil, err
	}
	ml := messageLang(lang, res)
	if res.Pack == nil || (res.Report.HasErrors() && !draft) {
		printFindings(e.stderr, res.Report, ml)
		if res.Pack != nil {
			fmt.Fprintln(e.stderr, refusal)
		}
		return nil, errFindings
	}
	if len(res.Report.Diagnostics) > 0 {
		printFindings(e.stderr, res.Report, ml)
	}
	return res, nil
}

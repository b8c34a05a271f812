package cli

import (
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

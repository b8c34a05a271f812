package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	ExitOK       = 0
	ExitFindings = 1
	ExitUsage    = 2
)

// Version is the gdprkit version, set at build time with
// -ldflags "-X github.com/gdprkit/gdprkit/internal/cli.Version=…".
var Version = "0.1.0-dev"

// exitError carries an exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageErr(format string, a ...any) error {
	return &exitError{code: ExitUsage, err: fmt.Errorf(format, a...)}
}

// errFindings signals exit code 1 after findings were printed.
var errFindings = &exitError{code: ExitFindings, err: errors.New("the pack has errors")}

// env is what subcommands read and write.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// Main runs the CLI with args (without the program name) and returns the
// exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:           "gdprkit",
		Short:         "GDPR documents and checks from one YAML source of truth",
		Long:          "gdprkit turns a YAML description of an organisation's processing of personal data into the documents the GDPR requires — the Art. 30 register, privacy notices, breach records, the helpdesk support-data policy — and checks it against the articles of the law.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(validateCmd(e), renderCmd(e), schemaCmd(e), versionCmd(e))
	for _, add := range extraCommands {
		root.AddCommand(add(e))
	}
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee != errFindings {
			fmt.Fprintln(stderr, "gdprkit:", ee.err)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "gdprkit:", err)
	return ExitUsage
}

// extraCommands are subcommands registered by other files of the package
// (breach, helpdesk kit), so main.go does not change for each.
var extraCommands []func(*env) *cobra.Command

func versionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the gdprkit version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			fmt.Fprintln(e.stdout, "gdprkit", Version)
			return nil
		},
	}
}

// Command gdprkit turns a YAML description of an organisation's processing
// of personal data into the documents and checks the GDPR demands. Run
// "gdprkit help" for the subcommands.
package main

import (
	"os"

	"github.com/gdprkit/gdprkit/internal/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

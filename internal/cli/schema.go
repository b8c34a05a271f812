package cli

import (
	"github.com/spf13/cobra"

	"github.com/gdprkit/gdprkit/schemas"
)

func schemaCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the YAML pack",
		Long:  "schema prints the JSON Schema of the pack, for editors (yaml-language-server) and other tools.",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := e.stdout.Write(schemas.Pack)
			return err
		},
	}
}

// Package schemas holds the generated JSON Schema of the YAML pack,
// checked in so editors can point at it (yaml-language-server) and
// embedded so "gdprkit schema" prints it. A test in package load fails
// when it is stale; regenerate with:
//
//	go test ./load -run TestSchema -update
package schemas

import _ "embed"

// Pack is the JSON Schema of the pack (pack.schema.json).
//
//go:embed pack.schema.json
var Pack []byte

package load

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/gdprkit/gdprkit/schemas"
)

var update = flag.Bool("update", false, "rewrite schemas/pack.schema.json")

// TestSchemaIsCurrent fails when the checked-in schema no longer matches
// the model; run with -update to regenerate it.
func TestSchemaIsCurrent(t *testing.T) {
	t.Chdir("..")
	got, err := Schema(".")
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("schemas/pack.schema.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, schemas.Pack) {
		t.Fatal("schemas/pack.schema.json is stale: run go test ./load -run TestSchemaIsCurrent -update")
	}
	if !strings.Contains(string(got), "Art. 30") {
		t.Error("schema lacks the doc-comment descriptions")
	}
}

// TestExamplesValidateAgainstSchema checks every example file with an
// independent JSON Schema validator, and that each starts with the
// yaml-language-server comment editors use.
func TestExamplesValidateAgainstSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemas.Pack))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource(SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(SchemaID)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../examples/*/*.yaml")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte("# yaml-language-server: $schema=")) {
			t.Errorf("%s does not start with the yaml-language-server schema comment", f)
		}
		var v any
		if err := yaml.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		js, err := yaml.YAMLToJSON(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s does not validate against the schema: %v", f, err)
		}
	}
}

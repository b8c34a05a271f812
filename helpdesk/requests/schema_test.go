package requests_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/invopop/jsonschema"

	"github.com/gdprkit/gdprkit/helpdesk/requests"
)

var update = flag.Bool("update", false, "rewrite bundle.schema.json and golden files")

func generateSchema(t *testing.T) []byte {
	t.Helper()
	r := jsonschema.Reflector{}
	if err := r.AddGoComments("github.com/gdprkit/gdprkit/helpdesk/requests", "."); err != nil {
		t.Fatal(err)
	}
	s := r.Reflect(&requests.Bundle{})
	s.Title = "gdprkit access and portability bundle"
	s.Description = "A person's support tickets, given on an access (Art. 15 GDPR) or portability (Art. 20 GDPR) request."
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// TestBundleSchemaCurrent fails when bundle.schema.json no longer matches
// the Go types; go test -run BundleSchema -update rewrites it.
func TestBundleSchemaCurrent(t *testing.T) {
	want := generateSchema(t)
	if *update {
		if err := os.WriteFile("bundle.schema.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(requests.BundleSchema, want) {
		t.Fatal("bundle.schema.json is stale: run go test ./helpdesk/requests -run BundleSchema -update")
	}
}

// TestBundleMatchesSchema checks the bundle's JSON against the schema's
// properties: every key the bundle writes is declared, every required key
// is written.
func TestBundleMatchesSchema(t *testing.T) {
	var schema struct {
		Defs map[string]struct {
			Properties           map[string]json.RawMessage `json:"properties"`
			Required             []string                   `json:"required"`
			AdditionalProperties *bool                      `json:"additionalProperties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(requests.BundleSchema, &schema); err != nil {
		t.Fatal(err)
	}
	b := sampleBundle(t, requests.KindAccess)
	raw, _ := json.Marshal(b)
	var doc map[string]any
	json.Unmarshal(raw, &doc)
	check := func(def string, obj map[string]any) {
		d, ok := schema.Defs[def]
		if !ok {
			t.Fatalf("no definition %s", def)
		}
		if d.AdditionalProperties == nil || *d.AdditionalProperties {
			t.Errorf("%s allows additional properties", def)
		}
		for k := range obj {
			if _, ok := d.Properties[k]; !ok {
				t.Errorf("%s: key %q not in the schema", def, k)
			}
		}
		for _, k := range d.Required {
			if _, ok := obj[k]; !ok {
				t.Errorf("%s: required key %q missing", def, k)
			}
		}
	}
	check("Bundle", doc)
	tk := doc["tickets"].([]any)[0].(map[string]any)
	check("BundleTicket", tk)
	check("BundleField", tk["fields"].([]any)[0].(map[string]any))
	check("BundleMessage", tk["messages"].([]any)[0].(map[string]any))
	check("BundleAttachment", tk["attachments"].([]any)[0].(map[string]any))
}

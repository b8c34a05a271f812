package redact

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
)

func TestKindNames(t *testing.T) {
	for _, k := range Kinds() {
		for _, name := range []string{k.String(), k.Label()} {
			got, err := ParseKind(name)
			if err != nil || got != k {
				t.Errorf("ParseKind(%q) = %v, %v; want %v", name, got, err, k)
			}
		}
		if k.Placeholder() != "["+k.Label()+"]" {
			t.Errorf("placeholder of %v: %q", k, k.Placeholder())
		}
	}
	if _, err := ParseKind("passport"); err == nil {
		t.Error("ParseKind accepted an unknown kind")
	}
	if Kind(0).Valid() || Kind(0).Label() != "" || Kind(99).String() != "Kind(99)" {
		t.Error("invalid kinds")
	}
	if _, err := Kind(0).MarshalText(); err == nil {
		t.Error("marshalled the zero kind")
	}
	ks, err := ParseKinds(" email, CF ,iban")
	if err != nil || fmt.Sprint(ks) != "[email tax_code iban]" {
		t.Errorf("ParseKinds = %v, %v", ks, err)
	}
	if ks, err := ParseKinds(""); ks != nil || err != nil {
		t.Errorf("ParseKinds(\"\") = %v, %v", ks, err)
	}
	if _, err := ParseKinds("email,fax"); err == nil {
		t.Error("ParseKinds accepted an unknown kind")
	}
}

func TestFindingJSONRoundTrip(t *testing.T) {
	in := []Finding{{Kind: IBAN, Start: 3, End: 30, Confidence: ConfidenceHigh, Text: "IT60X0542811101000000123456"}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `[{"kind":"iban","start":3,"end":30,"confidence":"high"}]` {
		t.Fatalf("JSON %s", b)
	}
	var out []Finding
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	in[0].Text = ""
	if fmt.Sprint(out) != fmt.Sprint(in) {
		t.Fatalf("round trip %v, want %v", out, in)
	}
	if err := json.Unmarshal([]byte(`{"kind":"fax"}`), &Finding{}); err == nil {
		t.Error("unknown kind accepted")
	}
	if err := json.Unmarshal([]byte(`{"confidence":"certain"}`), &Finding{}); err == nil {
		t.Error("unknown confidence accepted")
	}
}

func TestStatsJSON(t *testing.T) {
	r := MustNew(Options{})
	_, st := r.redact("a@example.it b@example.it 3471234567")
	b, _ := json.Marshal(st)
	if string(b) != `{"bytes":36,"findings":3,"by_kind":{"email":2,"phone":1}}` {
		t.Fatalf("JSON %s", b)
	}
	var sum Stats
	sum.Add(st)
	sum.Add(st)
	if sum.Count(Email) != 4 || sum.Findings != 6 || sum.Bytes != 72 || sum.Count(Kind(0)) != 0 {
		t.Fatalf("Add: %+v", sum)
	}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		opts Options
		want error
	}{
		{Options{Mode: ModePseudonym}, ErrNoPseudonym},
		{Options{Mode: Mode(7)}, nil},
		{Options{Kinds: []Kind{Email, Kind(42)}}, nil},
		{Options{MinConfidence: Confidence(9)}, nil},
	}
	for _, tt := range tests {
		_, err := New(tt.opts)
		if err == nil || tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("New(%+v) = %v, want error %v", tt.opts, err, tt.want)
		}
	}
	for _, name := range []string{"mask", "Placeholder", "PSEUDONYM"} {
		m, err := ParseMode(name)
		if err != nil {
			t.Fatal(err)
		}
		var back Mode
		text, _ := m.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != m {
			t.Errorf("mode %q round trip: %v %v", name, back, err)
		}
	}
	for _, c := range []Confidence{ConfidenceLow, ConfidenceMedium, ConfidenceHigh} {
		if got, err := ParseConfidence(c.String()); err != nil || got != c {
			t.Errorf("ParseConfidence(%q) = %v, %v", c, got, err)
		}
	}
}

func TestRedactorConcurrent(t *testing.T) {
	r := MustNew(Options{})
	text := streamText
	want := r.Redact(text)
	done := make(chan string)
	for range 8 {
		go func() { done <- r.Redact(text) }()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Fatal("concurrent Redact differs")
		}
	}
}

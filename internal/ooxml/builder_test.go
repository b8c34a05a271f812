package ooxml

import "testing"

func TestBuilder(t *testing.T) {
	var b Builder
	b.Start("w:p", "w:rsid", "1")
	b.Empty("w:pPr")
	b.Elem("w:t", "a & b", "xml:space", "preserve")
	if b.Depth() != 1 {
		t.Errorf("Depth = %d, want 1", b.Depth())
	}
	b.End()
	want := `<w:p w:rsid="1"><w:pPr/><w:t xml:space="preserve">a &amp; b</w:t></w:p>`
	if got := string(b.Bytes()); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestBuilderMisuse(t *testing.T) {
	tests := []struct {
		name string
		fn   func(*Builder)
	}{
		{"odd attributes", func(b *Builder) { b.Empty("x", "a") }},
		{"end without start", func(b *Builder) { b.End() }},
		{"bytes while open", func(b *Builder) { b.Start("x"); b.Bytes() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			var b Builder
			tt.fn(&b)
		})
	}
}

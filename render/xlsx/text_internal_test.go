package xlsx

import "testing"

func TestCleanText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Assistenza tecnica", "Assistenza tecnica"},
		{"tab and newline kept", "a\tb\nc", "a\tb\nc"},
		{"controls dropped", "a\x00b\x01c\x1fd\x7f", "abcd"},
		{"crlf to lf", "a\r\nb\rc", "a\nb\nc"},
		{"invalid utf-8 dropped", "a\xffb\xc3", "ab"},
		{"noncharacters dropped", "a\uFFFEb\uFFFFc", "abc"},
		{"replacement char kept", "a\uFFFDb", "a\uFFFDb"},
		{"nfd to nfc", "percentuale e\u0300 cos\u0131\u0300", "percentuale è cos\u0131\u0300"},
		{"accents composed", "Citta\u0300 di Forli\u0300", "Città di Forlì"},
		{"astral kept", "ok 🙂", "ok 🙂"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanText(tt.in); got != tt.want {
				t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestOneLine(t *testing.T) {
	if got, want := oneLine("  Registro\n dei\ttrattamenti \x00 "), "Registro dei trattamenti"; got != want {
		t.Errorf("oneLine = %q, want %q", got, want)
	}
}

func TestCleanTextPlainASCIIDoesNotAllocate(t *testing.T) {
	s := "Identification and contact data (name, e-mail, telephone)"
	if n := testing.AllocsPerRun(100, func() { _ = cleanText(s) }); n != 0 {
		t.Errorf("cleanText of plain ASCII allocates %v times", n)
	}
}

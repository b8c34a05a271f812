package gdpr

import (
	"slices"
	"testing"
	"time"
)

func TestDurationWords(t *testing.T) {
	tests := []struct {
		d      Duration
		it, en string
	}{
		{"P72M", "72 mesi", "72 months"},
		{"P1Y", "1 anno", "1 year"},
		{"P1Y6M", "1 anno e 6 mesi", "1 year and 6 months"},
		{"P2Y1M3D", "2 anni, 1 mese e 3 giorni", "2 years, 1 month and 3 days"},
		{"PT72H", "72 ore", "72 hours"},
		{"PT30M", "30 minuti", "30 minutes"},
		{"PT1H30M", "1 ora e 30 minuti", "1 hour and 30 minutes"},
	}
	for _, tt := range tests {
		if got := tt.d.Words("it"); got != tt.it {
			t.Errorf("%s it = %q, want %q", tt.d, got, tt.it)
		}
		if got := tt.d.Words("en"); got != tt.en {
			t.Errorf("%s en = %q, want %q", tt.d, got, tt.en)
		}
	}
	for _, bad := range []Duration{"", "72M", "P", "PX", "P1.5Y", "P3", "P1S", "PT1S"} {
		if bad.Valid() {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestAddMonthsClampsMonthEnds(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		from, want time.Time
		n          int
	}{
		{d(2026, 1, 31), d(2026, 2, 28), 1},
		{d(2028, 1, 31), d(2028, 2, 29), 1},
		{d(2026, 3, 31), d(2026, 4, 30), 1},
		{d(2026, 11, 22), d(2032, 11, 22), 72},
	}
	for _, tt := range tests {
		if got := AddMonths(tt.from, tt.n); !got.Equal(tt.want) {
			t.Errorf("AddMonths(%s, %d) = %s, want %s", tt.from.Format(time.DateOnly), tt.n, got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
		}
	}
}

func TestTextFallbackAndLocalize(t *testing.T) {
	p := Plain("ciao").Localize("it")
	if !p.Has("it") || p.In("en") != "ciao" {
		t.Errorf("localized plain text: %v", p)
	}
	tx := T("ciao", "hello")
	if tx.In("en") != "hello" || tx.In("fr") != "hello" {
		t.Errorf("fallback: %q", tx.In("fr"))
	}
	if !(Text{"it": "  "}).IsEmpty() {
		t.Error("blank text not empty")
	}
}

func TestAdequacy(t *testing.T) {
	on := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	if d, ok := AdequacyFor("US", on); !ok || !d.RequiresDPF {
		t.Error("US decision missing or without the DPF condition")
	}
	if _, ok := AdequacyFor("BR", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)); ok {
		t.Error("Brazil adequate before its decision")
	}
	if _, ok := AdequacyFor("IN", on); ok {
		t.Error("India has no adequacy decision")
	}
	if !IsEEA("NO") || !IsEEA("IT") || IsEEA("CH") || IsEEA("GB") {
		t.Error("EEA membership wrong")
	}
	if !IsCountry("US") || IsCountry("XX") || IsCountry("us") {
		t.Error("country codes wrong")
	}
}

func TestRightsFor(t *testing.T) {
	got := RightsFor(RightsUse{Bases: []LegalBasis{LegalObligation}})
	if !slices.Equal(got, []Right{RightAccess, RightRectification, RightRestriction, RightComplain}) {
		t.Errorf("legal obligation rights: %v", got)
	}
	got = RightsFor(RightsUse{Bases: []LegalBasis{Contract}, DirectMarketing: true})
	if !slices.Contains(got, RightObject) || slices.Contains(got, RightAutomated) {
		t.Errorf("direct marketing adds objection; no ADM without the flag: %v", got)
	}
	if got := RightsFor(RightsUse{Bases: []LegalBasis{Contract}, ExplicitConsent: true}); !slices.Contains(got, RightWithdraw) {
		t.Error("Art. 9(2)(a) must add withdrawal")
	}
}

func TestEnumsMapToDPV(t *testing.T) {
	for _, e := range []interface {
		Enum
		DPV() string
	}{LegalBasis(""), SpecialCondition(""), TransferMechanism(""), RecipientKind(""), MeasureKind(""), EndAction(""), Right("")} {
		for _, k := range e.Keys() {
			var iri string
			switch e.(type) {
			case LegalBasis:
				iri = LegalBasis(k).DPV()
			case SpecialCondition:
				iri = SpecialCondition(k).DPV()
			case TransferMechanism:
				iri = TransferMechanism(k).DPV()
			case RecipientKind:
				iri = RecipientKind(k).DPV()
			case MeasureKind:
				iri = MeasureKind(k).DPV()
			case EndAction:
				iri = EndAction(k).DPV()
			case Right:
				iri = Right(k).DPV()
			}
			if iri == "" {
				t.Errorf("%T %q has no IRI", e, k)
			}
		}
	}
	if !IsDPVTerm("pd:Health") || IsDPVTerm("pd:Nope") {
		t.Error("DPV term lookup wrong")
	}
	if !IsVague("per il tempo necessario") || !IsVague("As long as necessary") || IsVague("10 anni") {
		t.Error("vague retention detection wrong")
	}
}

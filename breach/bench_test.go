package breach

import (
	"fmt"
	"testing"
)

// benchPack is the fixture with n incidents (copies of the clean ones).
func benchPack(n int) Subject {
	s := fixture()
	s.Breach.Incidents = make([]Incident, n)
	for i := range s.Breach.Incidents {
		inc := highRisk()
		if i%2 == 1 {
			inc = unlikely()
		}
		inc.ID = fmt.Sprintf("inc-%05d", i)
		s.Breach.Incidents[i] = inc
	}
	return s
}

var benchSizes = []int{10, 100, 1000}

func BenchmarkCheck(b *testing.B) {
	for _, n := range benchSizes {
		s := benchPack(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Check(s.Org, s.Register, s.Breach, s.Now)
			}
		})
	}
}

func BenchmarkAssess(b *testing.B) {
	s := benchPack(1)
	inc := &s.Breach.Incidents[0]
	for b.Loop() {
		Assess(s.Org, s.Register, s.Breach, inc, s.Now)
	}
}

func BenchmarkRegisterWorkbook(b *testing.B) {
	for _, n := range benchSizes {
		s := benchPack(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				RegisterWorkbook(s.Org, s.Register, s.Breach, "it")
			}
		})
	}
}

func BenchmarkIncidentDocuments(b *testing.B) {
	s := benchPack(1)
	inc := &s.Breach.Incidents[0]
	for b.Loop() {
		AssessmentReport(s.Org, s.Register, s.Breach, inc, s.Now, "en")
		Notification(s.Org, s.Register, s.Breach, inc, s.Now, "en")
		Letter(s.Org, s.Register, s.Breach, inc, s.Now, "en")
		if _, err := NotificationJSON(s.Org, s.Register, s.Breach, inc, s.Now); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProcedure(b *testing.B) {
	s := fixture()
	for b.Loop() {
		Procedure(s.Org, s.Register, s.Breach, "it")
	}
}

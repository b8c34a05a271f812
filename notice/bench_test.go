package notice

import (
	"fmt"
	"testing"

	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/register"
)

// benchPack is the example register grown to n support-like activities,
// all concerning the notice's audience.
func benchPack(n int) (*gdpr.Organisation, *register.Register, []Notice) {
	reg := nuvolaRegister()
	proto := supportActivity()
	reg.Activities = make([]register.Activity, n)
	for i := range reg.Activities {
		a := proto
		a.ID = fmt.Sprintf("support-%d", i)
		a.Name = gdpr.T(fmt.Sprintf("Assistenza %d", i), fmt.Sprintf("Support %d", i))
		reg.Activities[i] = a
	}
	ns := nuvolaNotices()[:1]
	ns[0].Activities = nil // every activity concerning the audience
	return nuvolaOrg(), reg, ns
}

var benchSizes = []int{10, 100, 1000, 10000}

func BenchmarkDocument(b *testing.B) {
	for _, n := range benchSizes {
		org, reg, ns := benchPack(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Document(org, reg, ns[0], "it", nuvolaDate); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkCheck(b *testing.B) {
	for _, n := range benchSizes {
		org, reg, ns := benchPack(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Check(org, reg, ns, nuvolaDate)
			}
		})
	}
}

func BenchmarkFingerprint(b *testing.B) {
	for _, n := range benchSizes {
		org, reg, ns := benchPack(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Fingerprint(org, reg, ns[0], nuvolaDate)
			}
		})
	}
}

func BenchmarkFirstLayer(b *testing.B) {
	org, reg, ns := benchPack(10)
	for b.Loop() {
		if _, err := FirstLayer(org, reg, ns[0], "en", nuvolaDate); err != nil {
			b.Fatal(err)
		}
	}
}

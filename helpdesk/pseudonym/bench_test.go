package pseudonym

import (
	"fmt"
	"testing"
)

// benchValues are e-mail addresses of realistic length.
var benchValues = func() []string {
	v := make([]string, 1024)
	for i := range v {
		v[i] = fmt.Sprintf("cliente.%06d@example.it", i)
	}
	return v
}()

// BenchmarkToken measures tokens per second on one goroutine; the
// "tokens/s" metric is per wall second, "cpu-tokens/s" per CPU second.
func BenchmarkToken(b *testing.B) {
	p, err := New(ctx, testKeys(b), "support")
	if err != nil {
		b.Fatal(err)
	}
	cpu := cpuTime()
	i := 0
	for b.Loop() {
		p.Token(benchValues[i&1023])
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	reportCPURate(b, cpu, "cpu-tokens/s")
}

// BenchmarkAppendToken is the allocation-free form.
func BenchmarkAppendToken(b *testing.B) {
	p, _ := New(ctx, testKeys(b), "support")
	buf := make([]byte, 0, 64)
	cpu := cpuTime()
	i := 0
	for b.Loop() {
		buf = p.AppendToken(buf[:0], "EMAIL", benchValues[i&1023])
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	reportCPURate(b, cpu, "cpu-tokens/s")
}

// BenchmarkTokenParallel uses every CPU.
func BenchmarkTokenParallel(b *testing.B) {
	p, _ := New(ctx, testKeys(b), "support")
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			p.Token(benchValues[i&1023])
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkVaultPut(b *testing.B) {
	keys := testKeys(b)
	v := NewVault(keys, NewMemoryStore(), VaultOptions{})
	i := 0
	for b.Loop() {
		if err := v.Put(ctx, "support", fmt.Sprint("tok_", i&1023), benchValues[i&1023]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

//go:build unix

package pseudonym

import (
	"syscall"
	"testing"
	"time"
)

// reportCPURate reports operations per second of process CPU time, a
// figure that holds on a machine shared with other work.
func reportCPURate(b *testing.B, before time.Duration, unit string) {
	if used := cpuTime() - before; used > 0 {
		b.ReportMetric(float64(b.N)/used.Seconds(), unit)
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

//go:build unix

package redact

import (
	"syscall"
	"testing"
	"time"
)

// reportCPUThroughput adds a "cpu-MB/s" metric: bytes per second of
// process CPU time rather than wall time, so that the figure holds on a
// machine shared with other work. Call it after the timed loop, with the
// CPU time read by cpuTime before it.
func reportCPUThroughput(b *testing.B, before time.Duration, bytesPerOp int64) {
	used := cpuTime() - before
	if used > 0 {
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
	}
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

//go:build !unix

package retention

import "time"

// cpuTime is unknown here: throughput is reported in wall time only.
func cpuTime() time.Duration { return 0 }

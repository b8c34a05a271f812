package xlsx_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/gdprkit/gdprkit/render/xlsx"
)

// BenchmarkRender renders the register workbook with 100, 1,000 and
// 10,000 activities of 15 columns of realistic text. Target: 10,000 rows
// in under 2 s and 500 MB.
func BenchmarkRender(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		wb := registerWorkbook(n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := xlsx.Render(io.Discard, wb, xlsx.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

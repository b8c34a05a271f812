package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"sort"
	"time"
)

// writeZip copies the package excelize made to w with its entries in a
// fixed order and with a fixed modification time. excelize writes the
// streamed sheets in map order, so without this two runs on the same input
// would differ. Entries are copied compressed, as they are.
func writeZip(w io.Writer, pkg []byte, modified time.Time) error {
	r, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return fmt.Errorf("xlsx: reread package: %w", err)
	}
	files := append([]*zip.File(nil), r.File...)
	sort.Slice(files, func(i, j int) bool { return entryLess(files[i].Name, files[j].Name) })
	date, clock := msDosTime(modified)
	zw := zip.NewWriter(w)
	for _, f := range files {
		raw, err := f.OpenRaw()
		if err != nil {
			return fmt.Errorf("xlsx: %s: %w", f.Name, err)
		}
		// A fresh header: no data descriptor, no extra fields, only
		// what the entry needs.
		out, err := zw.CreateRaw(&zip.FileHeader{
			Name:               f.Name,
			Method:             f.Method,
			CRC32:              f.CRC32,
			CompressedSize64:   f.CompressedSize64,
			UncompressedSize64: f.UncompressedSize64,
			ModifiedDate:       date,
			ModifiedTime:       clock,
		})
		if err != nil {
			return fmt.Errorf("xlsx: %s: %w", f.Name, err)
		}
		if _, err := io.Copy(out, raw); err != nil {
			return fmt.Errorf("xlsx: %s: %w", f.Name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

// entryLess orders package entries: the content types first, as Office
// writes them (some readers sniff the first entry), then by name.
func entryLess(a, b string) bool {
	const first = "[Content_Types].xml"
	if a == first || b == first {
		return a == first && b != first
	}
	return a < b
}

// zipEpoch is the earliest time a zip entry can carry.
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// msDosTime encodes t as a zip entry's date and time; times a zip entry
// cannot hold become 1980-01-01.
func msDosTime(t time.Time) (date, clock uint16) {
	if t.Before(zipEpoch) || t.Year() > 2107 {
		t = zipEpoch
	}
	date = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	clock = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	return date, clock
}

package ooxml

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"
)

// ZipTime is the modification time of every entry [WriteZip] writes: the
// earliest time the zip format can hold, so the archive depends on its
// parts only.
var ZipTime = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// Part is one part of a package: its name inside the zip (no leading
// slash, e.g. "word/document.xml") and its bytes.
type Part struct {
	Name string
	Data []byte
}

// WriteZip writes parts as a zip archive to w, deflated, in the order
// given and with [ZipTime] as every entry's time: the same parts always
// give the same bytes. OPC consumers expect "[Content_Types].xml" first.
func WriteZip(w io.Writer, parts []Part) error {
	zw := zip.NewWriter(w)
	seen := make(map[string]bool, len(parts))
	for _, p := range parts {
		if seen[p.Name] {
			return fmt.Errorf("ooxml: duplicate part %q", p.Name)
		}
		seen[p.Name] = true
		fw, err := zw.CreateHeader(&zip.FileHeader{
			Name:     p.Name,
			Method:   zip.Deflate,
			Modified: ZipTime,
		})
		if err != nil {
			return fmt.Errorf("ooxml: zip %s: %w", p.Name, err)
		}
		if _, err := fw.Write(p.Data); err != nil {
			return fmt.Errorf("ooxml: zip %s: %w", p.Name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ooxml: zip: %w", err)
	}
	return nil
}

// ErrTooLarge is returned by [ReadZip] when a package exceeds its size
// limit.
var ErrTooLarge = errors.New("package too large")

// ReadZip reads the parts of a zip archive in archive order, refusing
// archives whose uncompressed parts add up to more than limit bytes (a zip
// bomb must not exhaust memory). Directory entries are skipped.
func ReadZip(data []byte, limit int64) ([]Part, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("ooxml: read zip: %w", err)
	}
	var parts []Part
	var total int64
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("ooxml: read zip %s: %w", f.Name, err)
		}
		b, err := io.ReadAll(io.LimitReader(rc, limit-total+1))
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("ooxml: read zip %s: %w", f.Name, err)
		}
		total += int64(len(b))
		if total > limit {
			return nil, fmt.Errorf("ooxml: read zip: %w (over %d bytes)", ErrTooLarge, limit)
		}
		parts = append(parts, Part{Name: f.Name, Data: b})
	}
	return parts, nil
}

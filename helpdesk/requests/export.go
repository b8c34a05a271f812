package requests

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// File is one file of an export: a name without directories and its bytes.
type File struct {
	Name string
	Data []byte
}

// The names of the files [Bundle.Files] makes.
const (
	FileBundleJSON = "bundle.json"
	FileSchema     = "bundle.schema.json"
	FileTickets    = "tickets.csv"
	FileItems      = "items.csv"
)

// Files returns the bundle as files: bundle.json (indented JSON),
// bundle.schema.json ([BundleSchema]), tickets.csv (one row per ticket) and
// items.csv (one row per field, message, note and attachment). Add the
// rendered [Summary] and pass them all to [WriteZip] or [WriteDir].
func (b Bundle) Files() ([]File, error) {
	js, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("requests: bundle JSON: %w", err)
	}
	var tickets, items bytes.Buffer
	if err := b.WriteTicketsCSV(&tickets); err != nil {
		return nil, err
	}
	if err := b.WriteItemsCSV(&items); err != nil {
		return nil, err
	}
	return []File{
		{FileBundleJSON, append(js, '\n')},
		{FileSchema, BundleSchema},
		{FileTickets, tickets.Bytes()},
		{FileItems, items.Bytes()},
	}, nil
}

// csvTime formats a time for CSV: RFC 3339 in UTC, empty when zero.
func csvTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// csvCell keeps a spreadsheet from reading a value as a formula: text that
// starts with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe (OWASP CSV injection), unless it is a plain number.
func csvCell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s
	}
	return "'" + s
}

func writeCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // RFC 4180
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range rows {
		for i := range r {
			r[i] = csvCell(r[i])
		}
		if err := cw.Write(r); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("requests: CSV: %w", err)
	}
	return nil
}

// WriteTicketsCSV writes one row per ticket: ticket_id, channel, created,
// closed, title.
func (b Bundle) WriteTicketsCSV(w io.Writer) error {
	rows := make([][]string, 0, len(b.Tickets))
	for _, t := range b.Tickets {
		rows = append(rows, []string{t.ID, t.Channel, csvTime(t.Created), csvTime(t.Closed), t.Title})
	}
	return writeCSV(w, []string{"ticket_id", "channel", "created", "closed", "title"}, rows)
}

// WriteItemsCSV writes one row per piece of a ticket: ticket_id, item
// (field, message, note, attachment), name (field or file name), category,
// from, at, value.
func (b Bundle) WriteItemsCSV(w io.Writer) error {
	var rows [][]string
	for _, t := range b.Tickets {
		for _, f := range t.Fields {
			rows = append(rows, []string{t.ID, "field", f.Name, f.Category, "", "", f.Value})
		}
		for _, m := range t.Messages {
			rows = append(rows, []string{t.ID, "message", "", "", m.From, csvTime(m.At), m.Body})
		}
		for _, n := range t.Notes {
			rows = append(rows, []string{t.ID, "note", "", "", FromSupport, "", n})
		}
		for _, a := range t.Attachments {
			rows = append(rows, []string{t.ID, "attachment", a.Name, "", "", "", a.Text})
		}
	}
	return writeCSV(w, []string{"ticket_id", "item", "name", "category", "from", "at", "value"}, rows)
}

// WriteZip writes files into a zip archive, in the order given, each
// stamped with modified (a fixed time keeps the archive reproducible; zip
// keeps it to two seconds, in no time zone).
func WriteZip(w io.Writer, files []File, modified time.Time) error {
	zw := zip.NewWriter(w)
	for _, f := range files {
		if err := checkName(f.Name); err != nil {
			return err
		}
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: modified.UTC()})
		if err != nil {
			return fmt.Errorf("requests: zip %s: %w", f.Name, err)
		}
		if _, err := fw.Write(f.Data); err != nil {
			return fmt.Errorf("requests: zip %s: %w", f.Name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("requests: zip: %w", err)
	}
	return nil
}

// WriteDir writes files into dir (created if missing), each to a temporary
// name first and renamed when complete, with mode 0644.
func WriteDir(dir string, files []File) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("requests: %w", err)
	}
	for _, f := range files {
		if err := checkName(f.Name); err != nil {
			return err
		}
		if err := writeFileAtomic(filepath.Join(dir, f.Name), f.Data); err != nil {
			return err
		}
	}
	return nil
}

func checkName(name string) error {
	if name == "" || name != filepath.Base(name) || name == "." || name == ".." || strings.ContainsAny(name, `/\`) {
		return fmt.Errorf("requests: file name %q is not a plain name", name)
	}
	return nil
}

func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("requests: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("requests: write %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("requests: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("requests: write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("requests: %w", err)
	}
	return nil
}

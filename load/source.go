package load

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Source is one YAML document to load: its name (shown in findings) and
// its bytes.
type Source struct {
	Name string
	Data []byte
}

// MaxFileSize bounds one YAML file, so a wrong path (a disk image…) fails
// fast instead of exhausting memory.
const MaxFileSize = 32 << 20

// ErrNoYAML is returned when a directory holds no YAML file.
var ErrNoYAML = errors.New("no .yaml or .yml file")

// ReadPaths reads the files named by paths: a file, a directory (its
// .yaml and .yml files, sorted by name, not recursive), or "-" for stdin.
func ReadPaths(paths []string, stdin io.Reader) ([]Source, error) {
	var out []Source
	for _, p := range paths {
		if p == "-" {
			b, err := io.ReadAll(io.LimitReader(stdin, MaxFileSize+1))
			if err != nil {
				return nil, fmt.Errorf("read stdin: %w", err)
			}
			if len(b) > MaxFileSize {
				return nil, fmt.Errorf("read stdin: larger than %d MiB", MaxFileSize>>20)
			}
			out = append(out, Source{Name: "<stdin>", Data: b})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			s, err := readFile(p)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		var names []string
		for _, e := range entries {
			if e.Type().IsRegular() && (strings.HasSuffix(e.Name(), ".yaml") || strings.HasSuffix(e.Name(), ".yml")) {
				names = append(names, e.Name())
			}
		}
		slices.Sort(names)
		if len(names) == 0 {
			return nil, &fs.PathError{Op: "load", Path: p, Err: ErrNoYAML}
		}
		for _, n := range names {
			s, err := readFile(filepath.Join(p, n))
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
	}
	return out, nil
}

func readFile(path string) (Source, error) {
	info, err := os.Stat(path)
	if err != nil {
		return Source{}, err
	}
	if info.Size() > MaxFileSize {
		return Source{}, &fs.PathError{Op: "load", Path: path, Err: fmt.Errorf("file larger than %d MiB", MaxFileSize>>20)}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return Source{}, err
	}
	return Source{Name: path, Data: b}, nil
}

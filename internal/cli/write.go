package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// writeFiles writes every file into dir atomically: each goes to a
// temporary name in dir and is renamed when complete. When any write
// fails, the files this call already wrote are removed too, so a failed
// run leaves no partial output.
func writeFiles(dir string, files []file) (err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var done []string
	defer func() {
		if err != nil {
			for _, p := range done {
				os.Remove(p)
			}
		}
	}()
	for _, f := range files {
		final := filepath.Join(dir, f.Name)
		if err := writeAtomic(final, f.Data); err != nil {
			return err
		}
		done = append(done, final)
	}
	return nil
}

func writeAtomic(path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

package pgtest

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// ErrNoServer is returned by [Start] when no PostgreSQL server binaries
// are installed.
var ErrNoServer = errors.New("pgtest: no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin")

// Server is a running test server.
type Server struct {
	dir    string // temporary folder: data, socket, log
	bin    string // folder of initdb and pg_ctl
	runAs  []string
	port   int
	nextDB atomic.Int64

	once    sync.Once
	onceErr error
}

// findBin returns the folder holding initdb and pg_ctl.
func findBin() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		dir := filepath.Dir(p)
		if _, err := os.Stat(filepath.Join(dir, "pg_ctl")); err == nil {
			return dir, nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	// Highest version first: "15" sorts after "9.6" numerically.
	slices.SortFunc(dirs, func(a, b string) int {
		va, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(a)), 64)
		vb, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(b)), 64)
		switch {
		case va > vb:
			return -1
		case va < vb:
			return 1
		}
		return 0
	})
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	return "", ErrNoServer
}

// runAsPostgres returns the command prefix that runs a program as the
// postgres user, when this process is root.
func runAsPostgres() ([]string, *user.User, error) {
	if os.Geteuid() != 0 {
		return nil, nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, nil, fmt.Errorf("pgtest: running as root and there is no postgres user to run the server: %w", err)
	}
	if p, err := exec.LookPath("runuser"); err == nil {
		return []string{p, "-u", "postgres", "--"}, u, nil
	}
	if p, err := exec.LookPath("su"); err == nil {
		return []string{p, "postgres", "-s", "/bin/sh", "-c"}, u, nil
	}
	return nil, nil, errors.New("pgtest: running as root without runuser or su")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Start initialises and starts a server. Stop it with [Server.Stop].
func Start(ctx context.Context) (*Server, error) {
	bin, err := findBin()
	if err != nil {
		return nil, err
	}
	prefix, u, err := runAsPostgres()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "pgtest")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir, bin: bin, runAs: prefix}
	if u != nil {
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	if err := s.run(ctx, "initdb", "-D", s.data(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	// A port can be taken between the probe and the start: try a few.
	for range 5 {
		if s.port, err = freePort(); err != nil {
			break
		}
		// fsync off: a test server need not survive a power cut.
		opts := fmt.Sprintf("-p %d -k %s -h 127.0.0.1 -F -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", s.port, dir)
		if err = s.run(ctx, "pg_ctl", "-D", s.data(), "-l", filepath.Join(dir, "server.log"), "-o", opts, "-w", "-t", "60", "start"); err == nil {
			return s, nil
		}
	}
	logTail, _ := os.ReadFile(filepath.Join(dir, "server.log"))
	os.RemoveAll(dir)
	return nil, fmt.Errorf("%w\nserver log:\n%s", err, logTail)
}

func (s *Server) data() string { return filepath.Join(s.dir, "data") }

// run runs one of the server's programs, as postgres when needed.
func (s *Server) run(ctx context.Context, prog string, args ...string) error {
	argv := append([]string{filepath.Join(s.bin, prog)}, args...)
	var cmd *exec.Cmd
	switch {
	case len(s.runAs) == 0:
		cmd = exec.CommandContext(ctx, argv[0], argv[1:]...)
	case strings.HasSuffix(s.runAs[0], "/su"):
		quoted := make([]string, len(argv))
		for i, a := range argv {
			quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		cmd = exec.CommandContext(ctx, s.runAs[0], append(s.runAs[1:], strings.Join(quoted, " "))...)
	default:
		cmd = exec.CommandContext(ctx, s.runAs[0], append(s.runAs[1:], argv...)...)
	}
	cmd.Dir = s.dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pgtest: %s: %w\n%s", prog, err, out.String())
	}
	return nil
}

// DSN returns the connection string of database name.
func (s *Server) DSN(name string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, name)
}

// NewDatabase returns the connection string of an empty namespace: a
// schema of its own in the shared database "kit", reached through
// search_path — much faster than CREATE DATABASE, and as isolated for
// tables, functions and triggers.
func (s *Server) NewDatabase(ctx context.Context) (string, error) {
	s.once.Do(func() { s.onceErr = s.exec(ctx, "postgres", "CREATE DATABASE kit") })
	if s.onceErr != nil {
		return "", s.onceErr
	}
	name := fmt.Sprintf("test_%d", s.nextDB.Add(1))
	if err := s.exec(ctx, "kit", "CREATE SCHEMA "+name); err != nil {
		return "", err
	}
	return s.DSN("kit") + "&search_path=" + name, nil
}

func (s *Server) exec(ctx context.Context, database, stmt string) error {
	db, err := sql.Open("pgx", s.DSN(database))
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, stmt); err != nil {
		return fmt.Errorf("pgtest: %s: %w", stmt, err)
	}
	return nil
}

// Stop stops the server and removes its folder.
func (s *Server) Stop() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err := s.run(ctx, "pg_ctl", "-D", s.data(), "-m", "immediate", "-w", "stop")
	if rmErr := os.RemoveAll(s.dir); err == nil {
		err = rmErr
	}
	return err
}

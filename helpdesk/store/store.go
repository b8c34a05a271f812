package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver

	"github.com/gdprkit/gdprkit/helpdesk/audit"
	"github.com/gdprkit/gdprkit/helpdesk/grants"
	"github.com/gdprkit/gdprkit/helpdesk/requests"
)

// Stores are the stores of the runtime kit's workflows.
type Stores struct {
	Audit    audit.Store
	Requests requests.Store
	Grants   grants.Store
}

// MemoryStores returns fresh in-memory stores: for tests and short-lived
// tools.
func MemoryStores() Stores {
	return Stores{Audit: &audit.MemoryStore{}, Requests: &requests.MemoryStore{}, Grants: &grants.MemoryStore{}}
}

// DB is an open database holding the kit's stores.
type DB struct {
	db      *sql.DB
	dialect Dialect
	owned   bool // Close closes db
}

// SQLiteBusyTimeout is how long a SQLite writer waits for another to
// finish before giving up.
const SQLiteBusyTimeout = 10 * time.Second

// OpenSQLite opens (creating if needed) the SQLite database file at path,
// in WAL mode with a busy timeout, and migrates it. ":memory:" opens a
// private in-memory database.
func OpenSQLite(ctx context.Context, path string) (*DB, error) {
	if path == "" || strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("store: SQLite path %q is empty or holds '?'", path)
	}
	pragmas := fmt.Sprintf("_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_txlock=immediate", SQLiteBusyTimeout.Milliseconds())
	if path != ":memory:" {
		// WAL lets readers go on while one writer appends; NORMAL sync is
		// durable across application crashes in WAL mode.
		pragmas += "&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	}
	db, err := sql.Open("sqlite", path+"?"+pragmas)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if path == ":memory:" {
		db.SetMaxOpenConns(1) // every connection would get its own database
	}
	return open(ctx, db, SQLite, true)
}

// OpenPostgres connects to PostgreSQL with a pgx connection string (URL or
// key=value form) and migrates the database.
func OpenPostgres(ctx context.Context, dsn string) (*DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open PostgreSQL: %w", err)
	}
	return open(ctx, db, Postgres, true)
}

// FromDB uses a database the caller opened and keeps: it migrates it and
// returns the stores over it; [DB.Close] leaves db open. For SQLite, open
// it with _txlock=immediate and a busy timeout (see [OpenSQLite]).
func FromDB(ctx context.Context, db *sql.DB, d Dialect) (*DB, error) {
	if d != SQLite && d != Postgres {
		return nil, fmt.Errorf("store: unknown dialect %v", d)
	}
	return open(ctx, db, d, false)
}

func open(ctx context.Context, db *sql.DB, d Dialect, owned bool) (*DB, error) {
	if err := db.PingContext(ctx); err != nil {
		if owned {
			db.Close()
		}
		return nil, fmt.Errorf("store: connect %s: %w", d, err)
	}
	if err := migrate(ctx, db, d); err != nil {
		if owned {
			db.Close()
		}
		return nil, err
	}
	return &DB{db: db, dialect: d, owned: owned}, nil
}

// Stores returns the stores over the database.
func (db *DB) Stores() Stores {
	return Stores{Audit: db.Audit(), Requests: db.Requests(), Grants: db.Grants()}
}

// Audit returns the audit log.
func (db *DB) Audit() audit.Store { return &auditStore{db: db.db, d: db.dialect} }

// Requests returns the data-subject requests.
func (db *DB) Requests() requests.Store { return &requestStore{db: db.db, d: db.dialect} }

// Grants returns the impersonation grants and remote sessions.
func (db *DB) Grants() grants.Store { return &grantStore{db: db.db, d: db.dialect} }

// Dialect returns the database's dialect.
func (db *DB) Dialect() Dialect { return db.dialect }

// SchemaVersion returns the highest migration applied to the database.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	if err := db.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("store: schema version: %w", err)
	}
	return int(v.Int64), nil
}

// Close closes the database, unless it came through [FromDB].
func (db *DB) Close() error {
	if !db.owned {
		return nil
	}
	return db.db.Close()
}

// nowMicros stamps schema_migrations rows: bookkeeping that reaches no
// output.
var nowMicros = func() int64 { return time.Now().UnixMicro() }

// notFound maps sql.ErrNoRows to a package's sentinel.
func notFound(err, sentinel error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return sentinel
	}
	return err
}

package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/gdprkit/gdprkit/helpdesk/requests"
	"github.com/gdprkit/gdprkit/helpdesk/store"
)

func init() { extraCommands = append(extraCommands, requestsCmd) }

// requestsFlags are the flags every requests subcommand shares.
type requestsFlags struct {
	db    *string
	tz    string
	actor string
}

// session is an open store with the manager and calendar over it.
type session struct {
	db  *store.DB
	m   *requests.Manager
	cal requests.Calendar
}

// open opens the store; create says whether a missing file may be made.
func (f *requestsFlags) open(ctx context.Context, create bool) (*session, error) {
	loc, err := parseLocation(f.tz)
	if err != nil {
		return nil, err
	}
	db, err := openDB(ctx, *f.db, create)
	if err != nil {
		return nil, err
	}
	cal := requests.Calendar{Location: loc}
	return &session{db: db, cal: cal, m: &requests.Manager{Store: db.Requests(), Audit: db.Audit(), Calendar: cal}}, nil
}

// failure maps a requests error to an exit code: 1 when a rule of the
// GDPR refused the change, 2 for a usage or I/O problem.
func (f *requestsFlags) failure(err error, id string) error {
	var te *requests.TransitionError
	var ee *requests.ExtensionError
	switch {
	case errors.Is(err, requests.ErrNotFound):
		return usageErr("no request %q in %s", id, *f.db)
	case errors.Is(err, requests.ErrExists):
		return usageErr("request %q already exists in %s", id, *f.db)
	case errors.Is(err, requests.ErrConflict):
		return usageErr("request %q was changed by someone else meanwhile: run the command again", id)
	case errors.As(err, &te):
		msg := err.Error()
		switch {
		case errors.Is(err, requests.ErrIllegalTransition):
			var next []string
			extend := ""
			for _, s := range requests.Transitions[te.From] {
				if s == requests.StateExtended {
					extend = "; extended only through 'requests extend'"
					continue
				}
				next = append(next, string(s))
			}
			if len(next) == 0 {
				msg += fmt.Sprintf(" (a %s request cannot move)", te.From)
			} else {
				msg += fmt.Sprintf(" (from %s: %s%s)", te.From, strings.Join(next, ", "), extend)
			}
		case errors.Is(err, requests.ErrIdentityNotVerified):
			msg += fmt.Sprintf(" (record the check first: gdprkit requests identity %s --status verified; Art. 12(2), 12(6))", te.ID)
		case errors.Is(err, requests.ErrReasonRequired):
			msg += " (give them with --note; Art. 12(4))"
		}
		return &exitError{code: ExitFindings, err: errors.New(msg)}
	case errors.As(err, &ee), errors.Is(err, requests.ErrInvalid):
		return &exitError{code: ExitFindings, err: err}
	}
	return &exitError{code: ExitUsage, err: err}
}

func requestsCmd(e *env) *cobra.Command {
	f := &requestsFlags{}
	c := &cobra.Command{
		Use:   "requests",
		Short: "Data-subject requests: open, list by deadline, move, extend, export the copy of the data",
		Long: "requests keeps data-subject requests (Arts. 12, 15–22) in the helpdesk's SQLite store (--db, or $" + dbEnv + "): each is due one month after receipt (Art. 12(3)), or up to two further months when extended with reasons told within the first month. Every change is recorded in the store's audit log, with --actor as its author.\n\n" +
			"Dates are days of the controller's calendar, --tz (an IANA zone such as Europe/Rome; default UTC): a request received at 23:30 UTC on 31 January was received on 1 February in Rome. A request keeps the zone it was opened in: later commands count its days there, whatever their --tz, which only reads the times they are given.",
	}
	f.db = dbFlag(c, true)
	c.PersistentFlags().StringVar(&f.tz, "tz", "UTC", "time zone of the controller's calendar, e.g. Europe/Rome")
	c.PersistentFlags().StringVar(&f.actor, "actor", "gdprkit", "who acts, as the audit log records it: an operator id, not a name")
	c.AddCommand(requestsOpenCmd(e, f), requestsListCmd(e, f), requestsShowCmd(e, f), requestsIdentityCmd(e, f),
		requestsMoveCmd(e, f), requestsCloseCmd(e, f), requestsExtendCmd(e, f), requestsExportCmd(e, f))
	return c
}

func kindNames() []string {
	out := make([]string, len(requests.Kinds))
	for i, k := range requests.Kinds {
		out[i] = string(k)
	}
	return out
}

func requestsOpenCmd(e *env, f *requestsFlags) *cobra.Command {
	var kind, subject, received, channel, id string
	c := &cobra.Command{
		Use:   "open --kind KIND --subject ID --received DATE[TIME]",
		Short: "Record a new request and print its deadline",
		Long: "open records a request received at --received (YYYY-MM-DD, YYYY-MM-DDTHH:MM in --tz, or RFC 3339) and prints it with its deadline: one month from the day of receipt, as Reg. 1182/71 counts months (31 January → 28 February). The store is created if missing.\n\n" +
			"--kind is one of " + quoteList(kindNames()) + ". --subject is the person's id in the helpdesk (a customer id rather than a name: the audit log keeps it). Without --id the request gets the next id R-<year>-<n>.\n\n" +
			"Exit status: 0 recorded, 2 usage or I/O problems.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k := requests.Kind(strings.ToLower(strings.TrimSpace(kind)))
			switch {
			case kind == "":
				return usageErr("requests open needs --kind (%s)", quoteList(kindNames()))
			case !k.Valid():
				return usageErr("--kind: unknown kind %q (want one of: %s)", kind, quoteList(kindNames()))
			case strings.TrimSpace(subject) == "":
				return usageErr("requests open needs --subject ID")
			case received == "":
				return usageErr("requests open needs --received DATE[TIME]: the deadline runs from receipt")
			}
			ctx := context.Background()
			s, err := f.open(ctx, true)
			if err != nil {
				return err
			}
			defer s.db.Close()
			at, err := parseWhen("--received", received, s.cal.Location)
			if err != nil {
				return err
			}
			auto := id == ""
			for try := 0; ; try++ {
				if auto {
					if id, err = nextID(ctx, s.m.Store, s.cal.Date(at).Year()); err != nil {
						return f.failure(err, "")
					}
				}
				r := requests.New(id, k, strings.TrimSpace(subject), at, s.cal)
				r.Channel = channel
				r, err = s.m.Open(ctx, r, f.actor)
				if errors.Is(err, requests.ErrExists) && auto && try < 3 {
					continue // another writer took the id meanwhile
				}
				if err != nil && r.ID == "" {
					return f.failure(err, id)
				}
				fmt.Fprintf(e.stdout, "opened %s: %s request (%s) of %s, received %s, due %s (Art. 12(3))\n",
					r.ID, r.Kind, r.Kind.Article(), r.Subject, s.cal.Date(r.Received).Format(time.DateOnly), dueDay(r.Due, s.cal))
				if err != nil { // stored, but the audit log failed
					return &exitError{code: ExitUsage, err: err}
				}
				return nil
			}
		},
	}
	c.Flags().StringVar(&kind, "kind", "", "right exercised: "+quoteList(kindNames()))
	c.Flags().StringVar(&subject, "subject", "", "the person's id in the helpdesk")
	c.Flags().StringVar(&received, "received", "", "when the request arrived: YYYY-MM-DD[THH:MM] or RFC 3339")
	c.Flags().StringVar(&channel, "channel", "", "how it arrived: email, web_form, phone, pec, letter…")
	c.Flags().StringVar(&id, "id", "", "request id (default R-<year>-<n>)")
	return c
}

// nextID returns R-<year>-<n> with n one more than the highest of that
// year in the store, three digits at least.
func nextID(ctx context.Context, st requests.Store, year int) (string, error) {
	all, err := st.List(ctx, requests.Filter{})
	if err != nil {
		return "", err
	}
	prefix := fmt.Sprintf("R-%d-", year)
	n := 0
	for _, r := range all {
		if rest, ok := strings.CutPrefix(r.ID, prefix); ok {
			if v, err := strconv.Atoi(rest); err == nil && v > n {
				n = v
			}
		}
	}
	return fmt.Sprintf("%s%03d", prefix, n+1), nil
}

// moment is the --at of list and show: a day, counted in each request's
// own time zone, or an instant.
type moment struct {
	t   time.Time
	day bool
}

// parseMoment parses --at; empty means now.
func parseMoment(s string, loc *time.Location) (moment, error) {
	if s == "" {
		return moment{t: time.Now()}, nil
	}
	t, err := parseWhen("--at", s, loc)
	if _, dateErr := time.Parse(time.DateOnly, s); dateErr == nil {
		return moment{t: t, day: true}, err
	}
	return moment{t: t}, err
}

// in is the moment in cal: the start of the day in cal's zone for a day.
func (m moment) in(cal requests.Calendar) time.Time {
	if !m.day {
		return m.t
	}
	y, mo, d := m.t.Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, cal.Location)
}

// String is the day or time as given, in loc.
func (m moment) String(loc *time.Location) string {
	if m.day {
		return m.t.Format(time.DateOnly)
	}
	return m.t.In(loc).Format("2006-01-02 15:04 MST")
}

// calendarOf is the calendar r was opened under (its zone).
func (s *session) calendarOf(r requests.Request) (requests.Calendar, error) {
	cal, err := s.cal.Of(r)
	if err != nil {
		return cal, &exitError{code: ExitUsage, err: err}
	}
	return cal, nil
}

// dueDay formats a deadline day in the calendar's zone.
func dueDay(t time.Time, cal requests.Calendar) string { return cal.Date(t).Format(time.DateOnly) }

// listedRequest is a request as 'requests list --format json' prints it.
type listedRequest struct {
	requests.Request
	// DaysLeft is the whole days from --at to the deadline, negative once
	// past; absent for requests already answered.
	DaysLeft *int `json:"days_left,omitempty"`
	// Overdue is true for an open request past its deadline.
	Overdue bool `json:"overdue"`
}

func requestsListCmd(e *env, f *requestsFlags) *cobra.Command {
	var at, format string
	var all bool
	c := &cobra.Command{
		Use:   "list",
		Short: "List open requests by deadline, with days left and OVERDUE marked",
		Long: "list prints the open requests (received, verifying, in progress, extended), soonest due first, with the days left at --at and OVERDUE for those past their deadline. --all adds the answered and closed ones.\n\n" +
			"--at is the day to count from (YYYY-MM-DD[THH:MM]). Without it the count runs from the present moment — today in UTC, or in --tz — so this interactive command, unlike the documents gdprkit renders, prints something different tomorrow.\n\n" +
			"Exit status: 0 listed, 2 usage or I/O problems.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "table" && format != "json" {
				return usageErr("--format must be table or json, not %q", format)
			}
			ctx := context.Background()
			s, err := f.open(ctx, false)
			if err != nil {
				return err
			}
			defer s.db.Close()
			at, err := parseMoment(at, s.cal.Location)
			if err != nil {
				return err
			}
			filter := requests.Filter{States: requests.OpenStates}
			if all {
				filter = requests.Filter{}
			}
			rs, err := s.m.Store.List(ctx, filter)
			if err != nil {
				return f.failure(err, "")
			}
			listed := make([]listedRequest, len(rs))
			cals := make([]requests.Calendar, len(rs))
			overdue := 0
			for i, r := range rs {
				cal, err := s.calendarOf(r)
				if err != nil {
					return err
				}
				now := at.in(cal)
				cals[i] = cal
				listed[i] = listedRequest{Request: r, Overdue: r.Overdue(now, cal)}
				if r.State.Open() {
					left := cal.DaysLeft(r.Due, now)
					listed[i].DaysLeft = &left
				}
				if listed[i].Overdue {
					overdue++
				}
			}
			if format == "json" {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(listed)
			}
			return printRequestTable(e, listed, cals, at.String(s.cal.Location), all, overdue)
		},
	}
	c.Flags().StringVar(&at, "at", "", "count days left from this day (default: now; today in UTC or --tz)")
	c.Flags().StringVar(&format, "format", "table", "table or json")
	c.Flags().BoolVar(&all, "all", false, "include answered and closed requests")
	return c
}

func printRequestTable(e *env, rs []listedRequest, cals []requests.Calendar, at string, all bool, overdue int) error {
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tSUBJECT\tSTATE\tIDENTITY\tRECEIVED\tDUE\tDAYS LEFT\t")
	for i, r := range rs {
		cal := cals[i]
		left := "-"
		if r.DaysLeft != nil {
			left = strconv.Itoa(*r.DaysLeft)
		}
		if r.Overdue {
			left += " OVERDUE"
		}
		due := dueDay(r.Due, cal)
		if r.Extension != nil {
			due += fmt.Sprintf(" (+%dm)", r.Extension.Months)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.ID, r.Kind, r.Subject, r.State, r.Identity,
			dueDay(r.Received, cal), due, left)
	}
	if err := tw.Flush(); err != nil {
		return &exitError{code: ExitUsage, err: err}
	}
	what := "open request(s)"
	if all {
		what = "request(s)"
	}
	fmt.Fprintf(e.stdout, "%d %s at %s, %d overdue\n", len(rs), what, at, overdue)
	return nil
}

func requestsShowCmd(e *env, f *requestsFlags) *cobra.Command {
	var at, format string
	c := &cobra.Command{
		Use:   "show ID",
		Short: "Print one request with its deadline and history",
		Long: "show prints a request: kind, person, state, identity check, deadline and days left at --at (default now), extension, and every change.\n\n" +
			"Exit status: 0 printed, 2 usage or I/O problems (such as an unknown id).",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageErr("--format must be text or json, not %q", format)
			}
			ctx := context.Background()
			s, err := f.open(ctx, false)
			if err != nil {
				return err
			}
			defer s.db.Close()
			at, err := parseMoment(at, s.cal.Location)
			if err != nil {
				return err
			}
			r, err := s.m.Store.Get(ctx, args[0])
			if err != nil {
				return f.failure(err, args[0])
			}
			cal, err := s.calendarOf(r)
			if err != nil {
				return err
			}
			if format == "json" {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			printRequest(e, r, cal, at.in(cal))
			return nil
		},
	}
	c.Flags().StringVar(&at, "at", "", "count days left from this day (default: now)")
	c.Flags().StringVar(&format, "format", "text", "text or json")
	return c
}

func printRequest(e *env, r requests.Request, cal requests.Calendar, at time.Time) {
	stamp := func(t time.Time) string { return t.In(cal.Location).Format("2006-01-02 15:04") }
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	due := dueDay(r.Due, cal)
	if r.State.Open() {
		left := cal.DaysLeft(r.Due, at)
		due += fmt.Sprintf(" (%d days left at %s)", left, cal.Date(at).Format(time.DateOnly))
		if r.Overdue(at, cal) {
			due += " OVERDUE"
		}
	}
	rows := [][2]string{
		{"request", r.ID}, {"kind", fmt.Sprintf("%s (%s)", r.Kind, r.Kind.Article())}, {"subject", r.Subject},
		{"channel", orNA(r.Channel)}, {"received", stamp(r.Received) + " " + cal.Location.String()}, {"state", string(r.State)},
		{"identity", string(r.Identity)}, {"due", due},
	}
	if x := r.Extension; x != nil {
		grounds := make([]string, len(x.Grounds))
		for i, g := range x.Grounds {
			grounds[i] = string(g)
		}
		rows = append(rows, [2]string{"extension", fmt.Sprintf("%d month(s), %s, told %s: %s", x.Months, strings.Join(grounds, ", "), stamp(x.Notified), x.Reasons)})
	}
	if r.Reason != "" {
		rows = append(rows, [2]string{"reasons", r.Reason})
	}
	for _, row := range rows {
		fmt.Fprintf(tw, "%s\t%s\n", row[0], row[1])
	}
	tw.Flush()
	fmt.Fprintln(e.stdout, "history:")
	for _, h := range r.History {
		move := string(h.To)
		if h.From != "" && h.From != h.To {
			move = string(h.From) + " → " + string(h.To)
		}
		line := fmt.Sprintf("  %s  %s, identity %s", stamp(h.At), move, h.Identity)
		if h.Note != "" {
			line += ": " + h.Note
		}
		fmt.Fprintln(e.stdout, line)
	}
}

// printChanged prints a request after a change.
func printChanged(e *env, r requests.Request, cal requests.Calendar) {
	fmt.Fprintf(e.stdout, "%s: %s, identity %s, due %s\n", r.ID, r.State, r.Identity, dueDay(r.Due, cal))
}

func requestsIdentityCmd(e *env, f *requestsFlags) *cobra.Command {
	var status, note, at string
	c := &cobra.Command{
		Use:   "identity ID --status verified|failed|pending",
		Short: "Record the outcome of the identity check",
		Long: "identity records whether the person's identity was verified (Art. 12(2), 12(6)): work on a request and its answer need it. Ask only for what removes a reasonable doubt, and prefer the helpdesk's own sign-in (EDPB Guidelines 01/2022).\n\n" +
			"Exit status: 0 recorded, 1 the request is no longer open, 2 usage or I/O problems.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st := requests.IdentityStatus(status)
			if !slices.Contains([]requests.IdentityStatus{requests.IdentityVerified, requests.IdentityFailed, requests.IdentityPending}, st) {
				return usageErr("--status must be verified, failed or pending, not %q", status)
			}
			return f.change(e, args[0], "--at", at, func(ctx context.Context, s *session, when time.Time) (requests.Request, error) {
				return s.m.SetIdentity(ctx, args[0], st, when, note, f.actor)
			})
		},
	}
	c.Flags().StringVar(&status, "status", "", "verified, failed or pending")
	c.Flags().StringVar(&note, "note", "", "how it was checked (no copies of documents)")
	c.Flags().StringVar(&at, "at", "", "when (default now)")
	return c
}

// change opens the store, runs fn with the time of flag (zero for now) and
// prints the changed request.
func (f *requestsFlags) change(e *env, id, flag, at string, fn func(context.Context, *session, time.Time) (requests.Request, error)) error {
	ctx := context.Background()
	s, err := f.open(ctx, false)
	if err != nil {
		return err
	}
	defer s.db.Close()
	when, err := optionalWhen(flag, at, s.cal.Location)
	if err != nil {
		return err
	}
	r, err := fn(ctx, s, when)
	if err != nil && r.ID == "" {
		return f.failure(err, id)
	}
	cal, calErr := s.calendarOf(r)
	if calErr != nil {
		return calErr
	}
	printChanged(e, r, cal)
	if err != nil { // stored, but the audit log failed
		return &exitError{code: ExitUsage, err: err}
	}
	return nil
}

func stateNames() []string {
	var out []string
	for _, s := range []requests.State{requests.StateVerifying, requests.StateInProgress, requests.StateCompleted, requests.StateRefused, requests.StateClosed} {
		out = append(out, string(s))
	}
	return out
}

func requestsMoveCmd(e *env, f *requestsFlags) *cobra.Command {
	var to, note, at string
	c := &cobra.Command{
		Use:   "move ID --to STATE",
		Short: "Move a request to another state",
		Long: "move moves a request along received → verifying → in_progress → completed or refused → closed. in_progress and completed need the identity verified; refused needs the reasons in --note, which the answer must give with the right to complain and to go to court (Art. 12(4)). Extending goes through 'requests extend'.\n\n" +
			"Exit status: 0 moved, 1 the move is not allowed, 2 usage or I/O problems.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(stateNames(), to) {
				return usageErr("--to must be one of %s, not %q", quoteList(stateNames()), to)
			}
			return f.change(e, args[0], "--at", at, func(ctx context.Context, s *session, when time.Time) (requests.Request, error) {
				return s.m.Move(ctx, args[0], requests.State(to), when, note, f.actor)
			})
		},
	}
	c.Flags().StringVar(&to, "to", "", "new state: "+quoteList(stateNames()))
	c.Flags().StringVar(&note, "note", "", "note; for refused, the reasons")
	c.Flags().StringVar(&at, "at", "", "when (default now)")
	return c
}

func requestsCloseCmd(e *env, f *requestsFlags) *cobra.Command {
	var note, at string
	c := &cobra.Command{
		Use:   "close ID",
		Short: "Close an answered (completed or refused) request",
		Long:  "close is 'move ID --to closed'.\n\nExit status: 0 closed, 1 the request is not answered yet, 2 usage or I/O problems.",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return f.change(e, args[0], "--at", at, func(ctx context.Context, s *session, when time.Time) (requests.Request, error) {
				return s.m.Move(ctx, args[0], requests.StateClosed, when, note, f.actor)
			})
		},
	}
	c.Flags().StringVar(&note, "note", "", "note")
	c.Flags().StringVar(&at, "at", "", "when (default now)")
	return c
}

func requestsExtendCmd(e *env, f *requestsFlags) *cobra.Command {
	var months int
	var grounds []string
	var reason, notified string
	c := &cobra.Command{
		Use:   "extend ID --months 1|2 --ground complexity|number_of_requests --reason TEXT",
		Short: "Extend a request's deadline by one or two months (Art. 12(3))",
		Long: "extend extends the period to answer by --months (1 or 2) further months, on the grounds Art. 12(3) allows — the complexity or the number of requests — with the reasons as told to the person. The person must have been told, on --notified (default now), within the first month. The new deadline runs from receipt: 31 January extended by two months is due on 30 April.\n\n" +
			"Exit status: 0 extended, 1 the extension is not allowed (late, too long, already extended, no reasons), 2 usage or I/O problems.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if months != 1 && months != 2 {
				return usageErr("--months must be 1 or 2: Art. 12(3) allows up to two further months")
			}
			ext := requests.Extension{Months: months, Reasons: strings.TrimSpace(reason)}
			for _, g := range grounds {
				switch gr := requests.Ground(strings.TrimSpace(g)); gr {
				case requests.GroundComplexity, requests.GroundNumber:
					ext.Grounds = append(ext.Grounds, gr)
				default:
					return usageErr("--ground: %q is not a ground of Art. 12(3) (want complexity or number_of_requests)", g)
				}
			}
			if len(ext.Grounds) == 0 {
				return usageErr("requests extend needs --ground complexity or number_of_requests")
			}
			if ext.Reasons == "" {
				return usageErr("requests extend needs --reason: the reasons told to the person (Art. 12(3))")
			}
			return f.change(e, args[0], "--notified", notified, func(ctx context.Context, s *session, when time.Time) (requests.Request, error) {
				ext.Notified = when
				return s.m.Extend(ctx, args[0], ext, f.actor)
			})
		},
	}
	c.Flags().IntVar(&months, "months", 0, "further months: 1 or 2")
	c.Flags().StringSliceVar(&grounds, "ground", nil, "complexity and/or number_of_requests")
	c.Flags().StringVar(&reason, "reason", "", "the reasons, as told to the person")
	c.Flags().StringVar(&notified, "notified", "", "when the person was told (default now)")
	return c
}

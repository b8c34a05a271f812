package redact

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// Mode is how [Redactor.Redact] replaces a finding.
type Mode uint8

// Replacement modes.
const (
	// ModePlaceholder replaces a finding by its kind's placeholder:
	// [EMAIL], [PHONE], [CF], [VAT], [IBAN], [CARD], [IP]. The default.
	ModePlaceholder Mode = iota
	// ModeMask replaces every letter and digit of a finding by '*' and
	// keeps its punctuation and length, so byte offsets computed on the
	// original stay valid ("m.rossi@example.it" → "*.*****@*******.**").
	// With [Options.KeepCardEnds], cards keep their first six and last
	// four digits. Masking is not pseudonymisation (legal/helpdesk.md §4).
	ModeMask
	// ModePseudonym replaces a finding by [Options.Pseudonym] of its kind
	// and [Normalize]d value, typically a keyed token from package
	// helpdesk/pseudonym.
	ModePseudonym
)

var modeNames = [...]string{ModePlaceholder: "placeholder", ModeMask: "mask", ModePseudonym: "pseudonym"}

// String returns "placeholder", "mask" or "pseudonym".
func (m Mode) String() string {
	if int(m) < len(modeNames) {
		return modeNames[m]
	}
	return fmt.Sprintf("Mode(%d)", uint8(m))
}

// ParseMode parses "mask", "placeholder" or "pseudonym", ignoring case.
func ParseMode(s string) (Mode, error) {
	for m, name := range modeNames {
		if strings.EqualFold(s, name) {
			return Mode(m), nil
		}
	}
	return 0, fmt.Errorf("redact: unknown mode %q (want mask, placeholder or pseudonym)", s)
}

// MarshalText writes the mode's name.
func (m Mode) MarshalText() ([]byte, error) {
	if int(m) >= len(modeNames) {
		return nil, fmt.Errorf("redact: invalid mode %d", uint8(m))
	}
	return []byte(modeNames[m]), nil
}

// UnmarshalText reads a mode's name.
func (m *Mode) UnmarshalText(b []byte) error {
	v, err := ParseMode(string(b))
	if err == nil {
		*m = v
	}
	return err
}

// Options configure a [Redactor]. The zero value finds every kind at
// every confidence and replaces findings by placeholders.
type Options struct {
	// Kinds limits recognition to these kinds; nil or empty means all.
	Kinds []Kind
	// MinConfidence drops findings below it; zero means all.
	MinConfidence Confidence
	// Mode is how findings are replaced.
	Mode Mode
	// Pseudonym returns the replacement of a finding in ModePseudonym,
	// given its kind and normalised value (see [Normalize]). Required in
	// that mode; it must be safe for concurrent use if the Redactor is.
	Pseudonym func(kind Kind, value string) string
	// KeepCardEnds keeps the first six and last four digits of payment
	// cards in ModeMask, the most PCI DSS allows to be displayed.
	KeepCardEnds bool
}

// ErrNoPseudonym is returned by [New] for [ModePseudonym] without
// [Options.Pseudonym].
var ErrNoPseudonym = errors.New("redact: pseudonym mode needs Options.Pseudonym")

// Redactor finds and replaces identifiers in text. It is safe for
// concurrent use.
type Redactor struct {
	opts  Options
	kinds kindSet
	min   Confidence
}

// New returns a Redactor for opts.
func New(opts Options) (*Redactor, error) {
	if int(opts.Mode) >= len(modeNames) {
		return nil, fmt.Errorf("redact: invalid mode %d", uint8(opts.Mode))
	}
	if opts.Mode == ModePseudonym && opts.Pseudonym == nil {
		return nil, ErrNoPseudonym
	}
	for _, k := range opts.Kinds {
		if !k.Valid() {
			return nil, fmt.Errorf("redact: invalid kind %d", uint8(k))
		}
	}
	if opts.MinConfidence > ConfidenceHigh {
		return nil, fmt.Errorf("redact: invalid confidence %d", uint8(opts.MinConfidence))
	}
	return &Redactor{opts: opts, kinds: setOf(opts.Kinds), min: opts.MinConfidence}, nil
}

// MustNew is [New] for options known to be valid; it panics on error.
func MustNew(opts Options) *Redactor {
	r, err := New(opts)
	if err != nil {
		panic(err)
	}
	return r
}

// Options returns the options r was made with.
func (r *Redactor) Options() Options { return r.opts }

var scanners = sync.Pool{New: func() any { return new(scanner) }}

func (r *Redactor) scanner(s string, final bool) *scanner {
	sc := scanners.Get().(*scanner)
	sc.s, sc.kinds, sc.final, sc.cands = s, r.kinds, final, sc.cands[:0]
	return sc
}

func putScanner(sc *scanner) {
	sc.s = ""
	if cap(sc.cands) > 1<<16 {
		sc.cands = nil
	}
	scanners.Put(sc)
}

// Find returns the identifiers in text, sorted by position, never
// overlapping.
func (r *Redactor) Find(text string) []Finding {
	return r.AppendFind(nil, text)
}

// AppendFind appends the identifiers in text to dst and returns the
// extended slice; reusing dst avoids allocation.
func (r *Redactor) AppendFind(dst []Finding, text string) []Finding {
	sc := r.scanner(text, true)
	sc.run(0)
	dst = resolve(dst, sc.cands, r.min, text)
	putScanner(sc)
	return dst
}

var findingPool = sync.Pool{New: func() any { return new([]Finding) }}

// Redact returns text with every finding replaced according to the mode.
// Text without findings is returned as is, without allocation.
func (r *Redactor) Redact(text string) string {
	out, _ := r.redact(text)
	return out
}

// RedactFindings is [Redactor.Redact] that also returns the findings,
// with spans in the original text.
func (r *Redactor) RedactFindings(text string) (string, []Finding) {
	fs := r.Find(text)
	if len(fs) == 0 {
		return text, nil
	}
	return r.apply(text, fs), fs
}

func (r *Redactor) redact(text string) (string, Stats) {
	p := findingPool.Get().(*[]Finding)
	fs := r.AppendFind((*p)[:0], text)
	st := Stats{Bytes: int64(len(text))}
	out := text
	if len(fs) > 0 {
		out = r.apply(text, fs)
		for _, f := range fs {
			st.count(f)
		}
	}
	clear(fs) // drop references to text
	*p = fs[:0]
	findingPool.Put(p)
	return out, st
}

// apply replaces the findings fs (sorted, not overlapping) in text.
func (r *Redactor) apply(text string, fs []Finding) string {
	var b strings.Builder
	b.Grow(len(text) + 8*len(fs))
	var scratch []byte
	last := 0
	for _, f := range fs {
		b.WriteString(text[last:f.Start])
		r.writeReplacement(&b, f, &scratch)
		last = f.End
	}
	b.WriteString(text[last:])
	return b.String()
}

// Replacement returns what replaces f in r's mode.
func (r *Redactor) Replacement(f Finding) string {
	var b strings.Builder
	var scratch []byte
	r.writeReplacement(&b, f, &scratch)
	return b.String()
}

// replacementWriter is what replacements are written to: a
// strings.Builder or a bufio.Writer.
type replacementWriter interface {
	io.Writer
	io.StringWriter
}

// writeReplacement writes what replaces f; scratch is reused space for
// masks.
func (r *Redactor) writeReplacement(w replacementWriter, f Finding, scratch *[]byte) {
	switch r.opts.Mode {
	case ModeMask:
		*scratch = r.mask((*scratch)[:0], f)
		w.Write(*scratch)
	case ModePseudonym:
		w.WriteString(r.opts.Pseudonym(f.Kind, Normalize(f.Kind, f.Text)))
	default:
		w.WriteString(f.Kind.Placeholder())
	}
}

// mask appends f.Text with letters and digits replaced by '*' to dst,
// keeping the ends of cards when asked.
func (r *Redactor) mask(dst []byte, f Finding) []byte {
	keepHead, keepTail := 0, 0
	if f.Kind == PaymentCard && r.opts.KeepCardEnds {
		total := 0
		for i := 0; i < len(f.Text); i++ {
			if isDigit(f.Text[i]) {
				total++
			}
		}
		keepHead, keepTail = 6, total-4
	}
	digits := 0
	for i := 0; i < len(f.Text); i++ {
		c := f.Text[i]
		switch {
		case isDigit(c):
			digits++
			if digits > keepHead && digits <= keepTail || keepHead == 0 {
				c = '*'
			}
		case isLetter(c):
			c = '*'
		}
		dst = append(dst, c)
	}
	return dst
}

// RedactTicket redacts every free-text value of t in place — title,
// message bodies, notes, attachment texts, as [ticket.Ticket.Texts] yields
// them — and returns what it found. Structured fields are left alone:
// they are tokenised or dropped by field (see package helpdesk/anonymize).
func (r *Redactor) RedactTicket(t *ticket.Ticket) Stats {
	var st Stats
	t.Texts(func(s *string) {
		out, one := r.redact(*s)
		*s = out
		st.Add(one)
	})
	return st
}

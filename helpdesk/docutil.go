package helpdesk

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gdprkit/gdprkit/doc"
	"github.com/gdprkit/gdprkit/gdpr"
	"github.com/gdprkit/gdprkit/internal/i18n"
	"github.com/gdprkit/gdprkit/notice"
	"github.com/gdprkit/gdprkit/register"
)

// DocumentOptions tune [PolicyDocument] and [ProcedureDocument]. The zero
// value works: the documents are dated with the policy's own date.
type DocumentOptions struct {
	// Date is the pack's date, YYYY-MM-DD: it dates a policy without its
	// own date and is the day adequacy decisions are looked up on.
	Date gdpr.Date
	// Draft marks the documents as drafts in their classification.
	Draft bool
	// Notices are the pack's privacy notices: the policy names the one
	// covering its activity as the full Art. 13 information.
	Notices []notice.Notice
}

// The identifiers of the two documents, printed in their document-control
// block; the procedure cites the policy's.
const (
	PolicyIdentifier    = "POL-SUP"
	ProcedureIdentifier = "PRO-SUP"
)

// writer holds what both documents need: the language, the policy, and
// the pack's organisation and register with the policy's activity.
type writer struct {
	lang string
	org  *gdpr.Organisation
	reg  *register.Register
	p    *Policy
	act  *register.Activity // nil when the register lacks the activity
	opts DocumentOptions
}

func newWriter(org *gdpr.Organisation, reg *register.Register, p *Policy, lang string, opts DocumentOptions) writer {
	if org == nil {
		org = &gdpr.Organisation{}
	}
	if reg == nil {
		reg = &register.Register{}
	}
	if p == nil {
		p = &Policy{}
	}
	w := writer{lang: lang, org: org, reg: reg, p: p, opts: opts}
	if a, ok := reg.Activity(p.Activity); ok {
		w.act = a
	}
	return w
}

// t returns the document catalog's entry key in the writer's language. An
// argument ending in a full stop ("Inc.") at the end of a sentence would
// double it: the pair becomes one.
func (w writer) t(key string, args ...any) string {
	s := i18n.HelpdeskDocs.T(w.lang, key, args...)
	if len(args) > 0 {
		s = singleStops(s)
	}
	return s
}

// singleStops turns every run of exactly two full stops into one, leaving
// ellipses alone.
func singleStops(s string) string {
	if !strings.Contains(s, "..") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '.' && i+1 < len(s) && s[i+1] == '.' && (i+2 >= len(s) || s[i+2] != '.') && (i == 0 || s[i-1] != '.') {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// sentence returns user text ending with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// fill returns the entry key of catalog c as inlines, each %s replaced by
// the next argument, so a clause can hold links and bold text.
func (w writer) fillFrom(c i18n.Catalog, key string, args ...[]doc.Inline) []doc.Inline {
	parts := strings.Split(c.T(w.lang, key), "%s")
	out := make([]doc.Inline, 0, 2*len(parts))
	for i, s := range parts {
		if s != "" {
			out = append(out, doc.Text(s))
		}
		if i < len(parts)-1 && i < len(args) {
			out = append(out, args[i]...)
		}
	}
	return out
}

func (w writer) fill(key string, args ...[]doc.Inline) []doc.Inline {
	return w.fillFrom(i18n.HelpdeskDocs, key, args...)
}

// para is a paragraph of the entry key with inline arguments.
func (w writer) para(key string, args ...[]doc.Inline) doc.Paragraph {
	return doc.Paragraph{Inlines: w.fill(key, args...)}
}

// in groups inlines into one fill argument; str makes one of a string.
func in(x ...doc.Inline) []doc.Inline { return x }
func str(s string) []doc.Inline       { return []doc.Inline{doc.Text(s)} }

// text returns a free text in the writer's language, "" when empty.
func (w writer) text(t gdpr.Text) string {
	if t.IsEmpty() {
		return ""
	}
	return strings.TrimSpace(t.In(w.lang))
}

// textOr returns a free text, or the catalog's standard wording for key
// when the policy leaves it empty.
func (w writer) textOr(t gdpr.Text, key string) string {
	if s := w.text(t); s != "" {
		return s
	}
	return w.t(key)
}

// missing is the visible marker for data a draft lacks.
func (w writer) missing() doc.Inline { return doc.B(i18n.Missing(w.lang)) }

// orMissing returns s as text, or the marker when s is empty.
func (w writer) orMissing(s string) []doc.Inline {
	if strings.TrimSpace(s) == "" {
		return in(w.missing())
	}
	return str(s)
}

// clause returns user text to put inside a catalog sentence that ends with
// its own full stop: without a final full stop of its own.
func clause(s string) string { return strings.TrimRight(strings.TrimSpace(s), ".") }

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// join joins items as a sentence does: "a, b e c", "a, b and c".
func (w writer) join(items []string) string {
	if w.lang == "it" {
		return joinWith(items, " e ")
	}
	return joinWith(items, " and ")
}

// joinOr joins alternatives, as after "never": "a, b o c", "a, b or c".
func (w writer) joinOr(items []string) string {
	if w.lang == "it" {
		return joinWith(items, " o ")
	}
	return joinWith(items, " or ")
}

func joinWith(items []string, last string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + last + items[len(items)-1]
}

// cite is a GDPR reference the way the language writes it, with "GDPR".
func (w writer) cite(ref string) string {
	c := i18n.Cite(w.lang, ref)
	if w.lang == "it" && strings.Contains(c, ", ") {
		return c + ", GDPR"
	}
	return c + " GDPR"
}

// contact shows a channel's contact: an email or a web address as a link,
// anything else (a phone number) as text.
func contact(s string) doc.Inline {
	switch {
	case strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://"):
		shown := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://"), "/")
		return doc.L(s, shown)
	case strings.Contains(s, "@") && !strings.ContainsAny(s, " /"):
		return doc.L("mailto:"+s, s)
	}
	return doc.Text(s)
}

// date returns the documents' date: the policy's, else the pack's.
func (w writer) date() time.Time {
	if !w.p.Date.IsZero() {
		return w.p.Date.MustTime()
	}
	return w.opts.Date.MustTime()
}

// meta returns the metadata both documents share.
func (w writer) meta(titleKey, subjectKey, classKey, id string) doc.Meta {
	m := doc.Meta{
		Title:          w.t(titleKey),
		Subtitle:       w.org.Controller.Name,
		Language:       w.lang,
		Identifier:     id,
		Version:        w.p.Version,
		Date:           w.date(),
		Classification: w.t(classKey),
		Subject:        w.t(subjectKey),
		Keywords:       []string{"GDPR", "Art. 5", "Art. 13", "Art. 32", w.t("pol.keyword")},
		Labels:         i18n.DocLabels(w.lang),
	}
	if w.opts.Draft {
		m.Classification = i18n.Common.T(w.lang, "draft") + " · " + m.Classification
	}
	switch {
	case w.p.Owner != "":
		m.Authors = []string{w.p.Owner}
	case w.org.Controller.Name != "":
		m.Authors = []string{w.org.Controller.Name}
	}
	return m
}

// activityName is the policy's register activity in words, quoted.
func (w writer) activityName() string {
	name := w.p.Activity
	if w.act != nil {
		name = w.act.Name.In(w.lang)
	}
	if w.lang == "it" {
		return "«" + name + "»"
	}
	return "“" + name + "”"
}

// controllerName is the organisation's name, or the draft marker.
func (w writer) controllerName() []doc.Inline { return w.orMissing(w.org.Controller.Name) }

// owner is who keeps the policy: the person operators ask.
func (w writer) owner() string {
	if w.p.Owner != "" {
		return w.p.Owner
	}
	return w.t("owner.generic")
}

// roleName returns the name of the role with id, or the id itself.
func (w writer) roleName(id string) string {
	if r, ok := w.p.role(id); ok {
		return w.text(r.Name)
	}
	return id
}

// roleNames joins the names of roles; with no ids it takes the roles
// holding perm, and with none of those either it says so.
func (w writer) roleNames(ids []string, perm Permission) string {
	if len(ids) == 0 {
		ids = w.rolesWith(perm)
	}
	if len(ids) == 0 {
		return w.t("roles.none")
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = w.roleName(id)
	}
	return w.join(names)
}

// rolesWith returns the ids of the roles holding perm, in policy order.
func (w writer) rolesWith(perm Permission) []string {
	var out []string
	for _, r := range w.p.Roles {
		if perm != "" && r.Can(perm) {
			out = append(out, r.ID)
		}
	}
	return out
}

// categoryName names a data category of the register.
func (w writer) categoryName(id string) string {
	c, ok := w.reg.DataCategory(id)
	if !ok {
		return id
	}
	return c.Name.In(w.lang)
}

// recipientName names a recipient of the register.
func (w writer) recipientName(id string) string {
	r, ok := w.reg.Recipient(id)
	if !ok {
		return id
	}
	return r.Name.In(w.lang)
}

// ticketingSystem names the ticketing system: the register system of the
// activity whose vendor is the ticketing provider, else the provider's
// system in words.
func (w writer) ticketingSystem() string {
	if w.p.Ticketing == "" {
		return w.t("ticketing.generic")
	}
	vendor := w.recipientName(w.p.Ticketing)
	if w.act != nil {
		for _, id := range w.act.Systems {
			if s, ok := w.reg.System(id); ok && s.Vendor != "" && s.Vendor == vendor {
				return s.Name
			}
		}
	}
	return w.t("ticketing.of", vendor)
}

// remoteTool names the remote-assistance tool: a register system's name,
// else the policy's text.
func (w writer) remoteTool() string {
	t := w.p.RemoteAssistance.Tool
	if s, ok := w.reg.System(t); ok {
		return s.Name
	}
	return t
}

// rightsContact returns the address for requests: the policy's, else the
// controller's.
func (w writer) rightsContact() string {
	if w.p.Rights.Email != "" {
		return w.p.Rights.Email
	}
	return w.org.Controller.Email
}

// mail links an address, or shows the marker when there is none.
func (w writer) mail(addr string) doc.Inline {
	if addr == "" {
		return w.missing()
	}
	return doc.L("mailto:"+addr, addr)
}

// hasSpecial reports whether the activity processes special categories,
// and whether it relies on explicit consent for them.
func (w writer) hasSpecial() (special, consent bool) {
	if w.act == nil {
		return false, false
	}
	return w.reg.HasSpecial(w.act), slices.Contains(w.act.SpecialConditions, gdpr.ExplicitConsent)
}

// hasRemoteChannel reports whether the policy lists a remote-session
// channel of its own.
func (w writer) hasRemoteChannel() bool {
	return slices.ContainsFunc(w.p.Channels, func(c Channel) bool { return c.Kind == ChannelRemoteSession })
}

// permissions lists a role's permissions in words, one per line.
func (w writer) permissions(r AccessRole) doc.Cell {
	var c doc.Cell
	for i, p := range r.May {
		if i > 0 {
			c = append(c, doc.LineBreak{})
		}
		c = append(c, doc.Text(upperFirst(p.Label(w.lang))))
	}
	if len(c) == 0 {
		c = doc.Cell{doc.Text("—")}
	}
	return c
}

// orDash shows an empty cell as a dash, so a reader sees it is empty on
// purpose.
func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// numbered is a numbered list of paragraphs, one per step.
func numbered(steps ...doc.Paragraph) doc.List {
	l := doc.List{Ordered: true, Items: make([]doc.ListItem, 0, len(steps))}
	for _, s := range steps {
		l.Items = append(l.Items, doc.Item(s))
	}
	return l
}

// bullets is a bulleted list of paragraphs.
func bullets(items ...doc.Paragraph) doc.List {
	l := numbered(items...)
	l.Ordered = false
	return l
}

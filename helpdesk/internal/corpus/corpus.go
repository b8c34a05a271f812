package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// Planted is an identifier the generator put in a text.
type Planted struct {
	// Kind is the name of the identifier's kind as package redact spells
	// it: email, phone, tax_code, vat_number, iban, payment_card,
	// ip_address.
	Kind string
	// Start and End delimit it in the text, in bytes.
	Start, End int
	// Confidence is the confidence the redactor should report: "high",
	// "medium" or "low".
	Confidence string
}

// Text is generated prose with the identifiers it holds.
type Text struct {
	Body    string
	Planted []Planted
}

// Generator produces deterministic text and tickets.
type Generator struct {
	r *rand.Rand
}

// New returns a generator for seed.
func New(seed uint64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Text returns about size bytes of prose (at least size, ending with a
// full sentence).
func (g *Generator) Text(size int) Text {
	var b strings.Builder
	var planted []Planted
	for b.Len() < size {
		if b.Len() > 0 {
			if g.r.IntN(6) == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		planted = g.sentence(&b, planted)
	}
	return Text{Body: b.String(), Planted: planted}
}

// sentence writes one sentence: about one in four carries an identifier,
// one in four a look-alike.
func (g *Generator) sentence(b *strings.Builder, planted []Planted) []Planted {
	var tmpl string
	switch n := g.r.IntN(8); {
	case n < 2:
		tmpl = pick(g.r, withIdentifier)
	case n < 4:
		tmpl = pick(g.r, withLookalike)
	default:
		tmpl = pick(g.r, plain)
	}
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return planted
		}
		j := strings.IndexByte(tmpl[i:], '}') + i
		b.WriteString(tmpl[:i])
		slot := tmpl[i+1 : j]
		tmpl = tmpl[j+1:]
		value, kind, conf := g.fill(slot)
		if kind != "" {
			planted = append(planted, Planted{Kind: kind, Start: b.Len(), End: b.Len() + len(value), Confidence: conf})
		}
		b.WriteString(value)
	}
}

// fill returns a value for a template slot, and the kind and expected
// confidence when it is an identifier.
func (g *Generator) fill(slot string) (value, kind, conf string) {
	switch slot {
	case "email":
		return g.Email(), "email", "high"
	case "mobile":
		v, prefixed := g.Mobile()
		_ = prefixed
		return v, "phone", "medium"
	case "landline":
		v, prefixed := g.Landline()
		if prefixed {
			return v, "phone", "medium"
		}
		return v, "phone", "low"
	case "cf":
		return g.TaxCode(), "tax_code", "high"
	case "vat":
		return g.VATNumber(), "vat_number", "high"
	case "iban":
		return g.IBAN(), "iban", "high"
	case "card":
		return g.Card(), "payment_card", "high"
	case "ipv4":
		return g.IPv4(), "ip_address", "medium"
	case "ipv6":
		return g.IPv6(), "ip_address", "medium"
	case "name":
		return pick(g.r, firstNames), "", ""
	case "product":
		return pick(g.r, products), "", ""
	case "date":
		d := base.AddDate(0, 0, g.r.IntN(900))
		switch g.r.IntN(4) {
		case 0:
			return d.Format("02/01/2006"), "", ""
		case 1:
			return d.Format("2006-01-02"), "", ""
		case 2:
			return d.Format("2.1.2006"), "", ""
		default:
			return d.Format("01/2006"), "", ""
		}
	case "timestamp":
		return base.Add(time.Duration(g.r.Int64N(int64(900 * 24 * time.Hour)))).Truncate(time.Second).Format(time.RFC3339), "", ""
	case "time":
		return fmt.Sprintf("%d:%02d", 8+g.r.IntN(11), g.r.IntN(60)), "", ""
	case "price":
		switch g.r.IntN(3) {
		case 0:
			return fmt.Sprintf("€ %d.%03d,%02d", 1+g.r.IntN(20), g.r.IntN(1000), g.r.IntN(100)), "", ""
		case 1:
			return fmt.Sprintf("%d,%02d €", 5+g.r.IntN(500), g.r.IntN(100)), "", ""
		default:
			return fmt.Sprintf("€ %d", 10+g.r.IntN(990)), "", ""
		}
	case "order":
		switch g.r.IntN(3) {
		case 0:
			return fmt.Sprintf("ORD-%d-%06d", 2024+g.r.IntN(3), g.r.IntN(1000000)), "", ""
		case 1:
			return fmt.Sprintf("#%d", 10000+g.r.IntN(90000)), "", ""
		default:
			return fmt.Sprintf("TCK-%05d", g.r.IntN(100000)), "", ""
		}
	case "version":
		switch g.r.IntN(3) {
		case 0:
			return fmt.Sprintf("v%d.%d.%d", 1+g.r.IntN(12), g.r.IntN(10), g.r.IntN(20)), "", ""
		case 1:
			return fmt.Sprintf("versione %d.%d.%d.%d", 1+g.r.IntN(9), g.r.IntN(10), g.r.IntN(10), g.r.IntN(100)), "", ""
		default:
			return fmt.Sprintf("build %d.%d.%d", 10+g.r.IntN(5), g.r.IntN(5), 1000+g.r.IntN(30000)), "", ""
		}
	case "n":
		return fmt.Sprint(1 + g.r.IntN(30)), "", ""
	case "cap":
		return fmt.Sprintf("%05d", 10000+g.r.IntN(89999)), "", ""
	}
	panic("corpus: unknown slot " + slot)
}

var base = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// Ticket returns a ticket with the given number: structured fields with
// identifiers, a title, two to five messages, notes and sometimes an
// attachment, all in generated prose.
func (g *Generator) Ticket(n int) ticket.Ticket {
	created := base.Add(time.Duration(g.r.Int64N(int64(700 * 24 * time.Hour)))).Truncate(time.Second)
	closed := created.Add(time.Duration(1 + g.r.Int64N(int64(20*24*time.Hour)))).Truncate(time.Second)
	email := g.Email()
	phone, _ := g.Mobile()
	t := ticket.Ticket{
		ID:      fmt.Sprintf("T-%06d", n),
		Subject: email,
		Channel: pick(g.r, []string{"email", "web_form", "chat", "phone", "remote"}),
		Created: created,
		Closed:  closed,
		Stage:   "live",
		Fields: []ticket.Field{
			{Name: "name", Category: "identification", Identifier: true, Value: pick(g.r, firstNames) + " " + pick(g.r, lastNames)},
			{Name: "email", Category: "contact", Identifier: true, Value: email},
			{Name: "phone", Category: "contact", Identifier: true, Value: phone},
			{Name: "product", Category: "service", Value: pick(g.r, products)},
			{Name: "category", Category: "service", Value: pick(g.r, categories)},
		},
		Title: pick(g.r, titles),
	}
	for i := range 2 + g.r.IntN(4) {
		author := "customer"
		if i%2 == 1 {
			author = "operator"
		}
		t.Messages = append(t.Messages, ticket.Message{
			Author: author,
			At:     created.Add(time.Duration(i) * time.Hour),
			Body:   g.Text(150 + g.r.IntN(500)).Body,
		})
	}
	for range g.r.IntN(3) {
		t.Notes = append(t.Notes, g.Text(80+g.r.IntN(200)).Body)
	}
	if g.r.IntN(4) == 0 {
		t.Attachments = append(t.Attachments, ticket.Attachment{Name: "documento.pdf", Text: g.Text(300 + g.r.IntN(1000)).Body})
	}
	return t
}

// Tickets returns n tickets numbered from 1.
func (g *Generator) Tickets(n int) []ticket.Ticket {
	ts := make([]ticket.Ticket, n)
	for i := range ts {
		ts[i] = g.Ticket(i + 1)
	}
	return ts
}

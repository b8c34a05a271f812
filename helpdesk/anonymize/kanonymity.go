package anonymize

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/ticket"
)

// DefaultK is the smallest group size legal/helpdesk.md §5 suggests.
const DefaultK = 5

// Group is an equivalence class of anonymised tickets: the tickets that
// share every remaining attribute.
type Group struct {
	// Key lists the shared attributes, "name=value" joined by "; ".
	Key string `json:"key"`
	// Count is the number of tickets in the class.
	Count int `json:"count"`
	// IDs are the tickets' ids, in input order.
	IDs []string `json:"ids"`
}

// SmallGroups returns the equivalence classes of tickets with fewer than
// k members, sorted by key: the tickets that break k-anonymity and must be
// suppressed or generalised further before the data set counts as
// anonymous. The attributes compared are what [Anonymize] keeps: channel,
// the months of creation, closing and contract end, and every field
// (name and value, in name order). Memory grows with the number of
// distinct classes, not of tickets.
func SmallGroups(tickets iter.Seq[*ticket.Ticket], k int) []Group {
	groups := map[string]*Group{}
	for t := range tickets {
		key := QuasiIdentifiers(t)
		g := groups[key]
		if g == nil {
			g = &Group{Key: key}
			groups[key] = g
		}
		g.Count++
		if g.Count < k { // ids of groups that reach k are never reported
			g.IDs = append(g.IDs, t.ID)
		} else {
			g.IDs = nil
		}
	}
	var small []Group
	for _, g := range groups {
		if g.Count < k {
			small = append(small, *g)
		}
	}
	slices.SortFunc(small, func(a, b Group) int { return cmp.Compare(a.Key, b.Key) })
	return small
}

// QuasiIdentifiers returns the attributes of an anonymised ticket that
// [SmallGroups] compares, as one string.
func QuasiIdentifiers(t *ticket.Ticket) string {
	parts := []string{
		"channel=" + t.Channel,
		"created=" + monthText(t.Created),
		"closed=" + monthText(t.Closed),
		"contract_end=" + monthText(t.ContractEnd),
	}
	var fields []string
	for _, f := range t.Fields {
		fields = append(fields, f.Name+"="+f.Value)
	}
	slices.Sort(fields)
	return strings.Join(append(parts, fields...), "; ")
}

func monthText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return month(t).Format("2006-01")
}

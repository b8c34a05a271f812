package audit_test

import (
	"fmt"
	"time"

	"github.com/gdprkit/gdprkit/helpdesk/audit"
)

var epoch = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

// makeLog returns a sealed log of n varied events.
func makeLog(n int) []audit.Event {
	actions := []string{"ticket.read", "ticket.search", "ticket.export", "impersonation.grant", "remote.start"}
	log := make([]audit.Event, 0, n)
	var head audit.Checkpoint
	for i := range n {
		e := audit.Event{
			Time:    epoch.Add(time.Duration(i) * 1500 * time.Millisecond),
			Actor:   fmt.Sprintf("op-%02d", i%17),
			Action:  actions[i%len(actions)],
			Subject: fmt.Sprintf("cust-%05d", i%911),
			Ticket:  fmt.Sprintf("T-%06d", i/3),
			Purpose: "support",
		}
		if i%2 == 0 {
			e.Details = map[string]string{"ip": fmt.Sprintf("192.0.2.%d", i%250), "grant": fmt.Sprintf("g%d", i)}
		}
		e = audit.Seal(head, e)
		head = e.Checkpoint()
		log = append(log, e)
	}
	return log
}

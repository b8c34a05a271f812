package grants

import "time"

// Impersonation is a grant to one operator to see the product as one
// customer, for one ticket, read-only, until Expires.
type Impersonation struct {
	// ID identifies the grant.
	ID string `json:"id"`
	// Operator is who impersonates.
	Operator string `json:"operator"`
	// Customer is who is impersonated.
	Customer string `json:"customer"`
	// Ticket is the ticket reporting the problem to reproduce.
	Ticket string `json:"ticket"`
	// Purpose is always [PurposeReproduce].
	Purpose string `json:"purpose"`
	// SourceIP is the operator's address.
	SourceIP string `json:"source_ip,omitempty"`
	// Granted and Expires bound the grant (UTC).
	Granted time.Time `json:"granted"`
	Expires time.Time `json:"expires"`
	// Ended is when the operator ended it early; zero until then.
	Ended time.Time `json:"ended,omitzero"`
}

// Check decides whether the grant allows action at time at, without
// recording anything; [Manager.Allow] is the recorded form.
func (g Impersonation) Check(action Action, at time.Time) error {
	refuse := func(r Reason) error { return &RefusalError{Op: "act", ID: g.ID, Action: action, Reason: r} }
	switch {
	case !g.Ended.IsZero() && !at.Before(g.Ended):
		return refuse(ReasonEnded)
	case !at.Before(g.Expires):
		return refuse(ReasonExpired)
	case at.Before(g.Granted):
		return refuse(ReasonOutOfScope)
	case isForbidden(action):
		return refuse(ReasonForbidden)
	case !isReadOnly(action):
		return refuse(ReasonOutOfScope)
	}
	return nil
}

// Active reports whether the grant is in force at t.
func (g Impersonation) Active(t time.Time) bool {
	return !t.Before(g.Granted) && t.Before(g.Expires) && (g.Ended.IsZero() || t.Before(g.Ended))
}

package cli

import (
	"github.com/gdprkit/gdprkit/helpdesk"
	"github.com/gdprkit/gdprkit/load"
)

func init() {
	producers = append(producers, helpdeskOutputs)
}

// helpdeskOutputs renders the support-data policy for customers
// (support-policy) and the operators' procedure (support-procedure), when
// the pack has a helpdesk policy.
func helpdeskOutputs(p *load.Pack, lang string, o renderOpts) ([]output, error) {
	if p.Helpdesk == nil || p.Helpdesk.Policy == nil {
		return nil, nil
	}
	org, reg, pol := p.Organisation(), &p.Register, p.Helpdesk.Policy
	opts := helpdesk.DocumentOptions{Date: p.Date, Draft: o.Draft, Notices: p.Notices}
	return []output{
		{Base: "support-policy", Lang: lang, Document: helpdesk.PolicyDocument(org, reg, pol, lang, opts)},
		{Base: "support-procedure", Lang: lang, Document: helpdesk.ProcedureDocument(org, reg, pol, lang, opts)},
	}, nil
}

package cli

import (
	"fmt"

	"github.com/gdprkit/gdprkit/load"
	"github.com/gdprkit/gdprkit/notice"
)

func init() {
	producers = append(producers, noticeOutputs)
}

// noticeOutputs renders each notice in full (notice-<id>) and its first
// layer (notice-<id>-short), as WP260 recommends layered notices.
func noticeOutputs(p *load.Pack, lang string, _ renderOpts) ([]output, error) {
	var outs []output
	org := p.Organisation()
	for _, n := range p.Notices {
		full, err := notice.Document(org, &p.Register, n, lang, p.Time())
		if err != nil {
			return nil, fmt.Errorf("notice %s: %w", n.ID, err)
		}
		short, err := notice.FirstLayer(org, &p.Register, n, lang, p.Time())
		if err != nil {
			return nil, fmt.Errorf("notice %s: %w", n.ID, err)
		}
		outs = append(outs,
			output{Base: notice.FileBase(n.ID), Lang: lang, Document: full},
			output{Base: notice.ShortFileBase(n.ID), Lang: lang, Document: short})
	}
	return outs, nil
}

// noticeFingerprints returns each notice's content fingerprint by file
// base, so a pipeline sees when a register change altered what a notice
// says and its audience must be told again.
func noticeFingerprints(res *load.Result) map[string]string {
	if res == nil || res.Pack == nil || len(res.Pack.Notices) == 0 {
		return nil
	}
	p := res.Pack
	out := map[string]string{}
	for _, n := range p.Notices {
		out[notice.FileBase(n.ID)] = notice.Fingerprint(p.Organisation(), &p.Register, n, p.Time())
	}
	return out
}

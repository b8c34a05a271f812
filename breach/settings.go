package breach

import (
	"sync"
	"time"
	// The zone database is embedded so that documents print the same
	// local times on every machine, whatever tzdata it has installed.
	_ "time/tzdata"

	"github.com/gdprkit/gdprkit/gdpr"
)

// AuthorityWindow is the time the controller has to notify the supervisory
// authority, from awareness (Art. 33(1)).
const AuthorityWindow = 72 * time.Hour

// NotificationDeadline returns the Art. 33(1) deadline for a breach the
// controller became aware of at aware: 72 hours later, counted on the
// instant (in UTC), so a change of daylight-saving time in between does
// not move it by an hour.
func NotificationDeadline(aware time.Time) time.Time {
	return aware.UTC().Add(AuthorityWindow)
}

// Default internal targets of the procedure.
const (
	DefaultReport                gdpr.Duration = "PT1H"
	DefaultAssessment            gdpr.Duration = "PT24H"
	DefaultProcessorToController gdpr.Duration = "PT24H"
	DefaultSubjects              gdpr.Duration = "PT72H"
)

// resolved are the procedure settings with defaults filled in.
type resolved struct {
	loc            *time.Location
	authority      gdpr.Authority
	authorityKnown bool
	deadlines      Deadlines
}

// resolve fills the procedure settings with their defaults: the zone and
// the authority of the controller's country, the default deadlines.
func resolve(org *gdpr.Organisation, b *Breach) resolved {
	var p ProcedureSettings
	if b != nil && b.Procedure != nil {
		p = *b.Procedure
	}
	country := ""
	if org != nil {
		country = org.Controller.Country
	}
	s := resolved{loc: zoneFor(p.TimeZone, country), deadlines: p.Deadlines}
	or := func(d *gdpr.Duration, def gdpr.Duration) {
		if !d.Valid() {
			*d = def
		}
	}
	or(&s.deadlines.Report, DefaultReport)
	or(&s.deadlines.Assessment, DefaultAssessment)
	or(&s.deadlines.ProcessorToController, DefaultProcessorToController)
	or(&s.deadlines.Subjects, DefaultSubjects)
	s.authority, s.authorityKnown = authorityOf(p.Authority, country)
	return s
}

// authorityOf returns the built-in authority of the override's country
// (or of the controller's), with the override's fields laid over it.
func authorityOf(o *AuthoritySetting, country string) (gdpr.Authority, bool) {
	if o != nil && o.Country != "" {
		country = o.Country
	}
	a, ok := gdpr.AuthorityFor(country)
	if o == nil {
		return a, ok
	}
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&a.Country, o.Country)
	if o.Name != "" {
		a.Name, a.NameEN = o.Name, ""
	}
	set(&a.BreachChannel, o.Channel)
	set(&a.Website, o.Website)
	set(&a.Email, o.Email)
	set(&a.PEC, o.PEC)
	set(&a.Phone, o.Phone)
	return a, a.Name != ""
}

// duration returns d as a time.Duration of its days and hours (the
// internal targets are short, so months and years are not expected; they
// count as 30 and 365 days).
func duration(d gdpr.Duration) time.Duration {
	p, err := d.Parse()
	if err != nil {
		return 0
	}
	days := p.Years*365 + p.Months*30 + p.Weeks*7 + p.Days
	return time.Duration(days)*24*time.Hour + time.Duration(p.Hours)*time.Hour
}

// zoneFor returns the zone named, or the main zone of the country, or UTC.
func zoneFor(name, country string) *time.Location {
	if name == "" {
		name = countryZones[country]
	}
	if name == "" {
		return time.UTC
	}
	if loc, ok := zones.Load(name); ok {
		return loc.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = time.UTC
	}
	zones.Store(name, loc)
	return loc
}

// zones caches loaded zones: loading one parses the embedded database,
// and the rules resolve the zone once per incident and rule.
var zones sync.Map

// countryZones maps the EEA countries to the zone of their capital.
var countryZones = map[string]string{
	"AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia", "CY": "Asia/Nicosia",
	"CZ": "Europe/Prague", "DE": "Europe/Berlin", "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn",
	"ES": "Europe/Madrid", "FI": "Europe/Helsinki", "FR": "Europe/Paris", "GR": "Europe/Athens",
	"HR": "Europe/Zagreb", "HU": "Europe/Budapest", "IE": "Europe/Dublin", "IS": "Atlantic/Reykjavik",
	"IT": "Europe/Rome", "LI": "Europe/Vaduz", "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg",
	"LV": "Europe/Riga", "MT": "Europe/Malta", "NL": "Europe/Amsterdam", "NO": "Europe/Oslo",
	"PL": "Europe/Warsaw", "PT": "Europe/Lisbon", "RO": "Europe/Bucharest", "SE": "Europe/Stockholm",
	"SI": "Europe/Ljubljana", "SK": "Europe/Bratislava",
}

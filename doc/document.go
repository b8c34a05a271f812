package doc

import "time"

// Document is one document: metadata and body.
type Document struct {
	Meta   Meta
	Blocks []Block
}

// Meta is what a document says about itself: the title block, the
// document-control block and the file properties.
type Meta struct {
	// Title is the document title.
	Title string
	// Subtitle is shown under the title, e.g. the organisation's name.
	Subtitle string
	// Language is an ISO 639-1 code ("it", "en"); writers set the document
	// language from it.
	Language string
	// Identifier is the document's reference, e.g. "REG-2026-01".
	Identifier string
	// Version is the document version, e.g. "3.1".
	Version string
	// Date is the document date; writers use it for created and modified
	// properties so output is reproducible.
	Date time.Time
	// Authors are people or functions who wrote the document.
	Authors []string
	// Approvals are the sign-offs of this version.
	Approvals []Approval
	// Revisions is the revision history, oldest first.
	Revisions []Revision
	// Classification is the confidentiality label, e.g. "Internal".
	Classification string
	// Subject and Keywords go into the file properties.
	Subject  string
	Keywords []string
	// Labels are the captions of the document-control block in the
	// document's language; the zero value uses English.
	Labels Labels
}

// Labels are the captions writers need around the body: of the
// document-control block, of the page footer, of the table of contents.
// Domain packages fill them from their catalogs, so writers stay free of
// languages.
type Labels struct {
	DocumentControl, Identifier, Version, Date, Authors, Classification string
	Approvals, ApprovedBy, Role                                         string
	Revisions, Description                                              string
	Contents                                                            string
	// Page and Of make the footer "Page 3 of 7".
	Page, Of string
}

// DefaultLabels are the English labels.
var DefaultLabels = Labels{
	DocumentControl: "Document control", Identifier: "Identifier", Version: "Version",
	Date: "Date", Authors: "Authors", Classification: "Classification",
	Approvals: "Approvals", ApprovedBy: "Approved by", Role: "Role",
	Revisions: "Revision history", Description: "Description",
	Contents: "Contents", Page: "Page", Of: "of",
}

// Label returns the labels with empty fields filled from [DefaultLabels].
func (m Meta) Label() Labels {
	l, d := m.Labels, DefaultLabels
	fill := func(s *string, def string) {
		if *s == "" {
			*s = def
		}
	}
	fill(&l.DocumentControl, d.DocumentControl)
	fill(&l.Identifier, d.Identifier)
	fill(&l.Version, d.Version)
	fill(&l.Date, d.Date)
	fill(&l.Authors, d.Authors)
	fill(&l.Classification, d.Classification)
	fill(&l.Approvals, d.Approvals)
	fill(&l.ApprovedBy, d.ApprovedBy)
	fill(&l.Role, d.Role)
	fill(&l.Revisions, d.Revisions)
	fill(&l.Description, d.Description)
	fill(&l.Contents, d.Contents)
	fill(&l.Page, d.Page)
	fill(&l.Of, d.Of)
	return l
}

// HasControl reports whether there is anything to show in a
// document-control block.
func (m Meta) HasControl() bool {
	return m.Identifier != "" || m.Version != "" || !m.Date.IsZero() ||
		len(m.Authors) > 0 || len(m.Approvals) > 0 || len(m.Revisions) > 0 || m.Classification != ""
}

// Approval is one sign-off.
type Approval struct {
	By   string
	Role string
	Date time.Time
}

// Revision is one entry of the revision history.
type Revision struct {
	Version     string
	Date        time.Time
	Author      string
	Description string
}

// FormatDate formats a date the way documents print it: 2006-01-02 (ISO 8601,
// unambiguous in every language). The zero time formats as "".
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

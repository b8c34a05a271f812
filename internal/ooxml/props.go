package ooxml

import (
	"strings"
	"time"
)

// CoreProperties is docProps/core.xml: the properties Word shows under
// File › Info and that search indexers read. Empty fields are left out.
type CoreProperties struct {
	Title    string
	Subject  string
	Creator  string
	Keywords []string
	// Language is a BCP 47 tag such as "it-IT".
	Language string
	// Version is the document's version number.
	Version string
	// Created and Modified are written in W3CDTF (UTC); the zero time is
	// left out, never replaced by the current time.
	Created, Modified time.Time
}

// Bytes returns the part's XML.
func (p CoreProperties) Bytes() []byte {
	var b Builder
	b.Raw(Declaration)
	b.Start("cp:coreProperties",
		"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
		"xmlns:dc", "http://purl.org/dc/elements/1.1/",
		"xmlns:dcterms", "http://purl.org/dc/terms/",
		"xmlns:dcmitype", "http://purl.org/dc/dcmitype/",
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
	opt := func(name, v string) {
		if v != "" {
			b.Elem(name, v)
		}
	}
	opt("dc:title", p.Title)
	opt("dc:subject", p.Subject)
	opt("dc:creator", p.Creator)
	opt("cp:keywords", strings.Join(p.Keywords, ", "))
	opt("dc:language", p.Language)
	opt("cp:version", p.Version)
	date := func(name string, t time.Time) {
		if !t.IsZero() {
			b.Elem(name, W3CDTF(t), "xsi:type", "dcterms:W3CDTF")
		}
	}
	date("dcterms:created", p.Created)
	date("dcterms:modified", p.Modified)
	b.End()
	return b.Bytes()
}

// W3CDTF formats t the way core properties require: UTC, whole seconds,
// "2006-01-02T15:04:05Z".
func W3CDTF(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

// AppProperties is docProps/app.xml, the extended properties.
type AppProperties struct {
	// Application names the program that wrote the file.
	Application string
	// Company is the organisation the document belongs to.
	Company string
}

// Bytes returns the part's XML.
func (p AppProperties) Bytes() []byte {
	var b Builder
	b.Raw(Declaration)
	b.Start("Properties",
		"xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
		"xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes")
	if p.Application != "" {
		b.Elem("Application", p.Application)
	}
	b.Elem("DocSecurity", "0")
	b.Elem("ScaleCrop", "false")
	if p.Company != "" {
		b.Elem("Company", p.Company)
	}
	b.Elem("LinksUpToDate", "false")
	b.Elem("SharedDoc", "false")
	b.Elem("HyperlinksChanged", "false")
	b.End()
	return b.Bytes()
}

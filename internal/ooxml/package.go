package ooxml

import (
	"encoding/xml"
	"fmt"
	"path"
	"strconv"
	"strings"
)

// ContentTypes is the [Content_Types].xml part: a content type per file
// extension (Default) and per part (Override), written in the order added.
type ContentTypes struct {
	defaults  [][2]string
	overrides [][2]string
}

// Default maps the file extension ext (no dot) to a content type. A second
// call for the same extension is ignored.
func (c *ContentTypes) Default(ext, contentType string) {
	for _, d := range c.defaults {
		if strings.EqualFold(d[0], ext) {
			return
		}
	}
	c.defaults = append(c.defaults, [2]string{ext, contentType})
}

// Override gives the part named partName (no leading slash) its content
// type. A second call for the same part is ignored.
func (c *ContentTypes) Override(partName, contentType string) {
	for _, o := range c.overrides {
		if o[0] == partName {
			return
		}
	}
	c.overrides = append(c.overrides, [2]string{partName, contentType})
}

// Bytes returns the part's XML.
func (c *ContentTypes) Bytes() []byte {
	var b Builder
	b.Raw(Declaration)
	b.Start("Types", "xmlns", NSContentTypes)
	for _, d := range c.defaults {
		b.Empty("Default", "Extension", d[0], "ContentType", d[1])
	}
	for _, o := range c.overrides {
		b.Empty("Override", "PartName", "/"+o[0], "ContentType", o[1])
	}
	b.End()
	return b.Bytes()
}

// Relationship is one entry of a .rels part.
type Relationship struct {
	ID     string
	Type   string
	Target string
	// External marks a target outside the package, such as a hyperlink.
	External bool
}

// Relationships is a .rels part. Ids are "rId1", "rId2" … in the order
// added.
type Relationships struct {
	rels []Relationship
}

// Add appends a relationship and returns its id.
func (r *Relationships) Add(typ, target string, external bool) string {
	id := "rId" + strconv.Itoa(len(r.rels)+1)
	r.rels = append(r.rels, Relationship{ID: id, Type: typ, Target: target, External: external})
	return id
}

// Len is the number of relationships.
func (r *Relationships) Len() int { return len(r.rels) }

// Bytes returns the part's XML.
func (r *Relationships) Bytes() []byte {
	var b Builder
	b.Raw(Declaration)
	b.Start("Relationships", "xmlns", NSPackageRel)
	for _, rel := range r.rels {
		if rel.External {
			b.Empty("Relationship", "Id", rel.ID, "Type", rel.Type, "Target", rel.Target, "TargetMode", "External")
		} else {
			b.Empty("Relationship", "Id", rel.ID, "Type", rel.Type, "Target", rel.Target)
		}
	}
	b.End()
	return b.Bytes()
}

// ParseRelationships reads a .rels part.
func ParseRelationships(data []byte) ([]Relationship, error) {
	var doc struct {
		Rels []struct {
			ID         string `xml:"Id,attr"`
			Type       string `xml:"Type,attr"`
			Target     string `xml:"Target,attr"`
			TargetMode string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("ooxml: relationships: %w", err)
	}
	rels := make([]Relationship, len(doc.Rels))
	for i, r := range doc.Rels {
		rels[i] = Relationship{ID: r.ID, Type: r.Type, Target: r.Target, External: r.TargetMode == "External"}
	}
	return rels, nil
}

// RelsName returns the name of the .rels part of partName:
// "word/document.xml" → "word/_rels/document.xml.rels".
func RelsName(partName string) string {
	dir, file := path.Split(partName)
	return dir + "_rels/" + file + ".rels"
}

// ResolveTarget returns the part name an internal relationship target of
// the part source points to: ("word/document.xml", "header1.xml") →
// "word/header1.xml". A target starting with "/" is package-absolute.
func ResolveTarget(source, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean(path.Join(path.Dir(source), target)), "/")
}

// ParsedContentTypes is a read [Content_Types].xml.
type ParsedContentTypes struct {
	Defaults  map[string]string // lower-case extension → type
	Overrides map[string]string // part name without leading slash → type
}

// ParseContentTypes reads a [Content_Types].xml part.
func ParseContentTypes(data []byte) (ParsedContentTypes, error) {
	var doc struct {
		Defaults []struct {
			Extension   string `xml:"Extension,attr"`
			ContentType string `xml:"ContentType,attr"`
		} `xml:"Default"`
		Overrides []struct {
			PartName    string `xml:"PartName,attr"`
			ContentType string `xml:"ContentType,attr"`
		} `xml:"Override"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return ParsedContentTypes{}, fmt.Errorf("ooxml: content types: %w", err)
	}
	ct := ParsedContentTypes{Defaults: map[string]string{}, Overrides: map[string]string{}}
	for _, d := range doc.Defaults {
		ct.Defaults[strings.ToLower(d.Extension)] = d.ContentType
	}
	for _, o := range doc.Overrides {
		ct.Overrides[strings.TrimPrefix(o.PartName, "/")] = o.ContentType
	}
	return ct, nil
}

// Of returns the content type of partName ("" when unknown).
func (c ParsedContentTypes) Of(partName string) string {
	if t, ok := c.Overrides[partName]; ok {
		return t
	}
	ext := strings.TrimPrefix(path.Ext(partName), ".")
	return c.Defaults[strings.ToLower(ext)]
}

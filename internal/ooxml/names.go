package ooxml

// XML namespaces of the parts this package writes.
const (
	// NSMain is WordprocessingML's main namespace, conventionally "w".
	NSMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	// NSOfficeRel is the namespace of relationship ids inside parts,
	// conventionally "r".
	NSOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	// NSPackageRel is the namespace of a .rels part.
	NSPackageRel = "http://schemas.openxmlformats.org/package/2006/relationships"
	// NSContentTypes is the namespace of [Content_Types].xml.
	NSContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
	// NSXML is the namespace bound to the reserved "xml" prefix.
	NSXML = "http://www.w3.org/XML/1998/namespace"
)

// Relationship types.
const (
	RelOfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	RelCoreProps      = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	RelExtendedProps  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
	RelStyles         = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
	RelNumbering      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
	RelSettings       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
	RelFontTable      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
	RelHeader         = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
	RelFooter         = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
	RelHyperlink      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
)

// Content types.
const (
	CTRelationships = "application/vnd.openxmlformats-package.relationships+xml"
	CTXML           = "application/xml"
	CTDocument      = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	CTStyles        = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
	CTNumbering     = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
	CTSettings      = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
	CTFontTable     = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
	CTHeader        = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
	CTFooter        = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	CTCoreProps     = "application/vnd.openxmlformats-package.core-properties+xml"
	CTExtendedProps = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
)

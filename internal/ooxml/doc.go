// Package ooxml writes the parts of an Office Open XML package
// (ECMA-376): WordprocessingML markup built with a [Builder], the package
// plumbing ([ContentTypes], [Relationships]), the document properties
// ([CoreProperties], [AppProperties]) and a deterministic zip container
// ([WriteZip]), so two packages built from the same parts are
// byte-identical.
//
// It also reads packages back ([ReadZip], [ParseRelationships],
// [ParseContentTypes]) for a reference document whose styles a renderer
// adopts, and pretty-prints parts ([Indent]) for golden tests.
//
// Text is data, never markup: [Builder.Text] and attribute values drop the
// characters XML 1.0 forbids ([Clean]) and escape the rest.
//
// The package knows OOXML, not gdprkit's document tree: render/docx decides
// what the document looks like and uses this package to write it.
package ooxml

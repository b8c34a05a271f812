// Package check is the language of findings: a [Diagnostic] says what is wrong
// with a pack, where, under which article and how to fix it; a [Report]
// collects them; a [Rule] is one GDPR check written as a Go value.
//
// The package knows nothing of the GDPR vocabulary: messages are plain
// per-language text ([Localized]), and a diagnostic points at its input by
// YAML path. The loader fills [Position] from the path, so code that builds
// the model in Go gets the same findings without any YAML.
package check

// Package load reads YAML packs into the gdprkit model.
//
// A pack is one YAML file, several files, or a directory of them, whose
// top-level sections are merged into one [Pack]. Loading is strict: an
// unknown key is a finding with a "did you mean" suggestion, and syntax,
// type, shape (required, enum, date…) and GDPR findings all come back in
// one [check.Report] whose diagnostics carry file:line:col, the YAML path
// and the source line. [Load] never panics, whatever the input.
//
// Text is cleaned once, here: characters XML 1.0 forbids are dropped and
// everything is normalised to NFC, so no renderer sees a control character
// or a decomposed accent.
package load

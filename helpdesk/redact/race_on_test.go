//go:build race

package redact

// raceEnabled is true under -race, where sync.Pool drops objects at
// random and allocation counts are meaningless.
const raceEnabled = true

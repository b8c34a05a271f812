//go:build race

package pseudonym

// raceEnabled is true under -race, where sync.Pool drops objects at
// random and allocation counts are meaningless.
const raceEnabled = true

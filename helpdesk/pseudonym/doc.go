// Package pseudonym replaces identifiers by keyed tokens, keeps the keys
// apart from the data, and re-identifies only for a stated purpose.
//
// Pseudonymised data remain personal data (GDPR Art. 4(5)); what makes
// them pseudonymised rather than merely encoded is that the additional
// information — the key — is kept separately. This package follows
// legal/helpdesk.md §4:
//
//   - Tokens are HMAC-SHA-256 of the normalised value under a secret key
//     of at least 256 bits ([MinKeySize]), never an unkeyed hash, which
//     falls to a dictionary of e-mail addresses or phone numbers.
//   - Every pseudonymisation domain ("support", "statistics", a cohort
//     such as "support-2026") has its own key, so tokens of two domains
//     cannot be joined.
//   - Keys come from a [KeyProvider], an interface, so that they live in a
//     KMS, an HSM or a separate service under a different role. Two
//     providers are included: [MemoryKeys], random keys held in memory,
//     and [DerivedKeys], per-domain keys derived from one master secret
//     with HKDF-SHA-256 (RFC 5869, crypto/hkdf).
//   - A [Pseudonymizer] is deterministic: the same value in the same
//     domain always gives the same token, so tickets of one customer stay
//     linkable within the domain ([dpv:DeterministicPseudonymisation]).
//   - An optional [Vault] keeps token → value, encrypted with AES-256-GCM
//     under a key of its own domain ([VaultDomain]), in a [VaultStore]
//     apart from the pseudonymised data. [Vault.Reveal] re-identifies only
//     with a stated purpose and a named actor and returns an [AuditEvent]
//     to record (Art. 5(2), 32).
//   - Destroying a domain's keys ([Shred]) is crypto-shredding: the
//     domain's tokens can no longer be computed from a value, and its vault
//     entries can no longer be decrypted, in backups too.
//
// # Tokens
//
// A token is a prefix, "_", and the first 128 bits of the HMAC in
// lower-case base32 without padding — 26 characters: "tok_…" from
// [Pseudonymizer.Token], "EMAIL_…" from [Pseudonymizer.TypedToken]. The
// prefix is cosmetic: the HMAC is over the value alone, so an e-mail
// address gets the same 26 characters whether it came from a structured
// field or from free text. 128 bits keep collisions negligible: among
// 2^32 (four billion) distinct values in one domain the chance that any
// two share a token is about 2^-65. Lower-case base32 has no characters
// that split words ('-', '_', '+', '/'), so a token is one word in text,
// and no letters that look alike in upper case.
//
// [dpv:DeterministicPseudonymisation]: https://w3id.org/dpv#DeterministicPseudonymisation
package pseudonym

package redact

import "net/netip"

// The scanner is a hand-written single pass over the text. One table
// lookup per byte skips prose; a closer look happens only where an
// identifier can start: a letter or digit at the start of a word, '@',
// '+' and ':'. Every recognizer looks at most maxForward bytes ahead of the
// byte that triggered it and at most maxBackward bytes behind, which is
// what lets [Redactor.Stream] cut a text into chunks and still reach the
// same decisions as a scan of the whole text.
const (
	// maxForward bounds every forward look. The longest: a run of digit
	// groups (maxRun and a group), the local part of an e-mail address it
	// runs into (64) and that address's domain (253), about 410 bytes.
	maxForward = 512
	// maxBackward bounds every backward look: the longest is the search
	// for a URL scheme before a card number (urlLookback).
	maxBackward = 320
	// urlLookback is how far back a card number looks for "://" in the
	// same word to tell that it is part of a URL.
	urlLookback = 256
	// maxRun bounds a run of digit groups ("0039 347 123 4567").
	maxRun = 64
	// maxGroups bounds the number of groups in a run.
	maxGroups = 12
	// maxGroupDigits is the longest digit group that can be part of an
	// identifier (a card number of 19 digits written without spaces).
	maxGroupDigits = 19
)

// scanner holds the state of one scan. It is reused through a pool.
type scanner struct {
	s     string
	kinds kindSet
	// final is true when s ends the text; otherwise the scan stops
	// starting tokens at limit, leaving room for maxForward.
	final bool
	limit int
	cands []Finding
	// mute > 0 suppresses candidates while a recognizer still runs to
	// find out how far the token reaches. A token that its context
	// disqualifies (glued to the word before it) is consumed exactly as
	// far as it would be otherwise: how far the scan jumps never depends
	// on context, only what it reports does. Redaction changes context
	// (a placeholder replaces an identifier), so this is what keeps a
	// redacted text from showing new findings.
	mute int
	// scratch space of digits and plus, kept here so that it is not
	// zeroed on every call
	gs  [maxGroups]group
	buf [2 * maxGroupDigits]byte
}

func (sc *scanner) add(k Kind, start, end int, c Confidence) {
	if sc.mute > 0 {
		return
	}
	sc.cands = append(sc.cands, Finding{Kind: k, Start: start, End: end, Confidence: c})
}

// run scans from i and returns where it stopped: len(s) when final,
// otherwise the first token boundary at or after limit.
func (sc *scanner) run(i int) int {
	s := sc.s
	n := len(s)
	// Resuming inside a word means the previous chunk ended in a word
	// longer than maxForward, which no recognizer matches: skip the rest.
	if i > 0 && i < n && isAlnum(s[i-1]) && isAlnum(s[i]) {
		i = sc.skipAlnum(i)
	}
	for i < n {
		c := s[i]
		cl := class[c]
		if cl&(cAlnum|cTrig) == 0 {
			i++
			continue
		}
		if !sc.final && i >= sc.limit {
			return i
		}
		switch {
		case cl&cLetter != 0:
			// Most words are prose: find the end inline and look closer
			// only at lengths and shapes an identifier can have.
			j := i + 1
			for j < n && class[s[j]]&cAlnum != 0 {
				j++
			}
			if l := j - i; l == 16 ||
				(l == 2 || l == 13) && upper(c) == 'I' && upper(s[i+1]) == 'T' ||
				l >= 4 && l <= maxIBAN && class[s[i+2]]&cDigit != 0 ||
				l <= 4 && j < n && s[j] == ':' {
				i = sc.word(i, j)
			} else {
				i = j
			}
		case cl&cDigit != 0:
			i = sc.number(i)
		case c == '@':
			if sc.kinds.has(Email) {
				sc.email(i)
			}
			i++
		case c == '+':
			i = sc.plus(i)
		default: // ':'
			i = sc.colon(i)
		}
	}
	return n
}

// skipAlnum returns the end of the run of ASCII letters and digits at i.
func (sc *scanner) skipAlnum(i int) int {
	s := sc.s
	for i < len(s) && isAlnum(s[i]) {
		i++
	}
	return i
}

// word handles a word that starts with a letter: codice fiscale, IBAN,
// "IT" before a VAT number, and IPv6 addresses starting with a hex letter.
func (sc *scanner) word(i, j int) int {
	s := sc.s
	n := len(s)
	l := j - i
	if l > maxIBAN {
		return j
	}
	w := s[i:j]
	if l <= 4 && j < n && s[j] == ':' && sc.kinds.has(IPAddress) && allHex(w) {
		if end := sc.mutedUnless(ipv6Start(s, i), sc.ipv6, i); end > 0 {
			return end
		}
	}
	if l < 2 {
		return j
	}
	if l == 16 && sc.kinds.has(TaxCode) && taxCodeOK(w) && !gluedBefore(s, i) && !gluedAfter(s, j) {
		sc.add(TaxCode, i, j, ConfidenceHigh)
		return j
	}
	if l >= 4 && sc.kinds.has(IBAN) && isLetter(w[1]) && isDigit(w[2]) && isDigit(w[3]) {
		if end := sc.iban(i, j); end > 0 {
			return end
		}
	}
	if (l == 2 || l == 13) && upper(w[0]) == 'I' && upper(w[1]) == 'T' && sc.kinds.has(VATNumber) {
		if end := sc.vatPrefixed(i, j); end > 0 {
			return end
		}
	}
	return j
}

func allHex(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isHex(w[i]) {
			return false
		}
	}
	return true
}

// iban matches an IBAN starting with the word s[i:j], contiguous or printed
// in groups separated by single spaces or dashes, and returns its end, or
// 0.
func (sc *scanner) iban(i, j int) int {
	s := sc.s
	n := len(s)
	want := ibanLength(s[i], s[i+1])
	if want == 0 || j-i > want || gluedBefore(s, i) {
		return 0
	}
	var buf [maxIBAN]byte
	nb := copy(buf[:], s[i:j])
	end := j
	for nb < want {
		if end+1 >= n || s[end] != ' ' && s[end] != '-' || !isAlnum(s[end+1]) {
			break
		}
		k := end + 1
		for k < n && isAlnum(s[k]) && k-end <= maxIBAN {
			k++
		}
		if nb+k-end-1 > want {
			break
		}
		nb += copy(buf[nb:], s[end+1:k])
		end = k
	}
	if nb != want || gluedAfter(s, end) || !ibanOK(buf[:nb]) {
		return 0
	}
	sc.add(IBAN, i, end, ConfidenceHigh)
	return end
}

// vatPrefixed matches "IT" followed by a VAT number, joined ("IT0074…") or
// after one space or dash, and returns its end, or 0.
func (sc *scanner) vatPrefixed(i, j int) int {
	s := sc.s
	if gluedBefore(s, i) {
		return 0
	}
	if j-i == 13 {
		if gluedAfter(s, j) || !vatDigitsOK([]byte(s[i+2:j])) {
			return 0
		}
		sc.add(VATNumber, i, j, ConfidenceHigh)
		return j
	}
	if j+1 >= len(s) || s[j] != ' ' && s[j] != '-' {
		return 0
	}
	k := j + 1
	for k < len(s) && isDigit(s[k]) && k-j <= 12 {
		k++
	}
	if k-j-1 != 11 || gluedAfter(s, k) || !vatDigitsOK([]byte(s[j+1:k])) {
		return 0
	}
	sc.add(VATNumber, i, k, ConfidenceHigh)
	return k
}

// number handles a token that starts with a digit.
func (sc *scanner) number(i int) int {
	switch numberGlue(sc.s, i) {
	case glueSoft: // "log-10.0.0.12.txt": only a dotted quad stands out
		if sc.kinds.has(IPAddress) {
			if end, ok := sc.ipv4(i); ok {
				return end
			}
		}
		return sc.mutedUnless(false, sc.numberBody, i)
	case glueHard:
		return sc.mutedUnless(false, sc.numberBody, i)
	}
	return sc.numberBody(i)
}

// mutedUnless runs recognizer f at i, muted unless ok.
func (sc *scanner) mutedUnless(ok bool, f func(int) int, i int) int {
	if ok {
		return f(i)
	}
	sc.mute++
	end := f(i)
	sc.mute--
	return end
}

// numberBody recognizes what a number at i can start: an IPv6 or IPv4
// address, or a run of digit groups.
func (sc *scanner) numberBody(i int) int {
	s := sc.s
	n := len(s)
	k := i + 1
	for k < n && class[s[k]]&cDigit != 0 && k-i <= maxGroupDigits {
		k++
	}
	if sc.kinds.has(IPAddress) && k < n {
		if k-i <= 4 && (s[k] == ':' || class[s[k]]&cHex != 0) {
			h := k
			for h < n && class[s[h]]&cHex != 0 && h-i <= 4 {
				h++
			}
			if h-i <= 4 && h < n && s[h] == ':' {
				if end := sc.mutedUnless(ipv6Start(s, i), sc.ipv6, i); end > 0 {
					return end
				}
			}
		}
		if k-i <= 3 && s[k] == '.' {
			if end, ok := sc.ipv4(i); ok {
				return end
			}
		}
	}
	// Fast path: a short number that no group follows ("2 volte",
	// "nel 2025,") is nothing; the general path would conclude the same.
	if k-i < 6 && (k+1 >= n || class[s[k]]&cSep == 0 || class[s[k+1]]&cDigit == 0) {
		if gluedAfter(s, k) {
			return sc.skipAlnum(i)
		}
		return k
	}
	return sc.digits(i)
}

// Glue is how a digit continues the token before it.
const (
	glueNone = iota
	// glueSoft: after '-' or '/' that follow a word ("ORD-2026-000123",
	// "A/123"): a code, unless it is a dotted quad.
	glueSoft
	// glueHard: after a letter, after '.' or ',' that follow a digit
	// ("1.2.3.4.5", "1.234,56", "v10.2.0"), or after '+' that follows a
	// word: never the start of an identifier.
	glueHard
)

// numberGlue tells whether a digit at i continues a preceding token
// rather than starting one. "tel.3471234567", "tel:3471234567" and
// "CI_3471234567" start a number: '_' separates words in file names.
func numberGlue(s string, i int) int {
	if i == 0 {
		return glueNone
	}
	switch c := s[i-1]; c {
	case '-', '/':
		if gluedBefore(s, i-1) {
			return glueSoft
		}
	case '+':
		if gluedBefore(s, i-1) {
			return glueHard
		}
	case '.', ',':
		if i >= 2 && (isDigit(s[i-2]) || s[i-2] == ']') {
			return glueHard
		}
	case '_':
	default:
		if gluedBefore(s, i) {
			return glueHard
		}
	}
	return glueNone
}

// group is one run of digits in a run of groups.
type group struct {
	start, end int
	sep        byte // separator before the group; 0 for the first
}

// gather collects into sc.gs the digit groups starting at i, separated by
// single ' ', '-', '.' or '/', and returns how many. A group that cannot
// be part of an identifier — glued to a following letter, followed by a
// decimal comma, the start of an e-mail address — cuts the run before it;
// so does a separator followed by a placeholder. cut is then the separator
// before the cut (0 when the run ended by itself): a run cut after '.',
// '-' or '/' is part of a longer token and cannot end an identifier.
func (sc *scanner) gather(i int) (ng int, cut byte) {
	gs := &sc.gs
	s := sc.s
	n := len(s)
	pos := i
	var sep byte
	for {
		k := pos
		for k < n && isDigit(s[k]) && k-pos <= maxGroupDigits {
			k++
		}
		if k-pos > maxGroupDigits || gluedAfter(s, k) || sc.kinds.has(Email) && inLocalPart(s, k) ||
			k+1 < n && s[k] == ',' && (isDigit(s[k+1]) || s[k+1] == '[') {
			return ng, sep
		}
		gs[ng] = group{pos, k, sep}
		ng++
		if ng == maxGroups || k-i > maxRun {
			return ng, 0
		}
		if k+1 < n && class[s[k]]&cSep != 0 {
			switch {
			case isDigit(s[k+1]):
				sep = s[k]
				pos = k + 1
				continue
			case s[k+1] == '[': // a placeholder: it stood for more of the token
				return ng, s[k]
			}
		}
		return ng, 0
	}
}

// canEnd reports whether an identifier may end with group e of a run of
// ng groups cut by cut: at a space, or where the run ends by itself.
func canEnd(gs *[maxGroups]group, e, ng int, cut byte) bool {
	if e+1 < ng {
		return gs[e+1].sep == ' '
	}
	return cut == 0 || cut == ' '
}

// inLocalPart reports whether s[k:] continues the local part of an
// e-mail address: local-part characters up to the '@' of a valid address.
// A digit group that ends there belongs to the address
// ("0100/01/1.a@example.it"), and the run of groups must not lean on it:
// the address will be replaced.
func inLocalPart(s string, k int) bool {
	j := k
	for j < len(s) && j-k <= maxLocal && class[s[j]]&cLocal != 0 {
		j++
	}
	if j >= len(s) || s[j] != '@' {
		return false
	}
	_, _, ok := emailAt(s, j)
	return ok
}

// digits handles a run of digit groups: phone numbers, VAT numbers and
// payment cards. Candidates start at the first group and end at a group
// followed by a space or by the end of the run, never inside a date. When
// one is found the scan resumes after the longest, so that the rest of the
// run ("06 12345678 3471234567") starts afresh; when none is, the whole
// run is passed over, so that a number is never cut in the middle
// ("1234 5678 9012 3452" holds no "5678 9012 3452").
func (sc *scanner) digits(i int) int {
	ng, cut := sc.gather(i)
	if ng == 0 {
		return sc.skipAlnum(i)
	}
	gs := &sc.gs
	runEnd := gs[ng-1].end
	if !sc.kinds.has(Phone) && !sc.kinds.has(VATNumber) && !sc.kinds.has(PaymentCard) {
		return runEnd
	}
	buf := &sc.buf
	nd, found := 0, -1
	for e := 0; e < ng; e++ {
		if dateAt(sc.s, gs[e:ng]) > 0 {
			break // a date is never part of an identifier
		}
		nd += copy(buf[nd:], sc.s[gs[e].start:gs[e].end])
		if nd > maxGroupDigits {
			break
		}
		if !canEnd(gs, e, ng, cut) {
			continue
		}
		if sc.digitCandidates(i, gs[e].end, buf[:nd], gs[0].end-gs[0].start) {
			found = e
		}
	}
	if found >= 0 {
		return gs[found].end
	}
	// Nothing from the first group: the run may still be a short number
	// ("interno 12 3471234567") or a code ("v10.2.0 3471234567",
	// "22/11/2026 3471234567") before a space and another number. Resume
	// after it. A first group of four digits or more stays part of the
	// run, so that "1234 5678 9012 3452" holds no "5678 9012 3452".
	for g := 1; g < ng; g++ {
		if gs[g].sep == ' ' {
			if g > 1 || gs[0].end-gs[0].start <= 3 {
				return gs[g-1].end
			}
			break
		}
	}
	return runEnd
}

// digitCandidates adds every identifier the digits d of s[start:end] can
// be, and reports whether there was one; overlaps are resolved later.
func (sc *scanner) digitCandidates(start, end int, d []byte, first int) bool {
	if len(d) < 6 {
		return false
	}
	any := false
	if len(d) >= 12 && sc.kinds.has(PaymentCard) && cardDigitsOK(d) && !inURL(sc.s, start) {
		sc.add(PaymentCard, start, end, ConfidenceHigh)
		any = true
	}
	if len(d) == 11 && sc.kinds.has(VATNumber) && vatDigitsOK(d) {
		sc.add(VATNumber, start, end, ConfidenceHigh)
		any = true
	}
	if sc.kinds.has(Phone) {
		switch class, prefixed := phoneDigits(d, false, first); {
		case class == MobilePhone || class == InternationalPhone || class == LandlinePhone && prefixed:
			sc.add(Phone, start, end, ConfidenceMedium)
			any = true
		case class == LandlinePhone:
			sc.add(Phone, start, end, ConfidenceLow)
			any = true
		}
	}
	return any
}

// dateAt reports how many of the groups at the start of gs form a date:
// 3 for day/month/year or year-month-day, 2 for month/year, 0 for none.
// The groups must be joined by the same '/', '-' or '.'.
func dateAt(s string, gs []group) int {
	val := func(g group) (int, int) {
		v := 0
		for k := g.start; k < g.end; k++ {
			v = v*10 + int(s[k]-'0')
		}
		return v, g.end - g.start
	}
	if len(gs) >= 3 && gs[1].sep != ' ' && gs[1].sep == gs[2].sep {
		a, la := val(gs[0])
		b, lb := val(gs[1])
		c, lc := val(gs[2])
		if la <= 2 && lb <= 2 && (lc == 2 || lc == 4) && a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12) {
			return 3 // 22/11/2026, 11/22/26
		}
		if la == 4 && lb <= 2 && lc <= 2 && b >= 1 && b <= 12 && c >= 1 && c <= 31 {
			return 3 // 2026-11-22
		}
	}
	if len(gs) >= 2 && gs[1].sep != ' ' {
		a, la := val(gs[0])
		b, lb := val(gs[1])
		if la <= 2 && a >= 1 && a <= 12 && lb == 4 && b >= 1900 && b <= 2099 {
			return 2 // 11/2026
		}
		if la == 4 && a >= 1900 && a <= 2099 && lb <= 2 && b >= 1 && b <= 12 {
			return 2 // 2026-11
		}
	}
	return 0
}

// inURL reports whether the word holding s[i] contains "://" before i:
// card-like numbers in URLs are ids, not cards (legal/helpdesk.md §3.4).
//
// A word longer than urlLookback before the number counts as a URL too:
// the look back is bounded (for streaming), and a bounded look that gave
// up must not let through what a longer look would have stopped.
func inURL(s string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		c := s[k]
		if isSpace(c) {
			return false
		}
		if i-k > urlLookback {
			return true
		}
		if c == '/' && k >= 2 && s[k-1] == '/' && s[k-2] == ':' {
			return true
		}
	}
	return false
}

// plus handles '+' before a phone number in international form.
func (sc *scanner) plus(i int) int {
	s := sc.s
	if i+1 >= len(s) || !isDigit(s[i+1]) {
		return i + 1
	}
	return sc.mutedUnless(!gluedBefore(s, i), sc.plusNumber, i)
}

// plusNumber matches a phone number after the '+' at i.
func (sc *scanner) plusNumber(i int) int {
	s := sc.s
	ng, cut := sc.gather(i + 1)
	if ng == 0 {
		return sc.skipAlnum(i + 1)
	}
	gs := &sc.gs
	if sc.kinds.has(Phone) {
		buf := &sc.buf
		nd, best := 0, 0
		for e := 0; e < ng; e++ {
			nd += copy(buf[nd:], s[gs[e].start:gs[e].end])
			if nd > 15 {
				break
			}
			if !canEnd(gs, e, ng, cut) {
				continue
			}
			if c, _ := phoneDigits(buf[:nd], true, gs[0].end-gs[0].start); c.Personal() {
				best = gs[e].end
			}
		}
		if best > 0 {
			sc.add(Phone, i, best, ConfidenceMedium)
			return best
		}
	}
	return gs[ng-1].end
}

// colon handles ':' that may open an IPv6 address ("::1").
func (sc *scanner) colon(i int) int {
	s := sc.s
	if i+1 < len(s) && s[i+1] == ':' && sc.kinds.has(IPAddress) {
		if end := sc.mutedUnless(ipv6Start(s, i), sc.ipv6, i); end > 0 {
			return end
		}
	}
	return i + 1
}

// ipv6Start reports whether an IPv6 address may start at i: not in the
// middle of a longer run of hex digits, colons and dots. After a colon it
// may start only if the colon ends a label ("IP:2001:db8::1"), not a hex
// group of an address ("2001:db8::1::2" holds no "1::2").
func ipv6Start(s string, i int) bool {
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case '.':
		return false
	case ':':
		k := i - 1
		j := k
		for j > 0 && isHex(s[j-1]) && k-j < 5 {
			j--
		}
		switch {
		case j == k: // no hex digit before the colon; ']' may end a placeholder that stands for one
			return k == 0 || s[k-1] != ':' && s[k-1] != '.' && s[k-1] != ']'
		case k-j > 4: // five or more hex digits: a word, not a group
			return true
		default: // a group, unless it ends a longer word ("code:")
			return gluedBefore(s, j)
		}
	}
	return !gluedBefore(s, i)
}

// ipv6 matches an IPv6 address at i and returns its end, or 0.
func (sc *scanner) ipv6(i int) int {
	s := sc.s
	n := len(s)
	k := i
	colons, hex := 0, 0
	for k < n && k-i <= 45 && (isHex(s[k]) || s[k] == ':' || s[k] == '.') {
		switch s[k] {
		case ':':
			colons++
		case '.':
		default:
			hex++
		}
		k++
	}
	if k-i > 45 || colons < 2 || hex == 0 { // "::" alone is punctuation more often than an address
		return 0
	}
	end := k
	switch {
	case s[end-1] == '.' || s[end-1] == ':' && s[end-2] != ':':
		// Punctuation after the address ("…::1." "…::1: errore"), unless
		// it joins a following token ("00::.010000").
		if gluedAfter(s, end) {
			return 0
		}
		end--
	case end < n && s[end] == '%': // zone
		z := end + 1
		for z < n && z-end <= 16 && (isAlnum(s[z]) || s[z] == '_' || s[z] == '-') {
			z++
		}
		if z > end+1 {
			end = z
		}
	}
	if gluedAfter(s, end) {
		return 0
	}
	a, err := netip.ParseAddr(s[i:end])
	if err != nil || !a.Is6() {
		return 0
	}
	sc.add(IPAddress, i, end, ConfidenceMedium)
	return end
}

// ipv4 matches four dotted decimal octets at i. It reports ok when it
// consumed the token — as an address, or as a version number it declined
// — and returns the token's end.
func (sc *scanner) ipv4(i int) (int, bool) {
	s := sc.s
	n := len(s)
	k := i
	for part := 1; ; part++ {
		st := k
		for k < n && isDigit(s[k]) && k-st <= 3 {
			k++
		}
		if k == st || k-st > 3 {
			return 0, false
		}
		if part == 4 {
			break
		}
		if k+1 < n && s[k] == '.' && isDigit(s[k+1]) {
			k++
			continue
		}
		return 0, false
	}
	// "1.2.3.4.5" and "1.2.3.4,5" are longer tokens, not addresses.
	if gluedAfter(s, k) || k+1 < n && (s[k] == '.' || s[k] == ',') && (isDigit(s[k+1]) || s[k+1] == '[') {
		return 0, false
	}
	if _, err := netip.ParseAddr(s[i:k]); err != nil {
		return 0, false // leading zeros, octet over 255: leave to the digit rules
	}
	if !afterVersionWord(s, i) {
		sc.add(IPAddress, i, k, ConfidenceMedium)
	}
	return k, true
}

// versionWords are the words after which a dotted quad is a version
// number ("versione 1.2.3.4", "build 10.0.19045.1"), not an address.
var versionWords = []string{"v", "ver", "vers", "version", "versione", "versioni", "release", "rel", "build", "firmware", "fw", "rev", "revision", "revisione", "aggiornamento", "update"}

// afterVersionWord reports whether the token at i follows a version word,
// separated by at most two of ' ', ':', '.'.
func afterVersionWord(s string, i int) bool {
	k := i
	for skipped := 0; k > 0 && skipped < 2 && (s[k-1] == ' ' || s[k-1] == ':' || s[k-1] == '.'); skipped++ {
		k--
	}
	e := k
	for k > 0 && e-k < 14 && isLetter(s[k-1]) {
		k--
	}
	if k == e || e-k >= 14 || k > 0 && (gluedBefore(s, k) || s[k-1] == '.' || s[k-1] == '@' || s[k-1] == '-' || s[k-1] == '_') {
		return false
	}
	w := s[k:e]
	for _, v := range versionWords {
		if len(v) == len(w) && equalFoldASCII(v, w) {
			return true
		}
	}
	return false
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		if upper(a[i]) != upper(b[i]) {
			return false
		}
	}
	return true
}

// email handles '@': it scans the local part back and the domain forward.
func (sc *scanner) email(at int) {
	if lo, hi, ok := emailAt(sc.s, at); ok {
		sc.add(Email, lo, hi, ConfidenceHigh)
	}
}

// emailAt returns the span of the e-mail address around the '@' at at.
func emailAt(s string, at int) (lo, hi int, ok bool) {
	n := len(s)
	lo = at
	for lo > 0 && at-lo <= maxLocal && class[s[lo-1]]&cLocal != 0 {
		lo--
	}
	// Too long, or right after a placeholder, which may stand for more of
	// the local part ("[IP]..0@example.it" was "0.0.0.0..0@example.it").
	if at-lo > maxLocal || lo > 0 && s[lo-1] == ']' {
		return 0, 0, false
	}
	for lo < at && !isAlnum(s[lo]) { // "(mario@…", "-mario@…": punctuation, not address
		lo++
	}
	if lo == at || !localOK(s[lo:at]) {
		return 0, 0, false
	}
	hi = at + 1
	for hi < n && hi-at <= maxDomain && class[s[hi]]&cDomain != 0 {
		hi++
	}
	// A domain glued to what follows ("esempio.città", "x.it.[PHONE]")
	// is not a domain that ends here.
	if hi-at > maxDomain || gluedAfter(s, hi) {
		return 0, 0, false
	}
	for hi > at+1 && (s[hi-1] == '.' || s[hi-1] == '-') { // sentence end
		hi--
	}
	if hi-lo > maxEmail || !domainOK(s[at+1:hi]) {
		return 0, 0, false
	}
	return lo, hi, true
}

package load

import (
	"fmt"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

	"github.com/gdprkit/gdprkit/check"
)

// spot is where a YAML path is in a source: the value's position, and the
// key's position for mapping entries (unknown keys point at the key).
type spot struct {
	pos check.Position
	src string // the source line
}

// index maps YAML paths (register.activities[0].name) to positions.
type index map[string]spot

// lines splits a source into lines for carets.
func lines(data []byte) []string { return strings.Split(string(data), "\n") }

func posOf(tk *token.Token, file string, src []string) spot {
	if tk == nil || tk.Position == nil {
		return spot{pos: check.Position{File: file}}
	}
	line, col := tk.Position.Line, tk.Position.Column
	s := spot{pos: check.Position{File: file, Line: line, Column: col}}
	if line >= 1 && line <= len(src) {
		s.src = strings.TrimRight(src[line-1], "\r")
	}
	return s
}

// build walks the AST and records the position of every path.
func (ix index) build(n ast.Node, path, file string, src []string) {
	if n == nil {
		return
	}
	switch v := n.(type) {
	case *ast.DocumentNode:
		ix.build(v.Body, path, file, src)
		return
	case *ast.AnchorNode:
		ix.build(v.Value, path, file, src)
		return
	case *ast.TagNode:
		ix.build(v.Value, path, file, src)
		return
	}
	if path != "" {
		if _, ok := ix[path]; !ok {
			ix[path] = posOf(n.GetToken(), file, src)
		}
	}
	switch v := n.(type) {
	case *ast.MappingNode:
		for _, mv := range v.Values {
			ix.entry(mv, path, file, src)
		}
	case *ast.MappingValueNode:
		ix.entry(v, path, file, src)
	case *ast.SequenceNode:
		for i, e := range v.Values {
			ix.build(e, fmt.Sprintf("%s[%d]", path, i), file, src)
		}
	}
}

func (ix index) entry(mv *ast.MappingValueNode, path, file string, src []string) {
	key := keyString(mv.Key)
	p := key
	if path != "" {
		p = path + "." + key
	}
	// Point at the key: "field: value" errors read best with the caret on
	// the field name.
	ix[p] = posOf(mv.Key.GetToken(), file, src)
	ix.build(mv.Value, p, file, src)
}

func keyString(k ast.MapKeyNode) string {
	if k == nil {
		return ""
	}
	if tk := k.GetToken(); tk != nil {
		return tk.Value
	}
	return k.String()
}

// locate returns the position of path, or of its nearest ancestor that
// exists in the source (a missing field is reported on its parent).
func (ix index) locate(path string) (spot, bool) {
	for p := path; p != ""; p = parent(p) {
		if s, ok := ix[p]; ok {
			return s, true
		}
	}
	return spot{}, false
}

// parent returns the path one level up: a.b[2].c → a.b[2] → a.b → a.
func parent(p string) string {
	if strings.HasSuffix(p, "]") {
		if i := strings.LastIndexByte(p, '['); i >= 0 {
			return p[:i]
		}
	}
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		return p[:i]
	}
	return ""
}

// shift renumbers the elements of the sequence at prefix by offset, for a
// file whose list was appended after another file's.
func (ix index) shift(prefix string, offset int) index {
	out := make(index, len(ix))
	for p, s := range ix {
		if rest, ok := strings.CutPrefix(p, prefix+"["); ok {
			if j := strings.IndexByte(rest, ']'); j > 0 {
				var n int
				if _, err := fmt.Sscanf(rest[:j], "%d", &n); err == nil {
					p = fmt.Sprintf("%s[%d]%s", prefix, n+offset, rest[j+1:])
				}
			}
		}
		out[p] = s
	}
	return out
}

// at returns the path whose position is line:col in file, for decoder
// errors that only know a token.
func (ix index) at(file string, line, col int) string {
	best := ""
	for p, s := range ix {
		if s.pos.File == file && s.pos.Line == line && s.pos.Column == col && (best == "" || len(p) > len(best)) {
			best = p
		}
	}
	return best
}

//go:build ignore

// stdlib-api.go compares the exported API of tgo's standard packages
// (stdlib/) with Go's ($(go env GOROOT)/src) and prints, per package, what
// Go exports that stdlib/ does not: functions, methods (T.M), types,
// constants and variables.  Generic functions and types, and functions
// whose signature uses iter.Seq (range-over-func), are listed apart: tgo
// supports neither, so they are absent by design.  The README's "Standard
// library" table is checked against this report.  Run from the repository
// root:
//
//	go run scripts/stdlib-api.go [-all] [pkg ...]
//
// Without packages it reports every package of stdlib/ but internal/,
// runtime and syscall; -all also prints what each package does provide.
// The exit status is 0 whatever is missing (it is a report, not a gate).
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

// api is the exported declarations of one package.
type api struct {
	decls   map[string]string // name -> kind (func, method, type, const, var)
	generic map[string]bool   // names that need type parameters or iterators
}

func usesIter(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == "iter" {
				found = true
			}
		}
		return !found
	})
	return found
}

func recvType(r *ast.FieldList) (string, bool) {
	t := r.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	switch x := t.(type) {
	case *ast.Ident:
		return x.Name, false
	case *ast.IndexExpr:
		return x.X.(*ast.Ident).Name, true
	case *ast.IndexListExpr:
		return x.X.(*ast.Ident).Name, true
	}
	return "?", false
}

// load reads the exported API of the package in dir, with the build
// context ctx (tgo's files are selected with the tag tgo).
func load(ctx build.Context, dir string) (*api, error) {
	pkg, err := ctx.ImportDir(dir, 0)
	if err != nil {
		return nil, err
	}
	a := &api{decls: map[string]string{}, generic: map[string]bool{}}
	fset := token.NewFileSet()
	for _, name := range pkg.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() {
					continue
				}
				name, kind, gen := d.Name.Name, "func", d.Type.TypeParams != nil
				if d.Recv != nil {
					t, g := recvType(d.Recv)
					if !ast.IsExported(t) {
						continue
					}
					name, kind, gen = t+"."+name, "method", g
				}
				a.decls[name] = kind
				if gen || usesIter(d.Type) {
					a.generic[name] = true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							a.decls[s.Name.Name] = "type"
							if s.TypeParams != nil || usesIter(s.Type) {
								a.generic[s.Name.Name] = true
							}
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() {
								a.decls[n.Name] = d.Tok.String()
							}
						}
					}
				}
			}
		}
	}
	return a, nil
}

func main() {
	all := flag.Bool("all", false, "also list what each package provides")
	flag.Parse()
	goroot := runtime.GOROOT()
	if out, err := os.ReadFile(filepath.Join(goroot, "VERSION")); err == nil {
		fmt.Printf("Go API from %s\n", strings.SplitN(string(out), "\n", 2)[0])
	}
	pkgs := flag.Args()
	if len(pkgs) == 0 {
		filepath.WalkDir("stdlib", func(p string, d os.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel("stdlib", p)
			switch {
			case rel == "internal" || strings.HasPrefix(rel, "internal/"),
				rel == "runtime" || strings.HasPrefix(rel, "runtime/"),
				rel == "syscall":
				return filepath.SkipDir
			}
			if m, _ := filepath.Glob(filepath.Join(p, "*.go")); len(m) > 0 {
				pkgs = append(pkgs, filepath.ToSlash(rel))
			}
			return nil
		})
	}
	goctx := build.Default
	goctx.GOOS, goctx.GOARCH, goctx.CgoEnabled = "linux", "amd64", false
	tgoctx := goctx
	tgoctx.BuildTags = []string{"tgo"}
	for _, p := range pkgs {
		mine, err := load(tgoctx, filepath.Join("stdlib", p))
		if err != nil {
			fmt.Printf("%s: %v\n", p, err)
			continue
		}
		theirs, err := load(goctx, filepath.Join(goroot, "src", p))
		if err != nil {
			fmt.Printf("%s: %v\n", p, err)
			continue
		}
		var missing, generic, have []string
		for name, kind := range theirs.decls {
			if _, ok := mine.decls[name]; ok {
				have = append(have, name)
				continue
			}
			if kind == "method" {
				if t := name[:strings.IndexByte(name, '.')]; theirs.generic[t] {
					generic = append(generic, name)
					continue
				}
			}
			if theirs.generic[name] {
				generic = append(generic, name)
			} else {
				missing = append(missing, name)
			}
		}
		sort.Strings(missing)
		sort.Strings(generic)
		sort.Strings(have)
		fmt.Printf("\n%s: %d of %d exported names\n", p, len(have), len(theirs.decls))
		if len(missing) > 0 {
			fmt.Printf("  missing: %s\n", strings.Join(missing, " "))
		}
		if len(generic) > 0 {
			fmt.Printf("  generic or iterators (not supported by tgo): %s\n", strings.Join(generic, " "))
		}
		var extra []string
		for name := range mine.decls {
			if _, ok := theirs.decls[name]; !ok {
				extra = append(extra, name)
			}
		}
		if len(extra) > 0 {
			sort.Strings(extra)
			fmt.Printf("  not in Go: %s\n", strings.Join(extra, " "))
		}
		if *all {
			fmt.Printf("  provided: %s\n", strings.Join(have, " "))
		}
	}
}

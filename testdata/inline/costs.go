// errorcheck -0 -m

// What each construct costs in gc's inlining budget: one small function per
// construct, so each "can inline f with cost N" line of -m=2 checks one rule.

package main

import "unsafe"

type S struct {
	a, b int
	s    []int
}

type E struct {
	S
	c int
}

type I interface{ M() int }

type T struct{ a int }

func (t T) M() int { return t.a }

func (s *S) m() int { return s.a }

type MyInt int
type P *int

func empty() {}

// expressions
func add(a, b int) int               { return a + b }
func unary(x int) int                { return +x + ^x - -x }
func not(x bool) bool                { return !x }
func and(x, y bool) bool             { return x && y || !y }
func shift(x uint) int               { return 1 << x }
func concat(a, b, c string) string   { return a + (b + c) + "!" }
func deref(p *int) int               { return *p }
func derefAddr(x int) int            { return *(*int)(unsafe.Pointer(&x)) }
func field(e *E) int                 { return e.a + e.S.b + e.c }
func addr0(s *S) *int                { return &s.a }
func addr8(s *S) *int                { return &s.b }
func index(m map[int]int) int        { return m[1] }
func arrptr(a *[4]int) int           { return a[1] }
func slice0(s []int) []int           { return s[0:len(s)] }
func slice1(s *S) []int              { return s.s[0:len(s.s)] }
func slice3(s []int) []int           { return s[1:2:3] }
func slicearr(a *[4]int) []int       { return a[:] }
func slicelocal() []int              { var a [4]int; return a[1:] }
func assert(x any) int               { return x.(int) }
func eqiface(x any) bool             { return x == 1 }
func eqnil(e error) bool             { return e == nil }
func eqsame(a, b I) bool             { return a == b }
func lits() []int                    { return []int{1, 2, 3} }
func keyed() [3]int                  { return [3]int{1, 2: 5} }
func maplit() map[string]int         { return map[string]int{"a": 1} }
func structlit() S                   { return S{1, 2, nil} }
func ptrlit() *T                     { return &T{} }
func nested() []*T                   { return []*T{{1}, {a: 2}} }
func funclit() func() int            { return func() int { return 1 } }
func methval(s *S) func() int        { return s.m }
func methexpr() func(*S) int         { return (*S).m }
func newT() *int                     { return new(int) }
func newV() *int                     { return new(5) }
func iface(x int) any                { return x }
func nilptr() *int                   { return nil }
func constant() int                  { return 1<<10 + len("abc") }
func conv1(x int) int32              { return int32(x) }
func conv2(x int64) int              { return int(x) }
func conv3(x int) MyInt              { return MyInt(x) }
func conv4(x int) uint               { return uint(x) }
func conv5(x *int) P                 { return P(x) }
func conv6(x unsafe.Pointer) uintptr { return uintptr(x) }
func conv7(s string) []byte          { return []byte(s) }
func conv8(r rune) string            { return string(r) }

// built-in functions
func blen(a []int) int             { return len(a) + cap(a) }
func bappend(a []int, b int) []int { return append(a, b, b) }
func bspread(a, b []int) []int     { return append(a, b...) }
func bmake(n int) []int            { return make([]int, n, 2*n) }
func bmap() map[int]int            { return make(map[int]int) }
func bcopy(a, b []int) int         { return copy(a, b) }
func bdelete(m map[int]int)        { delete(m, 1) }
func bclear(m map[int]int)         { clear(m) }
func bminmax(a, b int) int         { return max(a, b) + min(a, 1) }
func bprint(a int)                 { println(a, "x"); print(a) }
func bcomplex(x float64) float64   { return real(complex(x, 1)) }
func bpanic(s string)              { panic(s) }
func bpanicErr(e error)            { panic(e) }
func bpanicConcat(s string)        { panic("x" + s) }

// statements
func vars() int                     { var x int; var y = 2; x = y; return x }
func define() int                   { a, b := 1, 2; return a + b }
func opassign(x int) int            { x += 2; x++; x--; return x }
func block(x int) int               { { x++ }; return x }
func ifelse(x int) int              { if x > 1 { return 1 } else if x > 2 { return 3 } else { return 2 } }
func ifinit(x int) int              { if y := x; y > 1 { return 1 }; return 2 }
func iffalse(x int) int             { if false { return 1 }; return 2 }
func iftrue(x int) int              { if true { return x }; return 2 }
func forloop(n int) int             { s := 0; for i := 0; i < n; i++ { s += i }; return s }
func forever(x int) int             { for { if x > 9 { return x }; x++ } }
func forfalse(x int) int            { for x = 1; false; x++ { }; return x }
func rangeslice(s []int) int        { t := 0; for _, v := range s { t += v }; return t }
func rangekey(s []int) int          { t := 0; for i := range s { t += i }; return t }
func rangestr(s string) int         { n := 0; for range s { n++ }; return n }
func rangeint() int                 { n := 0; for i := range 10 { n += i }; return n }
func rangeptr(a *[4]int) int        { t := 0; for _, v := range a { t += v }; return t }
func rangeassign(s []int) (i int)   { for i = range s { }; return }
func switchtag(x int) int           { switch x { case 1: return 2; case 2, 3: return 4 }; return 0 }
func switchbool(x int) int          { switch { case x > 1: return 2 }; return 0 }
func switchiface(x any) int         { switch x { case 1: return 1 }; return 0 }
func switchfall(x int) int          { switch x { case 1: fallthrough; case 2: return 1 }; return 0 }
func typeswitch(a any) int          { switch a.(type) { case int: return 1; case nil: return 2 }; return 0 }
func typeswitchvar(a any) int       { switch t := a.(type) { case int: return t }; return 0 }
func labels(x int) int              { L: for { if x > 0 { break L }; x++ }; return x }
func gotos(x int) int               { if x > 1 { goto L }; return 1; L: return 2 }
func dead(x int) int                { return x; x++; return 2 }
func send(c chan int) int           { c <- 1; return <-c }
func commaok(c chan int) bool       { _, ok := <-c; return ok }
func mapok(m map[string]int, k string) (int, bool) { v, ok := m[k]; return v, ok }
func assertok(a any) int            { n, _ := a.(int); return n }
func sel1(c chan int)               { select { case <-c: } }
func sel2(c chan int)               { select { case c <- 1: default: } }
func sel3(c chan int) int           { select { case x := <-c: return x }; return 0 }
func sel4(c chan int) (int, bool)   { var x int; var ok bool; select { case x, ok = <-c: }; return x, ok }
func namedresult() (r int)          { r = 1; return }

// calls
func multi() (int, int)             { return 1, 2 }
func usemulti() int                 { a, b := multi(); return a + b }
func assignmulti() int              { var a, b int; a, b = multi(); return a + b }
func returnmulti() (int, int)       { return multi() }
func spread() int                   { return add(multi()) }
func variadic(xs ...int) int        { return len(xs) }
func variadic0() int                { return variadic() }
func variadic2() int                { return variadic(1, 2) }
func method(s S) int                { return s.m() }
func methodptr(t *T) int            { return t.M() }
func ifacecall(i I) int             { return i.M() }
func paramcall(f func())            { f() }
func localcall() int                { f := add; return f(1, 2) }
func closurecall() int              { x := 1; f := func() int { return x }; return f() }
func directclosure() int            { return func() int { return 2 }() }
func methvalcall(s *S) int          { f := s.m; return f() }
func cheapcall() int                { return add(1, 2) + add(3, 4) }
func costlycall() int               { return forloop(3) + forloop(4) + forloop(5) + forloop(6) }
func recursive(n int) int           { if n == 0 { return 0 }; return recursive(n - 1) }

func main() {
}

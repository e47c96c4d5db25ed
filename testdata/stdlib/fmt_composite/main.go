// fmt_composite: structs, pointers to them, slices, arrays, maps (sorted
// keys of every orderable kind), interfaces, embedded and unexported
// fields, nested values and nil values, under the verbs that apply to them.
package main

import (
	"fmt"
	"math"
	"unsafe"
)

type Point struct {
	X, Y int
}

type Inner struct {
	A string
	b []int
}

type inner struct {
	Exported int
	hidden   string
}

type Outer struct {
	Name string
	In   Inner
	Ptr  *Point
	Any  any
	Err  error
	inner
	*Point
	F     float64
	M     map[string]int
	S     []Point
	Arr   [2]bool
	Fn    func()
	Ch    chan int
	UP    unsafe.Pointer
	Bytes []byte
	Named MyBytes
}

type MyBytes []byte
type MyInt int
type MyMap map[string][]int
type Empty struct{}
type Key struct {
	A int
	B string
}
type Color uint8
type Pair [2]int
type Wrap struct{ V any }
type Tree struct {
	Left, Right *Tree
	Val         int
}
type Flags struct {
	On  bool
	Ptr *int
	C   complex64
	R   rune
	U   uint16
}

var formats = []string{"%v", "%+v", "%#v", "%T", "%s", "%d", "%x", "%X", "%q", "%5v", "%-8v|", "%08.3v", "%.2v", "%t", "%o", "%e", "%g", "%c", "%U", "%b"}

func show(label string, v any) {
	for _, f := range formats {
		fmt.Printf("%s %s: %s\n", label, f, fmt.Sprintf(f, v))
	}
}

func main() {
	p := &Point{1, -2}
	values := []struct {
		label string
		v     any
	}{
		{"point", Point{1, 2}},
		{"pointptr", p},
		{"nilpoint", (*Point)(nil)},
		{"empty", Empty{}},
		{"emptyptr", &Empty{}},
		{"inner", Inner{"x", []int{1, 2}}},
		{"outer", Outer{Name: "o", In: Inner{"i", nil}, Any: 3, inner: inner{4, "h"}, F: 1.5,
			M: map[string]int{"z": 1, "a": 2, "m": 3}, S: []Point{{1, 2}, {3, 4}}, Arr: [2]bool{true, false},
			Bytes: []byte("hi"), Named: MyBytes("nb")}},
		{"outerptr", &Outer{Name: "p"}},
		{"ints", []int{1, -2, 3}},
		{"nilints", []int(nil)},
		{"emptyints", []int{}},
		{"arr", [3]int{7, 8, 9}},
		{"arrptr", &[3]string{"a", "b", "c"}},
		{"sliceptr", &[]float64{1.5, math.Inf(-1)}},
		{"strs", []string{"a b", "", "q\"uote"}},
		{"bytearr", [4]byte{'a', 'b', 0, 255}},
		{"bytearrptr", &[4]byte{'a', 'b', 0, 255}},
		{"mybytes", MyBytes("xyz")},
		{"uint8s", []uint8{1, 2, 3}},
		{"colors", []Color{1, 2}},
		{"nilmap", map[string]int(nil)},
		{"map", map[string]int{"b": 2, "a": 1, "c": 3}},
		{"mapptr", &map[int]string{3: "c", 1: "a", 2: "b"}},
		{"mymap", MyMap{"k": {1, 2}, "j": nil}},
		{"intkeys", map[int]bool{-5: true, 10: false, 0: true, math.MinInt64: false}},
		{"uintkeys", map[uint8]int{200: 1, 3: 2, 0: 3}},
		{"floatkeys", map[float64]string{2.5: "x", -1: "y", math.Inf(1): "inf", math.Inf(-1): "-inf", 0: "zero"}},
		{"boolkeys", map[bool]int{true: 1, false: 0}},
		{"structkeys", map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3}},
		{"arraykeys", map[Pair]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"}},
		{"complexkeys", map[complex128]int{complex(1, 2): 1, complex(1, -1): 2, complex(-3, 5): 3}},
		{"strkeys", map[string][]string{"zz": {"1"}, "a": nil, "": {}}},
		{"runekeys", map[rune]int{'z': 1, 'a': 2}},
		{"ifacekeys", map[any]int{3: 1, 1: 2, 2: 3}},
		{"ifacestrkeys", map[any]string{"b": "x", "a": "y"}},
		{"nilifacekey", map[any]int{nil: 0, 5: 1}},
		{"nestedmap", map[string]map[string]int{"outer": {"y": 2, "x": 1}}},
		{"anys", []any{1, "a", nil, 2.5, []int{1}, map[string]int{"k": 1}, Point{3, 4}}},
		{"wrap", Wrap{V: Point{1, 2}}},
		{"wrapnil", Wrap{}},
		{"wrapptr", &Wrap{V: Point{1, 2}}},
		{"tree", &Tree{Val: 2}},
		{"flags", Flags{true, nil, complex(1, -1), 'x', 65535}},
		{"myint", MyInt(-7)},
		{"myints", []MyInt{1, 2}},
		{"nested", [][]int{{1, 2}, nil, {}}},
		{"ptrs", []*int{nil}},
		{"structslice", []Point{{1, 2}}},
		{"structptrs", []*Point{nil}},
		{"arrofarr", [2][2]string{{"a", "b"}, {"c", "d"}}},
		{"errslice", []error{nil, strErr("e")}},
		{"iface", any(nil)},
		{"anon", struct {
			A int
			b string
		}{1, "x"}},
		{"anonptr", &struct{ P *int }{}},
		{"funcnil", (func())(nil)},
		{"channil", (chan int)(nil)},
		{"upnil", unsafe.Pointer(nil)},
	}
	for _, x := range values {
		show(x.label, x.v)
	}
	// non-nil pointers nested inside values print as addresses: only
	// compare their shape
	x := 5
	s := fmt.Sprintf("%v", []*int{&x})
	fmt.Println(len(s) > 4, s[:3])
	s = fmt.Sprintf("%+v", Outer{Ptr: &Point{}})
	fmt.Println(s[:20])
	s = fmt.Sprintf("%#v", &x)
	fmt.Println(s[:7])
	s = fmt.Sprintf("%p %v", &x, &x)
	fmt.Println(s[:2], len(s) > 10)
	fmt.Printf("%p %p\n", []int(nil), map[int]int(nil))
	fmt.Printf("%#p\n", (*int)(nil))
	fmt.Printf("%x %d\n", (*int)(nil), (*int)(nil))
	fmt.Printf("[%10v] [%-10v] [%#v]\n", (*int)(nil), (*Point)(nil), (*Point)(nil))
	fmt.Printf("%v %+v\n", struct{}{}, [0]int{})
	// deep nesting through interfaces
	var deep any = 0
	for i := 0; i < 5; i++ {
		deep = []any{deep, i}
	}
	fmt.Println(deep)
	fmt.Printf("%#v\n", deep)
	fmt.Printf("%v %d %s\n", [3]any{1, "a", nil}, [2]any{1, "a"}, []any{nil})
}

type strErr string

func (e strErr) Error() string { return "err:" + string(e) }

// errorcheck -0 -m -l

// Package-level variables: gc lays out constant and composite
// initializers as data; calls, new, make and map literals run in the
// package's init function, whose allocations go to the heap.  A large
// map literal gets a function of its own (map.init.0).

package main

type T struct {
	p *int
	s []int
}

func mk(a int) *int { return &a } // ERROR "moved to heap: a"

func mkSlice() []int { return make([]int, 3) } // ERROR "make\(\[\]int, 3\) escapes to heap"

var gT = &T{p: mk(1)}
var gPtrs = []*int{mk(2), new(int)} // ERROR "new\(int\) escapes to heap"
var gMap = map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap"
var gSlice = []int{1, 2, 3}
var gNew = new(int) // ERROR "new\(int\) escapes to heap"
var gEmpty = &T{}
var gStr = "a" + "b"
var gFunc = func() int { return 1 }
var gIface interface{} = 5
var gBytes = []byte("abc")
var gStruct = T{s: mkSlice()}
var gClosure = func() *int { return gNew }
var gArr = [2]*int{mk(4), nil}
var gLen = len(make([]int, 10)) // ERROR "make\(\[\]int, 10\) does not escape"
var gBig = map[int]string{1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f", 7: "g"} // ERROR "map\[int\]string\{\.\.\.\} escapes to heap"

func init() {
	x := 1 // ERROR "moved to heap: x"
	gT.p = &x
}

func main() {
	println(gT, gPtrs, gMap, gSlice, gNew, gEmpty, gStr, gFunc, gIface, gBytes, gStruct.p, gClosure, gArr[0], gLen, gBig)
}

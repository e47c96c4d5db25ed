// errorcheck -0 -m -l

// The unsafe builtins called by their qualified names: unsafe.String,
// unsafe.Slice, unsafe.SliceData, unsafe.StringData and unsafe.Add pass
// their pointer operand through to the result (bufio.Reader.ReadString
// returns unsafe.String(&out[0], n) of a fresh make).

package main

import "unsafe"

var g string
var gp *byte

func str(n int) string {
	out := make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap"
	return unsafe.String(&out[0], n)
}

func strGlobal(n int) {
	out := make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap"
	g = unsafe.String(&out[0], n)
}

func strLocal(n int) int {
	out := make([]byte, n) // ERROR "make\(\[\]byte, n\) does not escape"
	s := unsafe.String(&out[0], n)
	return len(s)
}

func strViaPtr(n int) string {
	out := make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap"
	p := &out[0]
	return unsafe.String(p, n)
}

func sliceData(n int) *byte {
	out := make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap"
	return unsafe.SliceData(out)
}

func stringData(s string) *byte { // ERROR "leaking param: s to result ~r0 level=0"
	return unsafe.StringData(s)
}

func slice(n int) []byte {
	out := make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap"
	return unsafe.Slice(&out[0], n)
}

func add(n int) unsafe.Pointer {
	out := make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap"
	return unsafe.Add(unsafe.Pointer(&out[0]), 1)
}

func addLocal() byte {
	var a [4]byte
	return *(*byte)(unsafe.Add(unsafe.Pointer(&a[0]), 2))
}

func main() {
	str(1)
	strGlobal(1)
	strLocal(1)
	strViaPtr(1)
	sliceData(1)
	stringData("x")
	slice(1)
	add(1)
	addLocal()
}

// errorcheck -0 -m -l

// String conversions and concatenation: string(b), []byte(s), []rune(s),
// string(r), s + t, and gc's zero-copy []byte(s).

package main

var gs string
var gb []byte
var sink interface{}

func bytesToString(b []byte) string { // ERROR "b does not escape"
	return string(b) // ERROR "string\(b\) escapes to heap"
}

func bytesToStringLocal(b []byte) int { // ERROR "b does not escape"
	s := string(b) // ERROR "string\(b\) does not escape"
	return len(s)
}

func bytesToStringGlobal(b []byte) { // ERROR "b does not escape"
	gs = string(b) // ERROR "string\(b\) escapes to heap"
}

func stringToBytes(s string) []byte { // ERROR "s does not escape"
	return []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap"
}

func stringToBytesMutated(s string) byte { // ERROR "s does not escape"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape"
	b[0] = 'x'
	return b[0]
}

func stringToBytesReadOnly(s string) byte { // ERROR "s does not escape"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape" "zero-copy string->\[\]byte conversion"
	return b[1]
}

func stringToBytesGlobal(s string) { // ERROR "s does not escape"
	gb = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap"
}

func stringToRunes(s string) int { // ERROR "s does not escape"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape"
	return len(r)
}

func runesToString(r []rune) string { // ERROR "r does not escape"
	return string(r) // ERROR "string\(r\) escapes to heap"
}

func runeToString(r rune) string {
	return string(r) // ERROR "string\(r\) escapes to heap"
}

func runeToStringLocal(r rune) int {
	return len(string(r)) // ERROR "string\(r\) does not escape"
}

func concat(a, b string) string { // ERROR "a does not escape" "b does not escape"
	return a + b // ERROR "a \+ b escapes to heap"
}

func concatLocal(a, b string) int { // ERROR "a does not escape" "b does not escape"
	s := a + b // ERROR "a \+ b does not escape"
	return len(s)
}

func concat3(a, b, c string) { // ERROR "a does not escape" "b does not escape" "c does not escape"
	gs = a + "-" + b + c // ERROR "a \+ .-. \+ b \+ c escapes to heap"
}

func concatToIface(a string) { // ERROR "a does not escape"
	sink = a + "!" // ERROR "a \+ .!. escapes to heap"
}

func concatAssignOp(a, b string) string { // ERROR "leaking param: a to result ~r0 level=0" "leaking param: b to result ~r0 level=0"
	a += b
	return a
}

func compare(b []byte) bool { // ERROR "b does not escape"
	return string(b) == "abc" // ERROR "string\(b\) does not escape"
}

func mapKey(m map[string]int, b []byte) int { // ERROR "m does not escape" "b does not escape"
	return m[string(b)] // ERROR "string\(b\) does not escape"
}

func mapPut(m map[string]int, b []byte) { // ERROR "m does not escape" "b does not escape"
	m[string(b)] = 1 // ERROR "string\(b\) escapes to heap"
}

func rangeBytes(s string) int { // ERROR "s does not escape"
	n := 0
	for _, c := range []byte(s) { // ERROR "\(\[\]byte\)\(s\) does not escape" "zero-copy string->\[\]byte conversion"
		n += int(c)
	}
	return n
}

func constConv() []byte {
	return []byte("constant") // ERROR "\(\[\]byte\)\(.constant.\) escapes to heap"
}

func main() {
	_ = bytesToString(nil)
	println(bytesToStringLocal(nil), stringToBytesMutated("a"), stringToBytesReadOnly("ab"), stringToRunes("x"))
	bytesToStringGlobal(nil)
	_ = stringToBytes("")
	stringToBytesGlobal("")
	_ = runesToString(nil)
	_ = runeToString('x')
	println(runeToStringLocal('y'), concatLocal("a", "b"), compare(nil), rangeBytes("q"))
	_ = concat("a", "b")
	concat3("a", "b", "c")
	concatToIface("z")
	_ = concatAssignOp("a", "b")
	_ = mapKey(nil, nil)
	mapPut(map[string]int{}, nil) // ERROR "map\[string\]int\{\} does not escape"
	_ = constConv()
}

// errorcheck -0 -m -l

// Type switches: each clause has its own variable (declared where gc's
// noder puts it), assertions to pointer-shaped and other types.

package main

var sink interface{}
var gp *int

type S struct{ a, b int }

func clauses(i interface{}) { // ERROR "leaking param: i"
	switch v := i.(type) {
	case *int:
		gp = v
	case S: // ERROR "moved to heap: v"
		sink = &v
	case []int, map[int]int: // ERROR "moved to heap: v"
		sink = &v
	case nil:
		println("nil")
	default: // ERROR "moved to heap: v"
		sink = &v
	}
}

func assertions(i interface{}) *int { // ERROR "leaking param: i to result ~r0 level=0"
	if p, ok := i.(*int); ok {
		return p
	}
	s := i.(S) // ERROR "moved to heap: s"
	return &s.a
}

func noVar(i interface{}) int { // ERROR "i does not escape"
	switch i.(type) {
	case int:
		return 1
	}
	return 0
}

func main() {
	clauses(nil)
	_ = assertions(new(int)) // ERROR "new\(int\) does not escape"
	println(noVar(1)) // ERROR "1 does not escape"
}

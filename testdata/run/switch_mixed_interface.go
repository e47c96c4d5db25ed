// Expression switches whose case values are interfaces while the tag is not (or the other way
// round), switches without tag on interface values, and switches on func, map and slice values
// compared with nil only.
package main

import (
	"errors"
	"fmt"
)

type B bool
type E struct{ s string }

func (e E) Error() string { return e.s }

func main() {
	var i any = true
	switch {
	case i:
		fmt.Println("i is true")
	case false:
	}
	var err error = E{"x"}
	switch (E{"x"}) {
	case err:
		fmt.Println("err matches")
	}
	x := 3
	var a, b any = 2, 3
	var s fmt.Stringer
	switch x {
	case 1, a:
		fmt.Println("one or a")
	case b:
		fmt.Println("b")
	}
	switch s {
	case nil:
		fmt.Println("nil stringer")
	}
	e1 := errors.New("e")
	switch error(e1) {
	case e1:
		fmt.Println("same error")
	}
	var bb B = true
	switch bb {
	case true:
		fmt.Println("B true")
	}
	var m map[int]int
	switch m {
	case nil:
		fmt.Println("nil map")
	}
	var f func()
	switch f {
	case nil:
		fmt.Println("nil func")
	}
}

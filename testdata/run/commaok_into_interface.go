// Comma-ok forms assigned to variables of interface type, in every
// declaration form: the value and ok are converted to the variables' types.
package main

import "errors"

var sink any

var ga, gb any = sink.(int)

var gm = map[string]int{"x": 4}
var gv, gok any = gm["x"]

var c = b
var a, b any = any(nil).(bool)

func main() {
	println(ga.(int), gb.(bool), gv.(int), gok.(bool), a.(bool), b.(bool), c.(bool))

	var i any = 5
	var x, y any = i.(int)
	println(x.(int), y.(bool))

	m := map[string]int{"a": 1}
	var v, ok any = m["a"]
	println(v.(int), ok.(bool))

	ch := make(chan int, 1)
	ch <- 3
	var r, ok2 any = <-ch
	println(r.(int), ok2.(bool))

	var p, q any
	p, q = i.(string)
	println(p.(string) == "", q.(bool))

	var s any
	var e error = errors.New("boom")
	s, ok3 := e.(error)
	println(s.(error).Error(), ok3)

	var st fmt
	var w interface{ Write() string } = st
	var any1, ok4 any = w.(interface{ Write() string })
	println(any1.(interface{ Write() string }).Write(), ok4.(bool))
}

type fmt struct{}

func (fmt) Write() string { return "w" }

// A deferred closure sees the final variable value; a deferred call with arguments sees the value at defer time.
package main

func main() {
	x := "start"
	defer func() { println("closure:", x) }()
	defer func(v string) { println("arg:", v) }(x)
	defer println("direct:", x)
	p := &x
	defer func(pp *string) { println("pointer arg:", *pp) }(p)
	x = "end"
}

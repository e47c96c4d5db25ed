// A recovered panic can be re-raised; an outer deferred recover then catches the new or same value.
package main

func inner() {
	defer func() {
		r := recover()
		println("inner recovered:", r.(string))
		panic("re-" + r.(string))
	}()
	panic("boom")
}

func middle() {
	defer func() {
		r := recover()
		println("middle recovered:", r.(string))
		panic(r)
	}()
	inner()
}

func outer() (msg string) {
	defer func() {
		msg = "outer got " + recover().(string)
	}()
	middle()
	return "unreachable"
}

func main() {
	println(outer())
}

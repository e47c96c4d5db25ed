// recover returns nil when not panicking, when not called directly by a deferred function, and after recovery.
package main

func helper() any { return recover() }

func direct() (r any) {
	defer func() { r = recover() }()
	return nil
}

func indirect() (got any) {
	defer func() {
		got = helper()
		recover()
	}()
	panic("p")
}

func twice() {
	defer func() {
		r1 := recover()
		r2 := recover()
		println("first:", r1.(string), "second nil:", r2 == nil)
	}()
	panic("once")
}

func main() {
	println(recover() == nil)
	println(direct() == nil)
	println(indirect() == nil)
	twice()
	defer func() {
		println("deferred, no panic:", recover() == nil)
	}()
}

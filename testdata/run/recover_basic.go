// recover in a deferred function stops a panic and returns its value; execution continues in the caller.
package main

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	return a / b, true
}

func catch(f func()) (v any) {
	defer func() {
		if r := recover(); r != nil {
			v = r
		}
	}()
	f()
	return "no panic"
}

func main() {
	println(safeDiv(10, 2))
	println(safeDiv(1, 0))
	println(catch(func() { panic("str") }).(string))
	println(catch(func() { panic(42) }).(int))
	println(catch(func() {}).(string))
	println(catch(func() { panic(1.5) }).(float64))
	println("after all")
}

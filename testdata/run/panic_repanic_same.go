// Recovering and panicking again with the same value prints "[recovered, repanicked]" (Go 1.23+).
package main

func main() {
	defer func() {
		r := recover()
		println("cleanup after", r.(string))
		panic(r)
	}()
	panic("fatal condition")
}

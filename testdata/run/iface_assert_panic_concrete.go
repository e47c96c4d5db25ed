// A failed assertion to a concrete type panics (unrecovered): "interface conversion: interface {} is string, not int".
package main

func get() any { return "text" }

func main() {
	v := get()
	println(v.(string))
	println(v.(int))
}

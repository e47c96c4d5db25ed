// A recovered runtime error re-panicked prints "panic: runtime error: ... [recovered, repanicked]".
package main

func main() {
	defer func() {
		r := recover()
		println("saw:", r.(error).Error())
		panic(r)
	}()
	var arr []int
	idx := 3
	println(arr[idx])
}

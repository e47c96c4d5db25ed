// Comparing interfaces holding the same uncomparable dynamic type panics; recovered then unrecovered.
package main

func main() {
	func() {
		defer func() { println("recovered:", recover().(error).Error()) }()
		var a, b any = map[int]int{}, map[int]int{}
		println(a == b)
	}()
	var s1, s2 any = []int{1}, "x"
	println("different types compare false:", s1 == s2)
	type S struct{ f []int }
	var x, y any = S{}, S{}
	println(x == y)
}

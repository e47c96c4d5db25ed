// Storing a struct in an interface copies it; mutating the original does not change the boxed value.
package main

type S struct {
	n   int
	arr [3]int
}

type Getter interface{ Get() int }

func (s S) Get() int { return s.n + s.arr[0] }

func main() {
	s := S{1, [3]int{10, 20, 30}}
	var g Getter = s
	var a any = s
	s.n = 100
	s.arr[0] = 1000
	println(g.Get(), a.(S).n, a.(S).arr[0], s.Get())
	c := a.(S)
	c.n = 5
	println(a.(S).n)
	arr := [2]int{1, 2}
	var ai any = arr
	arr[0] = 9
	println(ai.([2]int)[0])
	x := 42
	var xi any = x
	x++
	println(xi.(int), x)
}

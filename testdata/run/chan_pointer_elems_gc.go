// Pointers held only in a channel's buffer keep their objects alive across collections.
package main

import "runtime"

type node struct {
	val  int
	name string
	next *node
}

func main() {
	c := make(chan *node, 100)
	for i := 0; i < 100; i++ {
		c <- &node{val: i, name: "n", next: &node{val: -i}}
	}
	s := make(chan []int, 10)
	for i := 0; i < 10; i++ {
		s <- make([]int, 1000)
	}
	for i := 0; i < 5; i++ {
		_ = make([]byte, 1<<20)
		runtime.GC()
	}
	sum := 0
	for i := 0; i < 100; i++ {
		n := <-c
		sum += n.val - n.next.val
		if n.name != "n" {
			println("bad")
		}
	}
	println(sum)
	total := 0
	for i := 0; i < 10; i++ {
		total += len(<-s)
	}
	println(total)
	m := make(chan map[string]int, 1)
	m <- map[string]int{"a": 1}
	runtime.GC()
	println((<-m)["a"])
}

// Types that refer to each other: common holds *T, T holds common by
// value. The cycle goes through a pointer, so both types are valid.
package main

import "unsafe"

type common struct {
	a   int
	sub *T
}

type T struct {
	x int
	c common
	y int
}

type List struct {
	head *Node
	n    int
}

type Node struct {
	owner List
	next  *Node
}

func main() {
	var t T
	t.c.sub = &t
	t.y = 5
	println(unsafe.Sizeof(t), unsafe.Offsetof(t.y), t.c.sub.y)
	n := &Node{}
	n.owner.head = n
	n.owner.n = 1
	println(unsafe.Sizeof(*n), n.owner.head.owner.n)
}

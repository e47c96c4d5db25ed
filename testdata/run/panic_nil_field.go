// Reading a field through a nil struct pointer (p.f) is a nil pointer dereference at the field's offset.
package main

type Node struct {
	val  int
	next *Node
}

func third(n *Node) *Node { return n.next.next }

func main() {
	n := &Node{val: 1}
	println(n.val)
	println(third(n) == nil)
}

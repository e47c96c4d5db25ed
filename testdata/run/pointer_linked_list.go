// A singly linked list built with pointers: push, reverse, length, printing.
package main

type Node struct {
	val  int
	next *Node
}

func push(head *Node, v int) *Node {
	return &Node{v, head}
}

func reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		next := head.next
		head.next = prev
		prev = head
		head = next
	}
	return prev
}

func show(head *Node) {
	for n := head; n != nil; n = n.next {
		print(n.val, " ")
	}
	println()
}

func main() {
	var list *Node
	for i := 1; i <= 5; i++ {
		list = push(list, i*i)
	}
	show(list)
	list = reverse(list)
	show(list)
	n := 0
	for p := list; p != nil; p = p.next {
		n++
	}
	println(n, list.next.next.val)
}

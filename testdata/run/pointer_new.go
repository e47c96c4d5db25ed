// new(T) returns a pointer to a fresh zero value of T; each call is distinct.
package main

type Node struct {
	val  int
	next *Node
}

func main() {
	p := new(int)
	println(*p)
	*p = 42
	println(*p)
	q := new(int)
	println(p == q, *q)
	n := new(Node)
	n.val = 1
	n.next = new(Node)
	n.next.val = 2
	n.next.next = &Node{val: 3}
	sum := 0
	for cur := n; cur != nil; cur = cur.next {
		sum += cur.val
	}
	println(sum)
	a := new([3]string)
	a[1] = "mid"
	println(len(a), a[1], a[0] == "")
	f := new(float64)
	*f += 1.5
	println(*f)
}

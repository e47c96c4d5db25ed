// Pointer-receiver methods can be called on nil pointers and handle nil themselves (linked list, tree).
package main

type Node struct {
	val  int
	next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.Len()
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.next.Sum()
}

type Tree struct {
	l, r *Tree
	v    int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{v: v}
	}
	if v < t.v {
		t.l = t.l.Insert(v)
	} else {
		t.r = t.r.Insert(v)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.l.Walk(f)
	f(t.v)
	t.r.Walk(f)
}

func main() {
	var list *Node
	println(list.Len(), list.Sum())
	for i := 1; i <= 4; i++ {
		list = &Node{i, list}
	}
	println(list.Len(), list.Sum())
	var t *Tree
	for _, v := range []int{5, 2, 8, 1, 9, 3} {
		t = t.Insert(v)
	}
	t.Walk(func(v int) { print(v, " ") })
	println()
}

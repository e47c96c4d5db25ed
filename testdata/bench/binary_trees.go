// The benchmarks game's binary-trees, single-threaded: allocate and walk
// many short-lived trees and one long-lived tree (depth from the first
// argument; 18 for `make bench`, 10 in the run test binary_trees.go).
// timeout: 90 (make test-gcstress: a collection at every allocation takes ~25 s)
package main

import (
	"os"
	"strconv"
)

type Node struct{ left, right *Node }

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	n := 10
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	minDepth := 4
	maxDepth := n
	if minDepth+2 > n {
		maxDepth = minDepth + 2
	}
	stretch := maxDepth + 1
	println("stretch tree of depth", stretch, "\t check:", bottomUp(stretch).check())
	longLived := bottomUp(maxDepth)
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << uint(maxDepth-depth+minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(depth).check()
		}
		println(iterations, "\t trees of depth", depth, "\t check:", check)
	}
	println("long lived tree of depth", maxDepth, "\t check:", longLived.check())
}

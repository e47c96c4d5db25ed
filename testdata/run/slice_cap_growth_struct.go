// cap() after growth of escaping slices of strings (16 bytes) and 24- and 40-byte structs.
package main

type T24 struct{ a, b, c int }
type T40 struct {
	a, b, c, d int
	e      int8
}

var sinkS []string
var sink24 []T24
var sink40 []T40

func main() {
	var s []string
	last := -1
	for i := 0; i < 1500; i++ {
		s = append(s, "x")
		sinkS = s
		if cap(s) != last {
			last = cap(s)
			print(last, " ")
		}
	}
	println()
	var t []T24
	last = -1
	for i := 0; i < 1500; i++ {
		t = append(t, T24{i, i, i})
		sink24 = t
		if cap(t) != last {
			last = cap(t)
			print(last, " ")
		}
	}
	println()
	var u []T40
	last = -1
	for i := 0; i < 1000; i++ {
		u = append(u, T40{a: i})
		sink40 = u
		if cap(u) != last {
			last = cap(u)
			print(last, " ")
		}
	}
	println()
}

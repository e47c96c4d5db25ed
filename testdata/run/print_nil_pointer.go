// A nil pointer prints as 0x0 with print and println.
package main

type T struct{ a int }

func main() {
	var p *int
	var q *T
	var r *[4]string
	var pp **int
	println(p, q, r, pp)
	print(p, "\n")
	println(p == nil, q == nil)
}

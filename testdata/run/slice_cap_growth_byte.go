// cap() after growth for escaping []byte and []int32: element sizes 1 and 4 round to size classes.
package main

var sinkB []byte
var sink32 []int32

func main() {
	var b []byte
	last := -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		sinkB = b
		if cap(b) != last {
			last = cap(b)
			print(last, " ")
		}
	}
	println()
	var w []int32
	last = -1
	for i := 0; i < 3000; i++ {
		w = append(w, int32(i))
		sink32 = w
		if cap(w) != last {
			last = cap(w)
			print(last, " ")
		}
	}
	println()
	c := append([]byte(nil), "hello, world"...)
	sinkB = c
	println(len(c), cap(c))
	d := append([]byte("abc"), "defghijklmnopqrstuvwxyz0123456789"...)
	sinkB = d
	println(len(d), cap(d))
}

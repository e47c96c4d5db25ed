// A huge unsigned index is reported as the unsigned value.
package main

func main() {
	var a [10]byte
	var i uint64 = 1<<64 - 1
	println(a[i])
}

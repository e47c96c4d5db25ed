// Calling a pointer method on a map element is rejected: map elements are not addressable.
package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func main() {
	m := map[int]T{}
	m[1].Inc() // ERROR "cannot call pointer method Inc on T"
}

// A value whose method set lacks a method (pointer receiver) does not implement the interface.
package main

type Setter interface{ Set(int) }

type T struct{ n int }

func (t *T) Set(n int) { t.n = n }

func main() {
	var s Setter = T{} // ERROR "cannot use T{} \(value of struct type T\) as Setter value in variable declaration: T does not implement Setter \(method Set has pointer receiver\)"
	_ = s
}

// Declared types that name each other without an indirection are invalid recursive types.
package main

type A B // ERROR "invalid recursive type A\n\t.*A refers to B\n\t.*B refers to A"
type B A

type T T // ERROR "invalid recursive type: T refers to itself"

type X [2]Y // ERROR "invalid recursive type X\n\t.*X refers to Y\n\t.*Y refers to X"
type Y X

type P struct{ next *Q } // a pointer makes Q valid
type Q P

func main() {
	type L L // ERROR "invalid recursive type: L refers to itself"
	var q Q
	_ = q.next
}

// A type assertion to a concrete type that cannot implement the interface is rejected.
package main

type Stringer interface{ String() string }

type T struct{}

func main() {
	var s Stringer
	_ = s.(T) // ERROR "impossible type assertion: s.\(T\)\n\tT does not implement Stringer \(missing method String\)"
}

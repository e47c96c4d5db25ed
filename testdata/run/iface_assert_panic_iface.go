// A failed assertion to an interface type panics (unrecovered) naming the missing method.
package main

type Closer interface{ Close() error }

type T struct{}

func (T) Open() {}

func main() {
	var v any = T{}
	c := v.(Closer)
	println(c != nil)
}

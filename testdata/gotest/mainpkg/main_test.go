package main

import (
	"fmt"
	"testing"
)

func TestAdd(t *testing.T) {
	p := add(point{1, 1}, point{2, 3})
	t.Logf("%v %+v %T", p, struct{ P point }{p}, p)
	if p != (point{3, 4}) {
		t.Fatal("wrong sum")
	}
}

func ExampleMain() {
	main()
	fmt.Printf("%T\n", &point{})
	// Output:
	// (4,6)
	// *main.point
}

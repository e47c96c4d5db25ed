// break with a label that does not name an enclosing loop.
package main

func main() {
L:
	for i := 0; i < 2; i++ {
	}
	for {
		break L // ERROR "invalid break label L"
	}
}

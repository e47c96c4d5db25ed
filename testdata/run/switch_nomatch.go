// A switch with no matching case and no default does nothing; empty cases are allowed.
package main

func main() {
	x := 10
	switch x {
	case 1:
		println("one")
	case 2:
	}
	println("after switch without match")
	switch x {
	case 10:
	case 11:
		println("not reached")
	}
	println("empty case matched silently")
	switch {
	case x > 100:
		println("no")
	}
	s := "abc"
	switch s {
	case "ab", "abcd":
		println("no")
	}
	println("done")
}

// break inside a switch leaves the switch, not the enclosing loop.
package main

func main() {
	for i := 0; i < 4; i++ {
		switch i {
		case 1:
			println("breaking switch at", i)
			break
			println("not reached")
		case 2:
			if i == 2 {
				break
			}
			println("not reached either")
		default:
			println("default", i)
		}
		println("loop body end", i)
	}
}

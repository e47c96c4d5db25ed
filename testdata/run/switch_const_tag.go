// A switch on a constant with constant cases: only the clause taken is
// compiled (gc's noder); its init statement still runs, break still leaves
// the switch, a default before the matching case is not taken, and a
// fallthrough keeps the switch as written.
package main

import (
	"fmt"
	"runtime"
)

const mode = 2

func trace(s string) int { fmt.Println("init", s); return 0 }

func main() {
	switch _ = trace("a"); mode {
	default:
		fmt.Println("default")
	case 1:
		fmt.Println("one")
	case 2, 3:
		fmt.Println("two or three")
		if mode > 1 {
			break
		}
		fmt.Println("not reached")
	}
	switch mode {
	case 5:
		fmt.Println("five")
	}
	switch {
	case false:
		fmt.Println("false")
	case true:
		fmt.Println("true")
	}
	for i := 0; i < 3; i++ {
		switch mode {
		case 2:
			if i == 1 {
				continue
			}
			fmt.Println("i", i)
		}
	}
	switch mode {
	case 2:
		fmt.Println("fall")
		fallthrough
	case 9:
		fmt.Println("through")
	}
	switch runtime.GOOS {
	case "linux":
		fmt.Println("linux")
	default:
		fmt.Println("other")
	}
	x := 2
	switch mode {
	case x:
		fmt.Println("x")
	}
}

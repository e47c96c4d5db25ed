// A dot import none of whose names is used is reported like any other unused import.
package main

import (
	"fmt"
	. "strings" // ERROR "\x22strings\x22 imported and not used"
)

func main() {
	strings.ToUpper("x") // ERROR "undefined: strings"
	fmt.Println()
}

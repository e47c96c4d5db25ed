// A package-level name may not also be declared by a dot import.
package main

import . "strings"

func Join() {} // ERROR "Join already declared through dot-import of package strings \(\x22strings\x22\)"

func main() {
	println(ToUpper("x"))
}

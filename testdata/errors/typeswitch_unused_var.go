// A type-switch variable that no case uses is reported as declared and not used.
package main

func main() {
	var v any = 1
	switch x := v.(type) { // ERROR "x declared and not used"
	case int:
		println("int")
	}
}

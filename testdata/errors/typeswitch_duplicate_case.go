// The same type listed twice in a type switch is an error.
package main

func main() {
	var v any = 1
	switch v.(type) {
	case int:
	case string, int: // ERROR "duplicate case int in type switch"
	}
}

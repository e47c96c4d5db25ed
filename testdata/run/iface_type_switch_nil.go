// The nil case matches only a nil interface, not a typed nil pointer inside an interface.
package main

type T struct{}

func check(v any) {
	switch t := v.(type) {
	case nil:
		println("nil case", t == nil)
	case *T:
		println("*T case, nil ptr:", t == nil)
	default:
		println("default")
	}
}

func main() {
	check(nil)
	var p *T
	check(p)
	check(&T{})
	check(T{})
	var e error
	check(e)
	switch (any)(nil).(type) {
	default:
		println("default first is fine")
	case int:
	}
}

// The empty interface holds any value; values are copied in, and nil any is distinct from typed nils.
package main

type P struct{ x int }

func kind(v any) string {
	switch v.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string"
	case P:
		return "P"
	case *P:
		return "*P"
	case []any:
		return "[]any"
	case func():
		return "func"
	}
	return "?"
}

func main() {
	var a any
	println(kind(a), a == nil)
	a = 5
	println(kind(a), a == 5)
	a = "s"
	println(kind(a), a == "s")
	p := P{1}
	a = p
	p.x = 2
	println(kind(a), a.(P).x)
	a = &p
	p.x = 3
	println(kind(a), a.(*P).x)
	var np *P
	a = np
	println(kind(a), a == nil)
	list := []any{1, "two", 3.0, nil, P{}, []any{}}
	for _, v := range list {
		print(kind(v), " ")
	}
	println()
	a = func() {}
	println(kind(a))
}

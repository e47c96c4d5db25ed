// Type switches: one type per case binds the typed value; default; the switch value is evaluated once.
package main

type Celsius float64
type Point struct{ X, Y int }

func describe(v any) string {
	switch x := v.(type) {
	case int:
		return "int " + itoa(x+1)
	case string:
		return "string " + x + "!"
	case Celsius:
		if x > 30 {
			return "hot"
		}
		return "mild"
	case Point:
		return "point " + itoa(x.X+x.Y)
	case *Point:
		x.X = 100
		return "ptr point"
	case error:
		return "error " + x.Error()
	default:
		return "unknown"
	}
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

type myErr struct{}

func (myErr) Error() string { return "mine" }

func main() {
	p := &Point{1, 2}
	vals := []any{41, "hi", Celsius(35), Celsius(10), Point{3, 4}, p, myErr{}, 2.5, []int{}}
	for _, v := range vals {
		println(describe(v))
	}
	println(p.X)
	calls := 0
	get := func() any { calls++; return 7 }
	switch get().(type) {
	case string:
	case int:
	}
	println(calls)
}

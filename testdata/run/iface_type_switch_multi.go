// Type switch cases listing several types (the variable keeps the interface type), plus the nil case.
package main

type Stringer interface{ String() string }
type A struct{}

func (A) String() string { return "A" }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8, int16, int32, int64:
		_ = x
		return "signed"
	case uint, uint8, uint16, uint32, uint64:
		return "unsigned"
	case float32, float64:
		return "float"
	case Stringer, error:
		if s, ok := x.(Stringer); ok {
			return "stringer:" + s.String()
		}
		return "error"
	case []int, []string:
		return "slice"
	}
	return "other"
}

func main() {
	var np *int
	vals := []any{nil, 1, int8(1), int64(1), uint(1), byte(1), 1.5, float32(1), A{}, []int{}, []string{}, "s", np, true}
	for _, v := range vals {
		print(classify(v), " ")
	}
	println()
	var e error
	switch e.(type) {
	case nil:
		println("nil error")
	default:
		println("non-nil")
	}
}

// Maps with interface values: mixed dynamic types, type switches on lookups, and nil entries.
package main

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		if x < 0 {
			return "negative int"
		}
		return "int"
	case string:
		return "string of " + string(rune('0'+len(x)))
	case []int:
		return "slice"
	case map[string]any:
		return "object"
	default:
		return "other"
	}
}

func main() {
	m := map[string]any{
		"n":   42,
		"neg": -1,
		"s":   "abc",
		"l":   []int{1},
		"o":   map[string]any{"k": 1},
		"z":   nil,
		"f":   1.5,
	}
	for _, k := range []string{"n", "neg", "s", "l", "o", "z", "f", "missing"} {
		v, ok := m[k]
		println(k, ok, describe(v))
	}
	obj := m["o"].(map[string]any)
	obj["k2"] = true
	println(len(m["o"].(map[string]any)))
}

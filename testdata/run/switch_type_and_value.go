// switch on values with case lists, init statements, no-condition switches, and type switches together.
package main

type Token struct {
	kind string
	val  any
}

func eval(t Token) string {
	switch k := t.kind; k {
	case "num", "int":
		switch v := t.val.(type) {
		case int:
			switch {
			case v < 0:
				return "negative"
			case v == 0:
				return "zero"
			case v > 100:
				return "big"
			}
			return "small"
		case float64:
			return "float"
		}
		return "bad number"
	case "op":
		switch t.val.(string) {
		case "+", "-":
			return "additive"
		case "*", "/":
			return "multiplicative"
		}
		return "unknown op"
	default:
		return "kind " + k
	}
}

func main() {
	toks := []Token{{"num", 5}, {"int", -3}, {"num", 0}, {"num", 500}, {"num", 1.5}, {"num", "x"},
		{"op", "+"}, {"op", "/"}, {"op", "%"}, {"paren", nil}}
	for _, t := range toks {
		println(eval(t))
	}
}

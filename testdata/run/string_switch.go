// switch on string values: multiple values per case, default, fallthrough and computed strings.
package main

func kind(s string) string {
	switch s {
	case "a", "e", "i", "o", "u":
		return "vowel"
	case "":
		return "empty"
	case "y":
		fallthrough
	case "w":
		return "semi"
	default:
		if len(s) > 1 {
			return "word"
		}
		return "consonant"
	}
}

func main() {
	for _, s := range []string{"a", "b", "", "y", "w", "hello", "u"} {
		println(s, kind(s))
	}
	x := "he"
	switch x + "llo" {
	case "hello":
		println("matched concatenation")
	}
	switch {
	case x < "ha":
		println("lt")
	case x > "ha":
		println("gt")
	}
}

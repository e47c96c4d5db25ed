// Custom error types with value and pointer receivers; checking the concrete type via assertion.
package main

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return "line " + string(rune('0'+e.Line)) + ": " + e.Msg
}

type Code int

func (c Code) Error() string {
	switch c {
	case 404:
		return "not found"
	case 500:
		return "server error"
	}
	return "unknown code"
}

func parse(s string) error {
	if s == "" {
		return &ParseError{1, "empty input"}
	}
	if s[0] == '!' {
		return Code(500)
	}
	if s[0] == '?' {
		return Code(404)
	}
	return nil
}

func main() {
	for _, s := range []string{"ok", "", "!x", "?y"} {
		err := parse(s)
		if err == nil {
			println(s, "ok")
			continue
		}
		println(s, "err:", err.Error())
		if pe, ok := err.(*ParseError); ok {
			println("  parse error at line", pe.Line)
		}
		if c, ok := err.(Code); ok {
			println("  code", int(c), err == Code(500))
		}
	}
}

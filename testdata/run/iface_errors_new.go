// errors.New values: Error() text, identity comparison (same text is not equal), sentinel errors.
package main

import "errors"

var ErrNotFound = errors.New("not found")
var ErrEmpty = errors.New("empty key")

func lookup(m map[string]int, k string) (int, error) {
	if k == "" {
		return 0, ErrEmpty
	}
	v, ok := m[k]
	if !ok {
		return 0, ErrNotFound
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	for _, k := range []string{"a", "b", ""} {
		v, err := lookup(m, k)
		if err != nil {
			println(k, "error:", err.Error(), err == ErrNotFound, err == ErrEmpty)
			continue
		}
		println(k, v)
	}
	e1 := errors.New("x")
	e2 := errors.New("x")
	println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	var e error
	println(e == nil)
	e = e1
	println(e != nil, e.Error())
}

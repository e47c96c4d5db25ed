// recover in a deferred closure turns a panic into an error result through named results.
package main

import "errors"

func parseDigit(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			n = 0
			err = errors.New("bad input: " + r.(string))
		}
	}()
	if len(s) != 1 || s[0] < '0' || s[0] > '9' {
		panic("not a digit: " + s)
	}
	return int(s[0] - '0'), nil
}

func main() {
	for _, s := range []string{"7", "x", "42", "0"} {
		n, err := parseDigit(s)
		if err != nil {
			println(err.Error())
		} else {
			println("ok", n)
		}
	}
}

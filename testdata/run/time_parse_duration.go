// ParseDuration accepts Go's syntax and reports errors with Go's messages.
package main

import "time"

func main() {
	for _, s := range []string{
		"0", "1s", "1.5h", "-2m3.5s", "+300ms", "1h2m3s4ms5us6ns", "3µs", ".5s", "1.s",
		"", "1", "s", "-", "1x", "1.2.3s", "9223372036854775807ns", "9223372036854775808ns", "2562048h",
	} {
		d, err := time.ParseDuration(s)
		if err != nil {
			println(err.Error())
			continue
		}
		println(s, "=", d.String())
	}
}

// Duration.String formats exactly as Go: units, fractions without trailing zeros, µs, negative, extremes.
package main

import "time"

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500, 999999, time.Millisecond, 1500 * time.Microsecond,
		time.Second, 1001 * time.Millisecond, 61 * time.Second, 3600 * time.Second,
		90 * time.Minute, 25*time.Hour + 30*time.Second + 5, -time.Nanosecond, -90 * time.Second,
		1<<63 - 1, -1 << 63, 123456789, 2*time.Hour + 3*time.Millisecond,
	}
	for _, d := range ds {
		println(d.String())
	}
	d := 90*time.Minute + 30*time.Second
	println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	println(d.Round(time.Hour).String(), d.Truncate(time.Hour).String(), (-d).Abs().String())
	println(time.Duration(1499).Round(time.Microsecond).String(), time.Duration(-1500).Round(time.Microsecond).String())
}

// Package util (number flavour): same package name as text/util.
package util

const Name = "num/util"

func Reverse(n int) int {
	r := 0
	for n > 0 {
		r = r*10 + n%10
		n /= 10
	}
	return r
}

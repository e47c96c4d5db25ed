// float64 arithmetic rounds to nearest even at every step (0.1+0.2 at run time is not 0.3).
package main

func main() {
	a, b := 0.1, 0.2
	println(a+b, a+b == 0.3)
	c := 1.0
	for i := 0; i < 10; i++ {
		c -= 0.1
	}
	println(c)
	println(7.0/2, -7.0/2, 2.5*4, 1e300*10)
	var sum float64
	for i := 1; i <= 100; i++ {
		sum += 1 / float64(i)
	}
	println(sum)
	x := 3.0
	println(x*x-9, x/0.5, -x)
	h := 0.5
	for i := 0; i < 60; i++ {
		h /= 2
	}
	println(h, 1+h == 1)
	var acc float64 = 1
	for i := 1; i <= 20; i++ {
		acc *= float64(i)
	}
	println(acc)
}

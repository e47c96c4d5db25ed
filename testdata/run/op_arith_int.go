// Integer + - * / % on int with variables (no constant folding), including negative operands.
package main

func main() {
	a, b := 17, 5
	println(a+b, a-b, a*b, a/b, a%b)
	c, d := -17, 5
	println(c+d, c-d, c*d, c/d, c%d)
	e, f := 17, -5
	println(e/f, e%f)
	g, h := -17, -5
	println(g/h, g%h)
	println(a/b*b+a%b == a, c/d*d+c%d == c)
	x := 1000000007
	println(x*x, x*x%1000)
	var sum int
	for i := -10; i <= 10; i++ {
		sum += i * i * i
	}
	println(sum)
}

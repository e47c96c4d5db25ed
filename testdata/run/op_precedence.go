// Operator precedence: * / % << >> & &^ bind tighter than + - | ^, then comparisons, &&, ||.
package main

func main() {
	a, b, c := 2, 3, 4
	println(a+b*c, (a+b)*c, a*b+c, a-b-c, a-(b-c))
	println(1<<a+b, 1<<(a+b), c>>1+1)
	println(a|b&c, (a|b)&c, a^b|c, a&^b|c)
	println(a+b == 5 && c > 3 || false, (a < b) == (b < c))
	println(-a*b, -a*-b, ^a+1, 10/3*3, 10*3/3)
	println(c%3*2, 17%5%3, 100/10/2)
	x := 5
	println(x > 2 && x < 10 || x == 0 && x != 5)
}
